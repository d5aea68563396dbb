import type { BrowserContext, Page } from '@playwright/test';
import { axeOnGuard, axeOnPage } from './axe';
import { expect, test } from './fixtures';
import { badgeText, guardUi, pauseOpen } from './guard-ui';
import { posts, SITE_CASES } from './sites';

/** A person's own view: the popup, pausing a site, "This is wrong", underlines, the shortcut, axe. */
const x = SITE_CASES.find((s) => s.name === 'x')!;
const SERIOUS = 'My NI number is AB123456C';

const worker = (context: BrowserContext) => context.serviceWorkers()[0];

/** The log as the extension stores it (read in the extension's own origin). */
const readLog = (context: BrowserContext) =>
  worker(context).evaluate(
    () =>
      new Promise<Record<string, unknown>[]>(async (resolve, reject) => {
        // Opening a database that is not there would create an empty one under the extension's feet.
        if (!(await indexedDB.databases()).some((d) => d.name === 'postwise-log')) return resolve([]);
        const open = indexedDB.open('postwise-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('entries')) return resolve([]);
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => resolve(all.result as Record<string, unknown>[]);
        };
      }),
  );

const tabIdOf = (context: BrowserContext, url: string) =>
  worker(context).evaluate(async (u) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
    return (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))!.id;
  }, url);

async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function typeSerious(page: Page) {
  await page.bringToFront();
  await x.composer(page).click();
  await page.keyboard.type(SERIOUS);
}

test.afterEach(({ blocked }) => expect(blocked).toEqual([]));

test('the popup says which site is protected and by which policy, and that other pages are not', async ({ context, extensionId, openSite, setSettings }) => {
  await setSettings({ pack: 'barnsley' });
  const site = await openSite(x.url);
  const popup = await openPopup(context, extensionId, await tabIdOf(context, 'https://x.com/'));
  await expect(popup.locator('[data-state="protected"]')).toContainText('Protected on X');
  await expect(popup.locator('[data-state="protected"]')).toContainText('Checked against: Barnsley Council social networking policy');
  await expect(popup.locator('main')).not.toContainText('.txt');
  // The old "Posting as" is gone; the sandbox's "Check as" changes nothing stored.
  await popup.locator('summary').click();
  await popup.getByLabel('Check as').selectOption('council');
  const stored = await worker(context).evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { account?: string }>> } } } }).chrome.storage.local.get('settings'));
  expect(stored.settings.account ?? 'personal').toBe('personal');

  // Account mode for this site only.
  await popup.getByRole('radio', { name: 'A council account' }).check();
  await expect.poll(() => worker(context).evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, { account: string }>>> } } } }).chrome.storage.local.get('siteChoices').then((r) => r.siteChoices?.x?.account))).toBe('council');

  const other = await context.newPage();
  await other.goto('about:blank');
  const newest = await worker(context).evaluate(async () => Math.max(...(await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome.tabs.query({})).map((t) => t.id)));
  const popup2 = await openPopup(context, extensionId, newest);
  await expect(popup2.locator('[data-state="off"]')).toContainText('Not protected here');
  await expect(popup2.locator('[data-action="pause-hour"]')).toHaveCount(0);
  void site;
});

