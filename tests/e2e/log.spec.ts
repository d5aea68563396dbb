import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { guardUi } from './guard-ui';
import { posts } from './sites';

const NI = 'AB123456C';

async function openOptions(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html${hash}`);
  return page;
}

/** Sends log messages to the background as a content script would, all at once, from an extension page. */
function sendBurst(page: Page, count: number, entry: object) {
  return page.evaluate(
    async ({ count, entry }) => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      const answers = await Promise.all(Array.from({ length: count }, () => chrome.runtime.sendMessage({ type: 'log', entry })));
      return answers.filter((a) => a === true).length;
    },
    { count, entry },
  );
}

/** The log as stored, read in the extension's origin. */
function storedCount(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('postwise-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('entries').objectStore('entries').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
}

const rowsShown = (page: Page) => page.locator('.pw-vlist [role="listitem"]');
const status = (page: Page) => page.locator('.pw-count');

async function downloadText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

test('a paused post, posted anyway on a replica, appears in the options page, exports without its text, and delete all empties the log', async ({ context, openSite, extensionId }) => {
  const site = await openSite('https://x.com/home');
  await site.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').click();
  await site.keyboard.type(`My NI number is ${NI}`);
  await site.locator('[data-testid="tweetButtonInline"]').click();
  await guardUi(site).fill('dialog textarea[aria-label="Reason for posting anyway (optional)"]', 'Test data');
  await guardUi(site).click('[data-action="post-anyway"]');
  await expect.poll(() => posts(site)).toHaveLength(1);

  const options = await openOptions(context, extensionId);
  await expect.poll(() => storedCount(options)).toBe(2);
  await options.reload();
  await expect(status(options)).toHaveText('Showing 2 of 2 entries');
  // Newest first: the "Posted anyway" with its reason, then the pause.
  await expect(rowsShown(options)).toHaveCount(2);
  await expect(rowsShown(options).nth(0)).toContainText('Posted anyway');
  await expect(rowsShown(options).nth(0)).toContainText('X · post');
  await expect(rowsShown(options).nth(0)).toContainText('Reason: Test data');
  await expect(rowsShown(options).nth(1)).toContainText('Paused before posting');
  await expect(rowsShown(options).nth(1)).toContainText('Personal data');

  // Filters: by outcome, by site (nothing on Facebook), by date (nothing before today).
  await options.getByLabel('Outcome', { exact: true }).selectOption('posted-anyway');
  await expect(rowsShown(options)).toHaveCount(1);
  await options.getByLabel('Site', { exact: true }).selectOption('facebook');
  await expect(options.getByText('No entries match these filters.')).toBeVisible();
  await options.getByRole('button', { name: 'Clear filters' }).click();
  await options.getByLabel('To', { exact: true }).fill('2020-01-01');
  await expect(options.getByText('No entries match these filters.')).toBeVisible();
  await options.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rowsShown(options)).toHaveCount(2);
  // The chart is drawn (a canvas with pixels), with its text summary.
  const chart = options.locator('.pw-chart canvas');
  await expect(chart).toHaveAttribute('aria-label', /Personal data: 2/);
  expect((await chart.boundingBox())!.height).toBeGreaterThan(100);

  const csv = await downloadText(options, 'Export entries (CSV)');
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain('posted-anyway');
  expect(lines[1]).toContain('Test data');
  expect(lines[2]).toContain('paused');
  const json = JSON.parse(await downloadText(options, 'Export entries (JSON)'));
  expect(json.entries.map((e: { action: string }) => e.action)).toEqual(['posted-anyway', 'paused']);
  const summary = await downloadText(options, 'Export summary for IT (JSON)');
  const aggregate = JSON.parse(summary);
  expect(aggregate.outcomes).toEqual({ paused: 1, 'posted-anyway': 1 });
  expect(aggregate.rules.length).toBeGreaterThan(0);
  expect(aggregate.rules[0].outcomes).toEqual({ paused: 1, 'posted-anyway': 1 });
  for (const text of [csv, JSON.stringify(json), summary]) {
    expect(text).not.toContain(NI);
    expect(text).not.toContain('My NI number');
  }
  expect(summary).not.toContain('Test data');

  // Delete all asks first; Cancel keeps everything.
  await options.getByRole('button', { name: 'Delete all entries…' }).click();
  const dialog = options.getByRole('dialog', { name: 'Delete your whole log?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await storedCount(options)).toBe(2);
  await options.getByRole('button', { name: 'Delete all entries…' }).click();
  await options.getByRole('dialog').getByRole('button', { name: 'Delete all', exact: true }).click();
  await expect(options.getByText('Your log is empty.')).toBeVisible();
  expect(await storedCount(options)).toBe(0);
  await options.reload();
  await expect(options.getByText('Nothing has been logged yet.')).toBeVisible();
});

test('a page script can read neither the log nor the settings', async ({ openSite, extensionId, context }) => {
  const options = await openOptions(context, extensionId);
  expect(await sendBurst(options, 3, { platform: 'x', surface: 'post', action: 'paused', categories: ['personal-data'], ruleIds: ['r'] })).toBe(3);
  const site = await openSite('https://x.com/home');
  // Make sure the guard is loaded and has read the settings in this page.
  await site.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').click();
  const seen = await site.evaluate(async (id) => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown }; storage?: unknown }; browser?: unknown };
    const dbs = (await indexedDB.databases()).map((d) => d.name);
    // Opening the log by name from the page creates an empty database of the SITE's origin.
    const stores = await new Promise<string[]>((resolve) => {
      const open = indexedDB.open('postwise-log');
      open.onsuccess = () => resolve([...open.result.objectStoreNames]);
      open.onerror = () => resolve(['error']);
    });
    let fetched = 'blocked';
    try {
      await fetch(`chrome-extension://${id}/options.html`);
      fetched = 'read';
    } catch {
      /* not web-accessible */
    }
    return { dbs, stores, storage: typeof w.chrome?.storage, sendMessage: typeof w.chrome?.runtime?.sendMessage, browser: typeof w.browser, local: Object.keys(localStorage).filter((k) => /postwise/i.test(k)), fetched };
  }, extensionId);
  expect(seen).toEqual({ dbs: [], stores: [], storage: 'undefined', sendMessage: 'undefined', browser: 'undefined', local: [], fetched: 'blocked' });
  expect(await storedCount(options)).toBe(3);
});

