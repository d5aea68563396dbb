import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectFillsViewport, guardUi, pauseOpen } from './guard-ui';
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

test('at 200 % zoom the pause dialog still fills the window and every button is reachable', async ({ openSite, context }) => {
  const page = await openSite(X);
  // A 1280×720 window at 200 % zoom: 640×360 CSS pixels at two device pixels each.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 360, deviceScaleFactor: 2, mobile: false });
  expect(await page.evaluate(() => [innerWidth, innerHeight, devicePixelRatio])).toEqual([640, 360, 2]);
  await pauseSeriousPost(page);
  await expectFillsViewport(page);
  await expectPageBehindInert(page);
  // "Post anyway" can be pressed there, and posts once.
  await guardUi(page).click('[data-action="post-anyway"]');
  await expect.poll(() => posts(page)).toHaveLength(1);
});

test('at 200 % zoom the panel fits the window and scrolls rather than spilling off it', async ({ openSite, context }) => {
  const page = await openSite(X);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 360, deviceScaleFactor: 2, mobile: false });
  const ui = guardUi(page);
  await composer(page).click();
  await page.keyboard.type('As a council social worker I see this every day. Between you and me the depot is closing. My manager is an idiot. Call 07700 900123. Vote Labour');
  await expect.poll(() => ui.text('.pw-badge')).toContain('policy notes');
  await ui.click('.pw-badge');
  await expect.poll(async () => (await ui.box('.pw-panel'))?.width ?? 0).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  const panel = (await ui.box('.pw-panel'))!;
  expect(panel.x).toBeGreaterThanOrEqual(0);
  expect(panel.y).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width).toBeLessThanOrEqual(640);
  expect(panel.y + panel.height).toBeLessThanOrEqual(360);
  // Its last action is reachable by scrolling the panel itself.
  const scrolls = await ui.evaluate<boolean>(`(() => { const p = [...document.querySelectorAll('postwise-guard')].map((h) => chrome.dom.openOrClosedShadowRoot(h)?.querySelector('.pw-panel')).find(Boolean); return p.scrollHeight <= p.clientHeight || getComputedStyle(p).overflowY === 'auto'; })()`);
  expect(scrolls).toBe(true);
});

test('an ancestor with a transform cannot squeeze the pause dialog', async ({ openSite }) => {
  const page = await openSite(X);
  await page.setViewportSize({ width: 1024, height: 700 });
  // Sites put transforms (and will-change, filters) on wrappers; ours is a child of <body>.
  await page.evaluate(() => {
    document.documentElement.style.transform = 'translate(40px, 30px) scale(0.6)';
    document.body.style.transform = 'translateZ(0) rotate(0.5deg)';
    document.body.style.filter = 'contrast(1)';
  });
  await pauseSeriousPost(page);
  await expectFillsViewport(page);
  await expectPageBehindInert(page);
});

test('in a 360 px wide window the pause dialog and the panel fit on screen', async ({ openSite }) => {
  const page = await openSite(X);
  await page.setViewportSize({ width: 360, height: 640 });
  const ui = guardUi(page);
  await composer(page).click();
  await page.keyboard.type('As a council social worker I see this every day. Between you and me the depot is closing. My manager is an idiot. Call 07700 900123, NI number AB123456C');
  await expect.poll(() => ui.text('.pw-badge')).toContain('policy notes');
  await ui.click('.pw-badge');
  await expect.poll(() => ui.count('.pw-panel')).toBe(1);
  await expect.poll(async () => (await ui.box('.pw-panel'))?.x ?? -1).toBeGreaterThanOrEqual(0);
  const panel = (await ui.box('.pw-panel'))!;
  expect(panel.x + panel.width).toBeLessThanOrEqual(360);
  expect(panel.y).toBeGreaterThanOrEqual(0);
  expect(panel.y + panel.height).toBeLessThanOrEqual(640);
  expect(panel.width).toBeGreaterThan(200);
  await page.keyboard.press('Escape');
  await post(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  await expectFillsViewport(page);
});

test('Tab and Shift+Tab go round the pause dialog and never reach the page', async ({ openSite }) => {
  const page = await openSite(X);
  const ui = guardUi(page);
  await pauseSeriousPost(page);
  // "Edit post", the safe choice, has focus first.
  expect(await ui.focused()).toBe('button.pw-btn.pw-primary[edit]');
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    seen.push((await ui.focused()) ?? 'outside');
    // The page only ever sees our host as focused.
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('postwise-guard');
  }
  expect(seen).toEqual(['button.pw-btn[post-anyway]', 'textarea', 'button.pw-btn.pw-primary[edit]', 'button.pw-btn[post-anyway]']);
  await page.keyboard.press('Shift+Tab');
  expect(await ui.focused()).toBe('button.pw-btn.pw-primary[edit]');
  await page.keyboard.press('Shift+Tab');
  expect(await ui.focused()).toBe('textarea');
  await page.keyboard.press('Shift+Tab');
  expect(await ui.focused()).toBe('button.pw-btn[post-anyway]');
});

test('Escape on the pause goes back to the editor with the caret where it was', async ({ openSite }) => {
  const page = await openSite(X);
  await composer(page).click();
  await page.keyboard.type('My NI number is AB123456C thanks');
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
  await post(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => pauseOpen(page)).toBe(0);
  await page.keyboard.type('!');
  await expect(composer(page)).toHaveText('My NI number is AB123456C! thanks');
  expect(await posts(page)).toEqual([]);
});

test('Escape closes the panel and typing continues at the caret', async ({ openSite }) => {
  const page = await openSite(X);
  const ui = guardUi(page);
  await composer(page).click();
  await page.keyboard.type('As a council social worker I see this every day');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => ui.text('.pw-badge')).toContain('1 policy note');
  await ui.click('.pw-badge');
  await expect.poll(() => ui.count('.pw-panel')).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => ui.count('.pw-panel')).toBe(0);
  await page.keyboard.type('X');
  await expect(composer(page)).toHaveText('As a council social worker I see this every Xday');
});

test('severity is said in words as well as colour', async ({ openSite }) => {
  const page = await openSite(X);
  const ui = guardUi(page);
  await composer(page).click();
  await page.keyboard.type('As a council social worker I see this every day. My NI number is AB123456C');
  await expect.poll(() => ui.text('.pw-badge')).toMatch(/^Serious · 2 policy notes$/);
  await ui.click('.pw-badge');
  // Each note's word matches its severity (the model decides whether the disclaimer is a check or
  // a note, so the test reads which one it is rather than assuming).
  const WORD = { high: 'Serious', warning: 'Check', info: 'Note' } as const;
  await expect.poll(() => ui.count('.pw-panel .pw-item')).toBe(2);
  const levels: string[] = [];
  for (const [severity, word] of Object.entries(WORD)) {
    const words = await ui.texts(`.pw-panel .pw-item.pw-${severity} .pw-severity`);
    expect(words.every((w) => w === word)).toBe(true);
    if (words.length) levels.push(severity);
  }
  expect(levels).toContain('high');
  expect(levels.length).toBe(2);
  await page.keyboard.press('Escape');
  await post(page).click();
  await expect.poll(() => ui.texts('dialog .pw-severity')).toEqual(['Serious']);
});