test('pausing a site lets a serious post straight through there, is logged, and resuming restores the pause', async ({ context, extensionId, openSite }) => {
  const page = await openSite(x.url);
  const popup = await openPopup(context, extensionId, await tabIdOf(context, 'https://x.com/'));
  await popup.locator('[data-action="pause-hour"]').click();
  await expect(popup.locator('[data-state="paused"]')).toContainText(/Paused on X until \d\d:\d\d/);

  await typeSerious(page);
  await expect.poll(() => badgeText(page)).toMatch(/^Paused until \d\d:\d\d( tomorrow)?$/);
  await x.submit(page).click();
  await expect.poll(() => posts(page)).toHaveLength(1);
  expect((await posts(page))[0].text).toBe(SERIOUS);
  expect(await pauseOpen(page)).toBe(0);
  await expect.poll(async () => (await readLog(context)).filter((e) => e.action === 'site-paused').map((e) => e.platform)).toEqual(['x']);

  // Resume from the popup: the open page is guarded again at once, without a reload.
  await popup.bringToFront();
  await popup.locator('[data-action="resume"]').click();
  await expect(popup.locator('[data-state="protected"]')).toBeVisible();
  await typeSerious(page);
  await expect.poll(() => badgeText(page)).toContain('policy note');
  await x.submit(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  expect(await posts(page)).toHaveLength(1);
  await expect.poll(async () => (await readLog(context)).map((e) => e.action)).toEqual(['site-paused', 'site-resumed', 'paused']);
});

test('a pause ends by itself when its time passes', async ({ context, openSite }) => {
  const page = await openSite(x.url);
  await typeSerious(page);
  await expect.poll(() => badgeText(page)).toContain('policy note');
  await worker(context).evaluate((until) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ siteChoices: { x: { account: 'auto', pausedUntil: until } } }), Date.now() + 6000);
  await expect.poll(() => badgeText(page)).toContain('Paused until');
  // Nothing is touched: the notes come back by themselves when the time passes.
  await expect.poll(() => badgeText(page), { timeout: 15_000 }).toContain('policy note');
  await x.submit(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  expect(await posts(page)).toEqual([]);
});

test('when IT forbids pausing, the popup says so and a stored pause is not honoured', async ({ context, extensionId, openSite, setSettings }) => {
  await setSettings({});
  // The background's first read of managed storage (which always writes a record, read or not)
  // must be done, or it would overwrite ours.
  await expect.poll(() => worker(context).evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { readAt?: number }>> } } } }).chrome.storage.local.get('managed').then((r) => r.managed ?? null)), { timeout: 30_000 }).not.toBeNull();
  await worker(context).evaluate(async (until) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await chrome.storage.local.set({ managed: { policy: { allowSitePause: false }, diagnostics: [], readAt: Date.now() }, siteChoices: { x: { account: 'auto', pausedUntil: until } } });
  }, Date.now() + 3_600_000);
  const page = await openSite(x.url);
  const popup = await openPopup(context, extensionId, await tabIdOf(context, 'https://x.com/'));
  await expect(popup.locator('[data-state="pause-forbidden"]')).toContainText('Your organisation has switched off pausing');
  await expect(popup.locator('[data-action="pause-hour"], [data-action="resume"]')).toHaveCount(0);
  await typeSerious(page);
  // The notes show (not "Paused until"), and Post is paused as usual.
  await expect.poll(() => badgeText(page)).toContain('policy note');
  await x.submit(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  expect(await posts(page)).toEqual([]);
});

test('"This is wrong" is recorded with the rule, thanks the person and hides the note for this post', async ({ context, openSite }) => {
  const page = await openSite(x.url);
  await typeSerious(page);
  await expect.poll(() => badgeText(page)).toContain('policy note');
  const ui = guardUi(page);
  await ui.click('.pw-badge');
  const card = '.pw-item[data-category="personal-data"]';
  await expect.poll(() => ui.count(card)).toBe(1);
  // A page script's synthetic click is ignored.
  await ui.evaluate(`[...document.querySelectorAll('postwise-guard')].map((h) => chrome.dom.openOrClosedShadowRoot(h)?.querySelector('${card} [data-action="wrong"]')).find(Boolean)?.click()`);
  expect(await ui.count(card)).toBe(1);
  await ui.click(`${card} [data-action="wrong"]`);
  await expect.poll(() => ui.count(card)).toBe(0);
  expect(await ui.text('.pw-note')).toContain('Thank you');
  await expect.poll(async () => (await readLog(context)).filter((e) => e.action === 'false-positive')).toHaveLength(1);
  const [entry] = (await readLog(context)).filter((e) => e.action === 'false-positive');
  expect(entry).toMatchObject({ platform: 'x', surface: 'post', categories: ['personal-data'], severity: 'high' });
  expect(entry.ruleIds).toContain('personal-data.nino');
  expect(JSON.stringify(entry)).not.toContain('AB123456C');
  // Hidden for this post: Post is no longer paused for it.
  await x.submit(page).click();
  await expect.poll(() => posts(page)).toHaveLength(1);
});

