import { buttonByLabel, closestAcross, nearestUp, queryAll, EDITABLE } from './dom';
import type { SiteAdapter } from './types';

/**
 * Instagram: the caption is Lexical (older builds a textarea) labelled "Write a caption…",
 * comments are textarea[aria-label^="Add a comment"] ("…" and "..." both occur), DMs a contenteditable.
 */
export const instagram: SiteAdapter = {
  platform: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  findComposers(root) {
    const captions = queryAll(root, `[aria-label^="Write a caption"]${EDITABLE}, textarea[aria-label^="Write a caption"]`);
    const comments = queryAll(root, 'textarea[aria-label^="Add a comment"], textarea[placeholder^="Add a comment"]');
    const dms = queryAll(root, `div[role="textbox"]${EDITABLE}[aria-label="Message"], div[aria-describedby="Message"]${EDITABLE}`);
    return [
      ...captions.map((element) => ({ element, editor: element.tagName === 'TEXTAREA' ? ('textarea' as const) : ('lexical' as const), surface: 'post' as const })),
      ...comments.map((element) => ({ element, editor: 'textarea' as const, surface: 'reply' as const })),
      ...dms.filter((e) => !captions.includes(e)).map((element) => ({ element, editor: 'contenteditable' as const, surface: 'message' as const })),
    ];
  },
  findSubmit({ element, surface }) {
    const labels = surface === 'post' ? ['Share', 'Partager', 'Compartir'] : surface === 'reply' ? ['Post', 'Publier', 'Publicar'] : ['Send', 'Envoyer', 'Enviar'];
    return nearestUp(element, (scope) => buttonByLabel(scope, labels), '[role="dialog"], form, section, article');
  },
  hasAttachment({ element }) {
    const scope = closestAcross(element, '[role="dialog"]');
    return !!scope?.querySelector('img[alt], video');
  },
  activeAccount(doc) {
    return doc.querySelector('[data-fixture="account"], a[href$="/"][role="link"] img[alt$="profile picture"]')?.textContent?.trim() || null;
  },
};
