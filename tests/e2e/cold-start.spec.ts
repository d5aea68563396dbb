import type { BrowserContext, Page } from '@playwright/test';
import { replicaUrl } from '../fixtures/sites/serve';
import { expect, test } from './fixtures';
import { badgeText, guardUi, pauseOpen } from './guard-ui';
import { posts, SITE_CASES } from './sites';

// The guard loads on first focus in a composer, which takes a few hundred milliseconds. A person
// who pastes and sends at once (or a fast typist) must not beat it: the post is held until the
// guard is ready and then checked like any other, and a clean one still goes out exactly once.

const SERIOUS = 'My NI number is AB123456C';
const CLEAN = 'Lovely walk by the river today';

test.afterEach(({ blocked }) => expect(blocked).toEqual([]));

/**
 * Makes loading the guard into a page take `ms` longer, as on a slow or busy machine, so the
 * window between first focus and a ready guard is wide enough to send in, every time.
 */
async function slowGuardLoad(context: BrowserContext, ms: number) {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  await worker.evaluate((delay) => {
    const scripting = (globalThis as unknown as { chrome: { scripting: { executeScript: (...a: unknown[]) => Promise<unknown> } } }).chrome.scripting;
    const original = scripting.executeScript.bind(scripting);
    scripting.executeScript = async (...args: unknown[]) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return original(...args);
    };
  }, ms);
}

async function onlyPost(page: Page, text: string) {
  await expect.poll(() => posts(page)).toHaveLength(1);
  await page.waitForTimeout(600);
  const all = await posts(page);
  expect(all.map((p) => p.text)).toEqual([text]);
}

const CASES: { name: string; replica: Parameters<typeof replicaUrl>[0]; box: (p: Page) => ReturnType<Page['locator']>; send: (p: Page) => Promise<void> }[] = [
  { name: 'Facebook comment, plain Enter', replica: 'facebook-comments', box: (p: Page) => p.getByRole('textbox', { name: /^Comment as / }), send: (p: Page) => p.keyboard.press('Enter') },
  { name: 'X DM, plain Enter', replica: 'x-dm', box: (p: Page) => p.locator('textarea[data-testid="dm-composer-textarea"]'), send: (p: Page) => p.keyboard.press('Enter') },
  { name: 'Instagram comment, Post button', replica: 'instagram-post', box: (p: Page) => p.getByRole('textbox', { name: 'Add a comment…' }), send: (p: Page) => p.getByRole('button', { name: 'Post', exact: true }).click() },
  { name: 'X compose, Post button', replica: 'x-thread', box: (p: Page) => p.locator('[data-testid="tweetTextarea_0"]'), send: (p: Page) => p.locator('[data-testid="tweetButton"]').click() },
];

for (const c of CASES) {
  test(`${c.name}: sent the instant the box is first focused, a serious post is still paused`, async ({ context, openSite }) => {
    await slowGuardLoad(context, 1200);
    const page = await openSite(replicaUrl(c.replica));
    await c.box(page).click();
    // insertText puts the whole post in at once, as a paste does: no time for the guard to load.
    await page.keyboard.insertText(SERIOUS);
    await c.send(page);
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toEqual([]);
    await guardUi(page).click('[data-action="post-anyway"]');
    await onlyPost(page, SERIOUS);
  });

  test(`${c.name}: a clean post sent at once goes out exactly once`, async ({ context, openSite }) => {
    await slowGuardLoad(context, 1200);
    const page = await openSite(replicaUrl(c.replica));
    await c.box(page).click();
    await page.keyboard.insertText(CLEAN);
    await c.send(page);
    await onlyPost(page, CLEAN);
    expect(await pauseOpen(page)).toBe(0);
  });
}

test('a guard that takes too long to load never stops the post: it goes out unchecked after the hold limit', async ({ context, openSite }) => {
  await slowGuardLoad(context, 8000);
  const page = await openSite(replicaUrl('x-dm'));
  await page.locator('textarea[data-testid="dm-composer-textarea"]').click();
  await page.keyboard.insertText(SERIOUS);
  await page.keyboard.press('Enter');
  // Held first (nothing out at once), then let go: the extension is never why a post cannot leave.
  await page.waitForTimeout(1000);
  expect(await posts(page)).toEqual([]);
  await expect.poll(() => posts(page), { timeout: 6000 }).toHaveLength(1);
  expect(await pauseOpen(page)).toBe(0);
});

for (const site of SITE_CASES.filter((s) => s.name === 'facebook' || s.name === 'x')) {
  test(`${site.name}: a post held while the guard loads keeps its caret: Escape on the pause returns to it`, async ({ context, openSite }) => {
    await slowGuardLoad(context, 1500);
    const page = await openSite(site.url);
    await site.open(page);
    await site.composer(page).click();
    await page.keyboard.insertText('My NI number is AB123456C thanks');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
    await site.submit(page).click();
    await expect.poll(() => pauseOpen(page), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => pauseOpen(page)).toBe(0);
    await page.keyboard.type('!');
    await site.submit(page).click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await guardUi(page).click('[data-action="post-anyway"]');
    await onlyPost(page, 'My NI number is AB123456C! thanks');
  });
}

test('text typed before the guard was ready is still judged: a box with no recognisable Post says so', async ({ context, openSite }) => {
  await slowGuardLoad(context, 1500);
  const page = await openSite(replicaUrl('linkedin-comments', '?renamed=1'));
  await page.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] [role="textbox"]').click();
  await page.keyboard.insertText('Lovely day');
  // Nothing more is typed: the verdict must come from the text already there when the guard arrived.
  await expect.poll(() => badgeText(page), { timeout: 10_000 }).toBe("Postwise can't check this box");
});
