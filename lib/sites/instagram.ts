import { adapterFromTable } from './adapter';
import { EDITABLE } from './dom';
import type { SiteTable } from './table';

// The account is in the profile picture's alt text ("sam_example's profile picture"), never in text.
const PICTURE = { selector: 'img[alt$="profile picture" i]', read: 'alt', pattern: "^(.+?)['’]s profile picture$" };

/**
 * Instagram: the caption is Lexical (older builds a textarea), comments a textarea labelled
 * "Add a comment…" ("..." also seen) that sends on plain Enter, DMs a contenteditable that does too.
 */
export const INSTAGRAM_TABLE: SiteTable = {
  platform: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  rows: [
    {
      kind: 'instagram.caption',
      surface: 'post',
      editor: 'detect',
      match: `[aria-label^="Write a caption"]${EDITABLE}, textarea[aria-label^="Write a caption"]`,
      box: '[role="dialog"]',
      submit: [],
      submitLabels: ['Share', 'Partager', 'Compartir'],
      enterSends: false,
      identity: [PICTURE],
    },
    {
      kind: 'instagram.comment',
      surface: 'reply',
      editor: 'textarea',
      match: 'textarea[aria-label^="Add a comment"], textarea[placeholder^="Add a comment"]',
      box: 'form',
      submit: ['button[type="submit"]'],
      submitLabels: ['Post', 'Publier', 'Publicar'],
      enterSends: true,
      identity: [PICTURE],
    },
    {
      kind: 'instagram.dm',
      surface: 'message',
      editor: 'detect',
      match: `div[role="textbox"]${EDITABLE}[aria-label^="Message" i], div[aria-describedby="Message"]${EDITABLE}, textarea[placeholder*="Message" i]`,
      submit: [],
      submitLabels: ['Send', 'Envoyer', 'Enviar'],
      enterSends: true,
      identity: [PICTURE],
    },
  ],
  identity: [PICTURE],
};

export const instagram = adapterFromTable(INSTAGRAM_TABLE);
