import { adapterFromTable } from './adapter';
import { EDITABLE } from './dom';
import type { SiteTable } from './table';

const LEXICAL = `div[role="textbox"]${EDITABLE}[data-lexical-editor="true"]`;
// The editor's own label names the account: "Comment as Barnsley Council", "Reply as …".
const OWN_LABEL = { selector: '[aria-label]', read: 'aria-label', pattern: '^(?:comment|reply|post|write a (?:comment|reply|public comment)) as (.+?)[.…]*$' };
// Localised labels: English first, then languages common among UK council staff.
const POST = ['Post', 'Publier', 'Postar', 'Publicar', 'Posten', 'Opublikuj', 'Pubblica'];
const NEXT = ['Next', 'Suivant', 'Siguiente', 'Próximo', 'Weiter', 'Dalej', 'Avanti'];

/**
 * Facebook: Lexical editors everywhere. Comments and Messenger send on plain Enter; posting as a
 * Page shows Next in the create-post dialog and the final Post in a second "Post settings"
 * dialog, by which time the text has left the editor — so Next is the Post control to guard.
 * Meta Business Suite (business.facebook.com) is watched with the same rows, unverified.
 */
export const FACEBOOK_TABLE: SiteTable = {
  platform: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com', 'business.facebook.com'],
  rows: [
    {
      kind: 'facebook.message',
      surface: 'message',
      editor: 'lexical',
      match: `${LEXICAL}:is([aria-label^="Message" i], [aria-placeholder="Aa"])`,
      submit: [],
      submitLabels: ['Press enter to send', 'Send'],
      enterSends: true,
    },
    {
      kind: 'facebook.comment',
      surface: 'reply',
      editor: 'lexical',
      match: `${LEXICAL}:is([aria-label^="Comment" i], [aria-label^="Reply" i], [aria-label^="Write a comment" i], [aria-label^="Write a reply" i], [aria-label^="Write a public comment" i], [aria-label*=" as " i]:not([aria-label^="Post" i]))`,
      outside: '[role="dialog"]:not(:has([role="article"]))',
      box: 'form',
      submit: ['#focused-state-composer-submit', '[id="focused-state-composer-submit"]'],
      submitLabels: ['Comment', 'Post comment', 'Reply', 'Press enter to send'],
      enterSends: true,
      identity: [OWN_LABEL],
    },
    {
      kind: 'facebook.post',
      surface: 'post',
      editor: 'lexical',
      match: LEXICAL,
      inside: '[role="dialog"]',
      box: '[role="dialog"]',
      submit: [],
      submitLabels: [...POST, ...NEXT],
      enterSends: false,
      identity: [
        OWN_LABEL,
        { selector: '[aria-label^="Post as" i], [aria-label^="Posting as" i]', read: 'aria-label', pattern: '^post(?:ing)? as (.+)$' },
        // "What's on your mind, Barnsley Council?": the name the dialog is posting as.
        { selector: '[aria-label^="What\'s on your mind" i], [aria-placeholder^="What\'s on your mind" i]', read: 'aria-label', pattern: "^what's on your mind, (.+?)\\?$" },
      ],
    },
  ],
  identity: [
    { selector: '[aria-label="Your profile"] svg[aria-label]', read: 'aria-label' },
    { selector: '[aria-label="Your profile"]', read: 'text' },
  ],
};

export const facebook = adapterFromTable(FACEBOOK_TABLE);
