import { adapterFromTable } from './adapter';
import { EDITABLE } from './dom';
import type { SiteTable } from './table';

const ACTOR = [
  { selector: '[aria-label*="commenting as" i]', read: 'aria-label', pattern: 'commenting as (.+?)[.…]*$' },
  { selector: '[aria-label*="post as" i], [aria-label*="posting as" i]', read: 'aria-label', pattern: 'post(?:ing)? as (.+?)[.…]*$' },
  { selector: '.share-box__actor-name, .comments-comment-box__actor-name', read: 'text' },
];
const TIPTAP = `[data-testid="ui-core-tiptap-text-editor-wrapper"] [role="textbox"]${EDITABLE}, .ProseMirror${EDITABLE}`;

/**
 * LinkedIn has two UIs, per account. Classic: Quill (.ql-editor), the share box in the open
 * shadow root of #interop-outlet. New (2026): TipTap/ProseMirror, comments inside
 * [componentkey^="commentBox-"], the share box a native <dialog> with hashed classes. Messaging
 * sends on plain Enter when the "Press Enter to Send" preference is on, and then renders no
 * Send button — so that is decided per composer, at key time.
 */
export const LINKEDIN_TABLE: SiteTable = {
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  rows: [
    {
      kind: 'linkedin.message',
      surface: 'message',
      editor: 'detect',
      match: `.msg-form__contenteditable${EDITABLE}, div[role="textbox"]${EDITABLE}[aria-label^="Write a message"]`,
      box: '.msg-form, form',
      submit: ['button.msg-form__send-button', 'button[type="submit"]'],
      submitLabels: ['Send'],
      enterSends: 'without-submit',
    },
    {
      kind: 'linkedin.comment',
      surface: 'reply',
      editor: 'prosemirror',
      match: TIPTAP,
      inside: '[componentkey^="commentBox-"], [data-view-name*="comment"]',
      box: '[componentkey^="commentBox-"]',
      submit: ['button[data-view-name="comment-post"]', 'button[data-view-name="comment-reply-post"]'],
      submitLabels: ['Comment', 'Reply', 'Post'],
      enterSends: false,
      identity: ACTOR,
    },
    {
      kind: 'linkedin.share',
      surface: 'post',
      editor: 'prosemirror',
      match: `[componentkey="ShareBox_textEditor"] ${EDITABLE}, ${TIPTAP}`,
      box: 'dialog, [role="dialog"]',
      submit: ['button[data-view-name="share-post"]', 'button.share-actions__primary-action'],
      submitLabels: ['Post', 'Schedule'],
      enterSends: false,
      identity: ACTOR,
    },
    {
      kind: 'linkedin.quill-comment',
      surface: 'reply',
      editor: 'quill',
      match: `.ql-editor${EDITABLE}`,
      inside: '.comments-comment-box__form, .comments-comment-texteditor, form',
      box: '.comments-comment-box__form, form',
      submit: ['button.comments-comment-box__submit-button--cr', 'button.comments-comment-box__submit-button', 'button[class*="comments-comment-box__submit"]'],
      submitLabels: ['Comment', 'Reply'],
      enterSends: false,
      identity: ACTOR,
    },
    {
      kind: 'linkedin.quill-share',
      surface: 'post',
      editor: 'quill',
      match: `.ql-editor${EDITABLE}`,
      box: '[role="dialog"], .share-box-v2__modal, dialog',
      submit: ['button.share-actions__primary-action', 'button[data-control-name="share.post"]'],
      submitLabels: ['Post'],
      enterSends: false,
      attachments: '.share-creation-state__media-preview img, .share-creation-state__media-preview video',
      identity: ACTOR,
    },
  ],
  identity: [
    // The top bar's "Me" shows "Me", not a name: the photo's alt carries the name.
    { selector: 'img.global-nav__me-photo[alt]', read: 'alt' },
    { selector: '.feed-identity-module__member-name, .profile-card-name', read: 'text' },
  ],
};

export const linkedin = adapterFromTable(LINKEDIN_TABLE);