test('10,000 log events sent in one burst all land', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const options = await openOptions(context, extensionId);
  const entry = { platform: 'facebook', surface: 'reply', action: 'edited', categories: ['political'], ruleIds: ['political.party'], severity: 'warning' };
  expect(await sendBurst(options, 10_000, entry)).toBe(10_000);
  expect(await storedCount(options)).toBe(10_000);
  await options.reload();
  await expect(status(options)).toHaveText('Showing 10,000 of 10,000 entries', { timeout: 20_000 });
  // Virtualised: a screenful of rows in the DOM, not ten thousand.
  expect(await rowsShown(options).count()).toBeLessThan(40);
  await expect(rowsShown(options).first()).toHaveAttribute('aria-setsize', '10000');
});

test('the log survives closing and reopening the browser', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'postwise-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: existsSync('/usr/bin/chromium') ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') : undefined,
      headless: true,
      args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--headless=new'],
    });
  const id = async (context: BrowserContext) => new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
  try {
    let context = await launch();
    let options = await openOptions(context, await id(context));
    expect(await sendBurst(options, 5, { platform: 'linkedin', surface: 'message', action: 'false-positive', categories: ['grievance'], ruleIds: ['grievance.model'] })).toBe(5);
    await context.close();

    context = await launch();
    options = await openOptions(context, await id(context));
    await expect(status(options)).toHaveText('Showing 5 of 5 entries');
    await expect(rowsShown(options).first()).toContainText('Reported as wrong');
    await expect(rowsShown(options).first()).toContainText('LinkedIn · message');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('settings IT set are read-only and rejected keys are shown; the person can change the rest; the policy explorer quotes the clauses', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId, '#settings');
  const [worker] = context.serviceWorkers();
  await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await chrome.storage.local.set({
      managed: {
        policy: {
          enforcementMode: 'block',
          // An IT default, not locked: the person may still change it (precedence in README).
          logRetentionDays: 60,
          lockedSettings: ['enforcementMode'],
          councilAccounts: [{ platform: 'x', handle: '@BarnsleyCouncil' }],
          preElectionPeriods: [{ start: '2027-03-25', end: '2027-05-06', label: 'Local elections 2027' }],
        },
        diagnostics: [{ key: 'pauseSeverity', reason: 'Invalid option: expected one of "info"|"warning"|"high"' }],
        readAt: Date.now(),
      },
    });
  });
  await options.reload();
  const block = options.getByRole('radio', { name: 'Pause, do not let serious posts through' });
  await expect(block).toBeChecked();
  await expect(block).toBeDisabled();
  await expect(options.getByText('Set by your organisation').first()).toBeVisible();
  await expect(options.getByText('X: @BarnsleyCouncil')).toBeVisible();
  await expect(options.getByText('Local elections 2027: 2027-03-25 to 2027-05-06')).toBeVisible();
  await expect(options.getByText(/pauseSeverity: Invalid option/)).toBeVisible();
  await expect(options.getByLabel('Keep log entries for (days)')).toHaveValue('60');
  await expect(options.getByText("Your organisation's default — you can change it")).toBeVisible();

  // A free setting is saved as the person's choice.
  await options.getByLabel('Council policy').selectOption('barnsley');
  await options.getByLabel('Keep log entries for (days)').fill('30');
  await options.getByLabel('Keep log entries for (days)').blur();
  await expect
    .poll(() => worker.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings?: object }> } } } }).chrome.storage.local.get('settings')).settings)))
    .toMatchObject({ pack: 'barnsley', logRetentionDays: 30 });

  await options.getByRole('link', { name: 'Policy explorer' }).click();
  await expect(options.getByText(/Every rule of Barnsley/)).toBeVisible();
  // A rule citing Barnsley's policy and others shows Barnsley's clause first.
  const rule = options.locator('article.pw-rule').filter({ hasText: 'Barnsley Council social networking policy' }).first();
  await expect(rule.locator('cite').first()).toHaveText('Barnsley Council social networking policy');
  expect(await options.locator('article.pw-rule').count()).toBeGreaterThan(10);
  expect(await options.locator('article.pw-rule blockquote').count()).toBeGreaterThan(0);
  expect(await options.locator('article.pw-rule').filter({ hasText: 'Would be noted' }).count()).toBeGreaterThan(0);
  expect(await options.getByText(/\.txt/).count()).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the options page passes axe in ${colorScheme} (no serious or critical violations), in every section`, async ({ context, extensionId }) => {
    const options = await openOptions(context, extensionId);
    await options.emulateMedia({ colorScheme });
    await sendBurst(options, 20, { platform: 'x', surface: 'post', action: 'posted-anyway', categories: ['political', 'personal-data'], ruleIds: ['political.party'], reason: 'ok' });
    await options.reload();
    await expect(status(options)).toHaveText('Showing 20 of 20 entries');
    expect(await options.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(colorScheme === 'dark' ? 'rgb(22, 22, 26)' : 'rgb(255, 255, 255)');
    const serious = async () => {
      const result = await new AxeBuilder({ page: options }).analyze();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await serious()).toEqual([]);
    await options.getByRole('button', { name: 'Delete all entries…' }).click();
    await expect(options.getByRole('dialog')).toBeVisible();
    expect(await serious()).toEqual([]);
    await options.keyboard.press('Escape');
    for (const [link, heading] of [['Settings', 'Settings'], ['Policy explorer', 'Policy explorer']]) {
      await options.getByRole('link', { name: link }).click();
      await expect(options.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      await expect(options.locator('[role="status"]', { hasText: 'Loading settings' })).toHaveCount(0);
      expect(await serious()).toEqual([]);
    }
  });
}