test('clicking underlined words opens their note, and Alt+Shift+P opens the notes from the keyboard', async ({ openSite }) => {
  const page = await openSite(x.url);
  await typeSerious(page);
  await expect.poll(() => badgeText(page)).toContain('policy note');
  const ui = guardUi(page);
  expect(await ui.count('.pw-panel')).toBe(0);
  // The NI number's words on screen, from the editor's own text.
  const box = await page.evaluate(() => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"] .public-DraftEditor-content')!;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf('AB123456C');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at + 2);
      range.setEnd(n, at + 5);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  });
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x, box!.y);
  await expect.poll(() => ui.count('.pw-item.pw-revealed[data-category="personal-data"]')).toBe(1);
  // The caret stays in the editor, so the person can go on typing.
  expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="tweetTextarea_0"]') !== null)).toBe(true);
  // A click elsewhere in the text does not open anything new.
  await page.keyboard.press('Escape');

  const page2 = await openSite(x.url);
  await typeSerious(page2);
  await expect.poll(() => badgeText(page2)).toContain('policy note');
  const ui2 = guardUi(page2);
  expect(await ui2.count('.pw-panel')).toBe(0);
  await page2.keyboard.press('Alt+Shift+KeyP');
  await expect.poll(() => ui2.count('.pw-panel')).toBe(1);
  await expect.poll(() => ui2.focused()).toMatch(/^li\.pw-item/);
  // The key press never reached the editor.
  expect(await x.composer(page2).innerText()).toBe(SERIOUS);
});

test.describe('accessibility (axe: no serious or critical violations)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`popup, welcome, panel and pause dialog in ${colorScheme}`, async ({ context, extensionId, openSite, setSettings }) => {
      await setSettings({ pack: 'barnsley' });
      const page = await openSite(x.url);
      const popup = await openPopup(context, extensionId, await tabIdOf(context, 'https://x.com/'));
      for (const p of [popup, page]) await p.emulateMedia({ colorScheme });
      await popup.locator('summary').click();
      await popup.getByLabel('Draft post').fill(SERIOUS);
      await expect(popup.locator('.pg-finding')).not.toHaveCount(0);
      // The theme really follows the scheme (so axe checks the dark colours in dark).
      const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(colorScheme === 'dark' ? 'rgb(28, 28, 33)' : 'rgb(255, 255, 255)');
      expect(await axeOnPage(popup)).toEqual([]);

      const welcome = await context.newPage();
      await welcome.emulateMedia({ colorScheme });
      await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
      await expect(welcome.getByRole('radio').first()).toBeVisible();
      expect(await welcome.getByRole('radio').first().boundingBox()).toMatchObject({ width: 24, height: 24 });
      expect(await axeOnPage(welcome)).toEqual([]);

      await typeSerious(page);
      await page.keyboard.type(' and the depot is closing, between you and me');
      await expect.poll(() => badgeText(page)).toContain('policy note');
      const ui = guardUi(page);
      await ui.click('.pw-badge');
      await expect.poll(() => ui.count('.pw-panel')).toBe(1);
      const panelBg = await ui.evaluate<string>(`getComputedStyle([...document.querySelectorAll('postwise-guard')].map((h) => chrome.dom.openOrClosedShadowRoot(h)?.querySelector('.pw-panel')).find(Boolean)).backgroundColor`);
      expect(panelBg).toBe(colorScheme === 'dark' ? 'rgb(31, 31, 37)' : 'rgb(255, 255, 255)');
      expect(await axeOnGuard(page)).toEqual([]);

      await page.keyboard.press('Escape');
      await x.submit(page).click();
      await expect.poll(() => pauseOpen(page)).toBe(1);
      expect(await axeOnGuard(page)).toEqual([]);
    });
  }
});
