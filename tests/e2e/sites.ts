import type { Locator, Page } from '@playwright/test';
import { SITES, type SiteName } from '../fixtures/sites/serve';

/** How a person reaches each site's main composer, and where its Post control is. */
export interface SiteCase {
  name: SiteName;
  url: string;
  open(page: Page): Promise<void>;
  composer(page: Page): Locator;
  submit(page: Page): Locator;
  /** The site's own Ctrl/Cmd+Enter handler posts (X); elsewhere only our pause reacts to it. */
  ctrlEnterPosts: boolean;
  reply: { open(page: Page): Promise<void>; composer(page: Page): Locator; surface: string };
  message: { composer(page: Page): Locator };
  newline: RegExp;
}

export const SITE_CASES: SiteCase[] = [
  {
    name: 'x',
    url: SITES.x.url,
    open: async () => {},
    composer: (p) => p.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').first(),
    submit: (p) => p.locator('[data-testid="tweetButtonInline"]'),
    ctrlEnterPosts: true,
    reply: {
      open: (p) => p.locator('[data-testid="reply"]').click(),
      composer: (p) => p.locator('#layers [data-testid="tweetTextarea_0"] .public-DraftEditor-content'),
      surface: 'reply',
    },
    message: { composer: (p) => p.locator('textarea[data-testid="dm-composer-textarea"]') },
    newline: /^line one\nline two$/,
  },
  {
    name: 'facebook',
    url: SITES.facebook.url,
    open: (p) => p.locator('[data-fixture="open-composer"]').click(),
    composer: (p) => p.locator('[role="dialog"] [contenteditable="true"]'),
    submit: (p) => p.locator('[role="dialog"] [aria-label="Post"]'),
    ctrlEnterPosts: false,
    reply: { open: async () => {}, composer: (p) => p.locator('[aria-label="Write a comment…"]'), surface: 'reply' },
    message: { composer: (p) => p.locator('[aria-label="Message"]') },
    newline: /^line one\n+line two$/,
  },
  {
    name: 'instagram',
    url: SITES.instagram.url,
    open: (p) => p.locator('[data-fixture="open-composer"]').click(),
    composer: (p) => p.locator('[aria-label="Write a caption..."]'),
    submit: (p) => p.locator('[role="dialog"] [role="button"]', { hasText: 'Share' }),
    ctrlEnterPosts: false,
    reply: { open: async () => {}, composer: (p) => p.locator('textarea[aria-label="Add a comment…"]'), surface: 'reply' },
    message: { composer: (p) => p.locator('section[aria-label="Direct messages"] [contenteditable="true"]') },
    newline: /^line one\n+line two$/,
  },
  {
    name: 'linkedin',
    url: SITES.linkedin.url,
    open: (p) => p.locator('[data-fixture="open-composer"]').click(),
    composer: (p) => p.locator('.share-box-v2__modal .ql-editor'),
    submit: (p) => p.locator('button.share-actions__primary-action'),
    ctrlEnterPosts: false,
    reply: { open: async () => {}, composer: (p) => p.locator('.comments-comment-box__form .ql-editor'), surface: 'reply' },
    message: { composer: (p) => p.locator('.msg-form__contenteditable') },
    newline: /^line one\nline two$/,
  },
];

export const posts = (page: Page) => page.evaluate(() => window.__posts);
// The guard's UI is in a closed shadow root, out of reach of locators: see ./guard-ui.ts.
