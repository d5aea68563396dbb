import type { SiteAdapter } from './types';
import { closestAcross, nearestUp, queryAll, unique, EDITABLE } from './dom';

/**
 * X: Draft.js inside [data-testid^="tweetTextarea"] (threads number them _0, _1…), a textarea in
 * narrow layouts; Post is [data-testid="tweetButton"] (modal) or "tweetButtonInline" (timeline,
 * replies) — once a div, now a button, so match the attribute; modals mount under #layers;
 * DMs use textarea[data-testid="dm-composer-textarea"] (/i/chat) or the older dmComposerTextInput.
 */
export const x: SiteAdapter = {
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  findComposers(root) {
    const drafts = queryAll(root, `[data-testid^="tweetTextarea"] .public-DraftEditor-content, [data-testid^="tweetTextarea"]${EDITABLE}`);
    const narrow = queryAll(root, 'textarea[data-testid^="tweetTextarea"], [data-testid^="tweetTextarea"] textarea');
    // dmComposerTextInput has been both the Draft editable itself and a container around it.
    const dms = queryAll(root, 'textarea[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"]').map(
      (el) => (el.tagName === 'TEXTAREA' || el.isContentEditable ? el : (el.querySelector<HTMLElement>('.public-DraftEditor-content, [contenteditable]') ?? el)),
    );
    return [
      ...unique(drafts).map((element) => ({
        element,
        editor: 'draft' as const,
        surface: element.closest('[role="dialog"]') && location.pathname !== '/compose/post' ? ('reply' as const) : ('post' as const),
      })),
      ...narrow.map((element) => ({ element, editor: 'textarea' as const, surface: 'post' as const })),
      ...dms.map((element) => ({ element, editor: element.tagName === 'TEXTAREA' ? ('textarea' as const) : ('draft' as const), surface: 'message' as const })),
    ];
  },
  findSubmit({ element, surface }) {
    if (surface === 'message') {
      const scope = element.closest('form, [data-testid="DmActivityViewport"], [data-testid="DMDrawer"]') ?? document;
      return scope.querySelector<HTMLElement>('[data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]');
    }
    // The nearest Post button: walk up until a container holds one.
    return nearestUp(element, (scope) => scope.querySelector<HTMLElement>('[data-testid="tweetButton"], [data-testid="tweetButtonInline"]'));
  },
  hasAttachment({ element }) {
    const scope = closestAcross(element, '[role="dialog"], [data-testid="primaryColumn"], .composer') ?? document.body;
    return !!scope.querySelector('[data-testid="attachments"] img, [data-testid="attachments"] video, [data-testid="attachments-image"]');
  },
  activeAccount(doc) {
    const text = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.textContent ?? '';
    return /@\w+/.exec(text)?.[0] ?? null;
  },
};
