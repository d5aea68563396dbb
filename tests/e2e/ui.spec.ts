import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { guardUi, pauseOpen } from './guard-ui';
import { posts } from './sites';

const X = 'https://x.com/home';
const composer = (page: Page) => page.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').first();
const post = (page: Page) => page.locator('[data-testid="tweetButtonInline"]');

async function pauseSeriousPost(page: Page, text = 'My NI number is AB123456C') {
  await composer(page).click();
  await page.keyboard.type(text);
  await post(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
}

/** The dialog covers the whole viewport and its card (with every button) lies inside it. */
async function expectFillsViewport(page: Page) {
  const ui = guardUi(page);
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const dialog = await ui.box('dialog.pw-pause');
  expect(dialog).not.toBeNull();
  expect(dialog!.x).toBeLessThanOrEqual(0.5);
  expect(dialog!.y).toBeLessThanOrEqual(0.5);
  expect(dialog!.width).toBeGreaterThanOrEqual(viewport.width - 1);
  expect(dialog!.height).toBeGreaterThanOrEqual(viewport.height - 1);
  for (const sel of ['.pw-card h2', '[data-action="edit"]', '[data-action="post-anyway"]']) {
    // Scrolled into view inside the dialog if the card is taller than the window.
    await ui.evaluate(`${JSON.stringify(sel)} && [...document.querySelectorAll('postwise-guard')].map((h) => chrome.dom.openOrClosedShadowRoot(h)?.querySelector(${JSON.stringify(sel)})).find(Boolean)?.scrollIntoView({ block: 'nearest' })`);
    const b = await ui.box(sel);
    expect(b, sel).not.toBeNull();
    expect(b!.x, sel).toBeGreaterThanOrEqual(0);
    expect(b!.y, sel).toBeGreaterThanOrEqual(0);
    expect(b!.x + b!.width, sel).toBeLessThanOrEqual(viewport.width);
    expect(b!.y + b!.height, sel).toBeLessThanOrEqual(viewport.height);
    expect(b!.width, sel).toBeGreaterThan(20);
  }
}

/** Clicks on the page behind the dialog (the composer, the Post button) never reach it. */
async function expectPageBehindInert(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __behind: number }).__behind = 0;
    for (const el of document.querySelectorAll('[data-testid="tweetButtonInline"], [data-testid="tweetTextarea_0"]'))
      el.addEventListener('click', () => (window as unknown as { __behind: number }).__behind++);
  });
  for (const target of [post(page), composer(page)]) {
    const b = await target.boundingBox();
    if (!b) continue;
    const x = b.x + b.width / 2;
    const y = b.y + b.height / 2;
    // What is under the pointer is our dialog's host, not the page's element.
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.tagName.toLowerCase(), [x, y])).toBe('postwise-guard');
    await page.mouse.click(x, y);
  }
  expect(await page.evaluate(() => (window as unknown as { __behind: number }).__behind)).toBe(0);
  expect(await posts(page)).toEqual([]);
}

test('the pause dialog fills the viewport at 100 % and the page behind gets no clicks', async ({ openSite }) => {
  const page = await openSite(X);
  await page.setViewportSize({ width: 1280, height: 720 });
  await pauseSeriousPost(page);
  await expectFillsViewport(page);
  await expectPageBehindInert(page);
  expect(await pauseOpen(page)).toBe(1);
});
