import { buttonByLabel, closestAcross, nearestUp, queryAll, EDITABLE } from './dom';
import type { SiteAdapter } from './types';

/**
 * LinkedIn: Quill (.ql-editor, placeholder in data-placeholder). The post composer renders
 * inside the OPEN shadow root of #interop-outlet, so the guard watches that root too. Class
 * names are being hashed: roles and stable attributes first, classes as fallbacks.
 */
export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  extraRoots(doc) {
    const outlet = doc.querySelector('#interop-outlet');
    return outlet?.shadowRoot ? [outlet.shadowRoot] : [];
  },
  findComposers(root) {
    const quills = queryAll(root, `.ql-editor${EDITABLE}`);
    const messages = queryAll(root, `.msg-form__contenteditable${EDITABLE}, div[role="textbox"][aria-label^="Write a message"]`).filter((e) => !e.classList.contains('ql-editor'));
    return [
      ...quills.map((element) => ({
        element,
        editor: 'quill' as const,
        surface: element.closest('.comments-comment-box__form, .comments-comment-texteditor, form') ? ('reply' as const) : ('post' as const),
      })),
      ...messages.map((element) => ({ element, editor: 'contenteditable' as const, surface: 'message' as const })),
    ];
  },
  findSubmit({ element, surface }) {
    const selectors =
      surface === 'post'
        ? 'button.share-actions__primary-action, button[data-control-name="share.post"]'
        : surface === 'reply'
          ? 'button.comments-comment-box__submit-button, button[class*="comments-comment-box__submit"]'
          : 'button.msg-form__send-button, button[type="submit"]';
    const labels = surface === 'post' ? ['Post'] : surface === 'reply' ? ['Comment', 'Reply'] : ['Send'];
    return nearestUp(element, (scope) => scope.querySelector<HTMLElement>(selectors) ?? buttonByLabel(scope, labels));
  },
  hasAttachment({ element }) {
    const scope = closestAcross(element, '[role="dialog"], .share-box-v2__modal');
    return !!scope?.querySelector('.share-creation-state__media-preview img, .share-creation-state__media-preview video, img[alt="Attached image"]');
  },
  activeAccount(doc) {
    return doc.querySelector('.global-nav__me, [data-fixture="account"]')?.textContent?.trim() || null;
  },
};
