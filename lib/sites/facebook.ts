import { buttonByLabel, closestAcross, nearestUp, queryAll, EDITABLE } from './dom';
import type { SiteAdapter } from './types';

// aria-labels are localised; English first, then common UK-council languages' Facebook labels.
const POST_LABELS = ['Post', 'Publier', 'Postar', 'Publicar', 'Posten', 'Opublikuj', 'Pubblica'];
const COMMENT_LABELS = ['Comment', 'Commenter', 'Comentar', 'Kommentieren', 'Press enter to send', 'Send'];

/**
 * Facebook: Lexical editors (div[role=textbox][contenteditable][data-lexical-editor]) for
 * posts (inside the "Create post" dialog), comments and Messenger.
 */
export const facebook: SiteAdapter = {
  platform: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
  findComposers(root) {
    return queryAll(root, `div[role="textbox"]${EDITABLE}[data-lexical-editor="true"]`).map((element) => {
      const dialog = element.closest('[role="dialog"]');
      const label = (element.getAttribute('aria-label') ?? '').toLowerCase();
      const surface = label.includes('comment') || label.includes('reply') ? 'reply' : label.includes('message') || element.closest('[role="complementary"], [aria-label="Chats"]') ? 'message' : dialog ? 'post' : 'reply';
      return { element, editor: 'lexical' as const, surface };
    });
  },
  findSubmit({ element, surface }) {
    const labels = surface === 'post' ? POST_LABELS : COMMENT_LABELS;
    const selector = labels.map((l) => `[aria-label="${l}"][role="button"]`).join(',');
    return nearestUp(element, (scope) => scope.querySelector<HTMLElement>(selector) ?? buttonByLabel(scope, labels), '[role="dialog"], [role="article"], [role="complementary"]');
  },
  hasAttachment({ element }) {
    const scope = closestAcross(element, '[role="dialog"], [role="article"]');
    return !!scope?.querySelector('img[alt]:not([alt=""]):not([role="presentation"]), video');
  },
  activeAccount(doc) {
    return doc.querySelector('[aria-label="Your profile"]')?.textContent?.trim() || null;
  },
};
