import { adapterFromTable } from './adapter';
import { EDITABLE } from './dom';
import type { SiteTable } from './table';

const POST_BUTTONS = ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'];
const AVATAR = { selector: '[data-testid^="UserAvatar-Container-"]', read: 'data-testid', pattern: '^UserAvatar-Container-(\\w+)', prefix: '@' };

/**
 * X: Draft.js (or, since 2026, a contenteditable that is itself [data-testid="tweetTextarea_N"]);
 * threads number their editors _0, _1… under one "Post all" [data-testid="tweetButton"], so each
 * editor is a composer of its own and all of them answer for that button. DMs (/i/chat) send on
 * plain Enter. X Pro (pro.x.com) is X's own web app: the same rows apply, unverified.
 */
export const X_TABLE: SiteTable = {
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com', 'pro.x.com'],
  rows: [
    {
      kind: 'x.dm',
      surface: 'message',
      editor: 'detect',
      match: 'textarea[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"]',
      box: '[data-testid="DmActivityViewport"], [data-testid="DMDrawer"], form',
      submit: ['[data-testid="dm-composer-send-button"]', '[data-testid="dmComposerSendButton"]'],
      submitLabels: ['Send'],
      enterSends: true,
      identity: [AVATAR],
    },
    {
      // A reply: the dialog also shows the post being replied to.
      kind: 'x.reply',
      surface: 'reply',
      editor: 'detect',
      match: `[data-testid^="tweetTextarea_"], [data-testid^="tweetTextarea_"] ${EDITABLE}`,
      inside: '[role="dialog"]:has([data-testid="tweet"])',
      box: '[role="dialog"]',
      submit: POST_BUTTONS,
      submitLabels: ['Reply', 'Post', 'Post all'],
      enterSends: false,
      identity: [AVATAR],
    },
    {
      kind: 'x.post',
      surface: 'post',
      editor: 'detect',
      match: `[data-testid^="tweetTextarea_"], [data-testid^="tweetTextarea_"] ${EDITABLE}`,
      box: '[role="dialog"]',
      submit: POST_BUTTONS,
      submitLabels: ['Post', 'Post all', 'Reply'],
      enterSends: false,
      attachments: '[data-testid="attachments"] img, [data-testid="attachments"] video, [data-testid="attachments-image"]',
      identity: [AVATAR],
    },
  ],
  identity: [
    AVATAR,
    { selector: 'a[data-testid="AppTabBar_Profile_Link"]', read: 'href', pattern: '([A-Za-z0-9_]+)/?$', prefix: '@' },
    { selector: '[data-testid="SideNav_AccountSwitcher_Button"]', read: 'text', pattern: '(@\\w+)' },
  ],
};

export const x = adapterFromTable(X_TABLE);
