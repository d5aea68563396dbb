import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { CHROME_EXTENSION_ID } from '../../lib/identity';
import { replicaUrl } from '../fixtures/sites/serve';
import { expect, test } from './fixtures';
import { guardUi, pauseOpen } from './guard-ui';
import { posts } from './sites';

// Site-owner mode: a post from a council account (read from the composer's own markup, per
// ../shared/SITES.md) gets the council's checklist at Post time instead of the pause; a personal
// post from the same page does not. The guard's UI is read through the closed root (./guard-ui.ts).

/** Party-political: a note for a person, serious for a council account. */
const CAMPAIGN = 'Vote Labour on Thursday';
const CLEAN = 'Lovely walk by the river today';

const checklistOpen = (page: Page) => guardUi(page).count('dialog.pw-checklist[open]');
const openDialogs = (page: Page) => guardUi(page).count('dialog[open]');
const itemIds = (page: Page) => guardUi(page).evaluate<string[]>(`[...document.querySelectorAll('postwise-guard')].flatMap((h) => [...(chrome.dom.openOrClosedShadowRoot(h)?.querySelectorAll('dialog[open] [data-item]') ?? [])]).map((e) => e.dataset.item)`);
const postDisabled = (page: Page) => guardUi(page).evaluate<boolean | null>(`(() => { for (const h of document.querySelectorAll('postwise-guard')) { const b = chrome.dom.openOrClosedShadowRoot(h)?.querySelector('dialog[open] [data-action="post"]'); if (b) return b.disabled; } return null; })()`);
/** A person scrolls the dialog to the item, then clicks its box. */
const scrollTo = (page: Page, selector: string) =>
  guardUi(page).evaluate(`[...document.querySelectorAll('postwise-guard')].map((h) => chrome.dom.openOrClosedShadowRoot(h)?.querySelector(${JSON.stringify(selector)})).find(Boolean)?.scrollIntoView({ block: 'center' })`);
async function tick(page: Page, id: string) {
  await scrollTo(page, `dialog[open] [data-item="${id}"] input`);
  await guardUi(page).click(`dialog[open] [data-item="${id}"] input`);
}
async function pressPost(page: Page) {
  await scrollTo(page, 'dialog[open] [data-action="post"]');
  await guardUi(page).click('dialog[open] [data-action="post"]');
}

/** Exactly one post, with this text, still exactly one a moment later. */
async function sentOnce(page: Page, text: string) {
  await expect.poll(() => posts(page)).toHaveLength(1);
  await page.waitForTimeout(600);
  const all = await posts(page);
  expect(all).toHaveLength(1);
  expect(all[0].text).toBe(text);
}

/** Ticks every item; Post stays disabled until the last required one. */
async function tickAll(page: Page) {
  const ids = await itemIds(page);
  expect(ids.length).toBeGreaterThan(3);
  for (const id of ids.slice(0, -1)) await tick(page, id);
  expect(await postDisabled(page)).toBe(true);
  await tick(page, ids[ids.length - 1]);
  await expect.poll(() => postDisabled(page)).toBe(false);
  return ids;
}

type LogRow = { action: string; account?: string; ruleIds: string[]; checklistItems?: string[] };
const logEntries = (context: BrowserContext) =>
  context.serviceWorkers()[0].evaluate(
    () =>
      new Promise<LogRow[]>((resolve, reject) => {
        const open = indexedDB.open('postwise-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => resolve(all.result as LogRow[]);
        };
      }),
  );

const setSiteChoices = (worker: Worker, choices: object) =>
  worker.evaluate(async (c: object) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await chrome.storage.local.set({ siteChoices: c });
  }, choices);
const siteChoices = (worker: Worker) =>
  worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await chrome.storage.local.get('siteChoices')).siteChoices as Record<string, { account?: string }> | undefined;
  });

afterEachNothingLeaves();
function afterEachNothingLeaves() {
  test.afterEach(({ blocked }) => expect(blocked).toEqual([]));
}

interface Case {
  site: string;
  /** The council account as IT lists it: a handle, a page name or a profile URL. */
  account: { platform: string; handle: string };
  /** What the badge shows for it. */
  shown: string;
  council: string;
  personal: string;
  composer(page: Page): Locator;
  how: 'click' | 'enter' | 'ctrl+enter';
  submit?(page: Page): Locator;
}

const CASES: Case[] = [
  {
    site: 'X (thread compose, Ctrl+Enter)',
    account: { platform: 'x', handle: 'https://x.com/BarnsleyCouncil' },
    shown: '@BarnsleyCouncil',
    council: replicaUrl('x-thread', '?handle=BarnsleyCouncil'),
    personal: replicaUrl('x-thread'),
    composer: (p) => p.locator('[data-testid="tweetTextarea_0"]'),
    how: 'ctrl+enter',
  },
  {
    site: 'Facebook (comment as a Page, Enter sends)',
    account: { platform: 'facebook', handle: 'https://www.facebook.com/BarnsleyCouncil' },
    shown: 'Barnsley Council',
    council: replicaUrl('facebook-comments', '?as=Barnsley%20Council'),
    personal: replicaUrl('facebook-comments'),
    composer: (p) => p.getByRole('textbox', { name: /^Comment as / }),
    how: 'enter',
  },
  {
    site: 'Instagram (comment, Post button)',
    account: { platform: 'instagram', handle: '@barnsleycouncil' },
    shown: '@barnsleycouncil',
    council: replicaUrl('instagram-post', '?as=barnsleycouncil'),
    personal: replicaUrl('instagram-post'),
    composer: (p) => p.getByRole('textbox', { name: 'Add a comment…' }),
    how: 'click',
    submit: (p) => p.locator('form [role="button"][aria-label="Post"]'),
  },
  {
    site: 'LinkedIn (comment as a company page)',
    account: { platform: 'linkedin', handle: 'linkedin.com/company/barnsley-council' },
    shown: 'Barnsley Council',
    council: replicaUrl('linkedin-comments', '?as=Barnsley%20Council'),
    personal: replicaUrl('linkedin-comments'),
    composer: (p) => p.locator('[componentkey^="commentBox-"] [role="textbox"]'),
    how: 'click',
    submit: (p) => p.locator('button[data-view-name="comment-post"]'),
  },
];

async function press(page: Page, c: Case) {
  if (c.how === 'enter') await page.keyboard.press('Enter');
  else if (c.how === 'ctrl+enter') await page.keyboard.press('Control+Enter');
  else await c.submit!(page).click();
}

for (const c of CASES) {
  test.describe(c.site, () => {
    test('the council account is read from the composer; the checklist (with the stricter findings) replaces the pause; Post waits for every item and sends once', async ({ openSite, setSettings, context }) => {
      await setSettings({ councilAccounts: [c.account], pack: 'bracknell-forest' });
      const page = await openSite(c.council);
      await c.composer(page).click();
      await page.keyboard.type(CAMPAIGN);
      await expect.poll(() => guardUi(page).text('.pw-account')).toBe(`Posting as ${c.shown} — council account`);
      await press(page, c);
      await expect.poll(() => checklistOpen(page)).toBe(1);
      // One dialog, not a pause and then a checklist.
      expect(await openDialogs(page)).toBe(1);
      expect(await posts(page)).toEqual([]);
      // The council-account finding is shown above the checklist.
      expect(await guardUi(page).count('dialog[open] .pw-item.pw-high[data-rule^="political."]')).toBeGreaterThan(0);
      // Items cite the policy by title, never a file.
      const citations = await guardUi(page).texts('dialog[open] .pw-check .pw-source');
      expect(citations.join('|')).toContain('Bracknell Forest Council social media policy (2019), Professional capacity, bullet 9');
      expect(citations.join('|')).not.toMatch(/\.txt/);
      const ids = await tickAll(page);
      expect(ids).toEqual(expect.arrayContaining(['checklist.neutral', 'checklist.accessible', 'bracknell.checklist.foi']));
      await pressPost(page);
      await sentOnce(page, CAMPAIGN);
      await expect.poll(() => checklistOpen(page)).toBe(0);
      // The log has the items and rule ids, never the text.
      await expect.poll(async () => (await logEntries(context)).find((e) => e.action === 'checklist-completed')).toBeTruthy();
      const entry = (await logEntries(context)).find((e) => e.action === 'checklist-completed')!;
      expect(entry.account).toBe('council');
      expect(entry.checklistItems?.sort()).toEqual([...ids].sort());
      expect(entry.ruleIds.some((r) => r.startsWith('political.'))).toBe(true);
      expect(JSON.stringify(await logEntries(context))).not.toContain('Thursday');
    });

    test('a personal post from the same page shows no checklist', async ({ openSite, setSettings }) => {
      await setSettings({ councilAccounts: [c.account] });
      const page = await openSite(c.personal);
      await c.composer(page).click();
      await page.keyboard.type(CLEAN);
      await page.waitForTimeout(400);
      expect(await guardUi(page).count('.pw-account')).toBe(0);
      // (The X replica has no Ctrl+Enter handler of its own: a personal post there goes by its button.)
      if (c.how === 'ctrl+enter') await page.locator('[data-testid="tweetButton"]').click();
      else await press(page, c);
      await sentOnce(page, CLEAN);
      expect(await openDialogs(page)).toBe(0);
    });
  });
}

test.describe('Edit, Escape and the dialog itself', () => {
  const comment = (page: Page) => page.getByRole('textbox', { name: /^Comment as / });
  const council = replicaUrl('facebook-comments', '?as=Barnsley%20Council');

  test('Escape is "Edit post": back to the caret with the text intact, nothing sent, cancellation logged', async ({ openSite, setSettings, context }) => {
    await setSettings({ councilAccounts: [{ platform: 'facebook', handle: 'barnsley council' }] });
    const page = await openSite(council);
    await comment(page).click();
    await page.keyboard.type('Our libraries open late on Thursday');
    await page.keyboard.press('Enter');
    await expect.poll(() => checklistOpen(page)).toBe(1);
    const [first] = await itemIds(page);
    await tick(page, first);
    await page.keyboard.press('Escape');
    await expect.poll(() => checklistOpen(page)).toBe(0);
    expect(await posts(page)).toEqual([]);
    await expect(comment(page)).toHaveText('Our libraries open late on Thursday');
    // The caret is back at the end of the text: typing goes on where it stopped.
    await page.keyboard.type(' and Friday');
    await expect(comment(page)).toHaveText('Our libraries open late on Thursday and Friday');
    await expect.poll(async () => (await logEntries(context)).find((e) => e.action === 'checklist-cancelled')?.checklistItems).toEqual([first]);

    // The Edit button does the same; the next Enter asks again (a new, unticked checklist).
    await page.keyboard.press('Enter');
    await expect.poll(() => checklistOpen(page)).toBe(1);
    expect(await postDisabled(page)).toBe(true);
    await scrollTo(page, 'dialog[open] [data-action="edit"]');
    await guardUi(page).click('dialog[open] [data-action="edit"]');
    await expect.poll(() => checklistOpen(page)).toBe(0);
    await expect(comment(page)).toHaveText('Our libraries open late on Thursday and Friday');
    expect(await posts(page)).toEqual([]);
  });

  for (const size of [{ width: 1280, height: 800 }, { width: 360, height: 640 }]) {
    test(`the checklist fills the viewport (${size.width}×${size.height}), every control on screen, Tab kept inside`, async ({ openSite, setSettings }) => {
      await setSettings({ councilAccounts: [{ platform: 'facebook', handle: 'Barnsley Council' }] });
      const page = await openSite(council);
      await page.setViewportSize(size);
      await comment(page).click();
      await page.keyboard.type(CAMPAIGN);
      await page.keyboard.press('Enter');
      await expect.poll(() => checklistOpen(page)).toBe(1);
      const ui = guardUi(page);
      const dialog = await ui.box('dialog.pw-checklist[open]');
      expect(dialog).not.toBeNull();
      expect(dialog!.x).toBeLessThanOrEqual(0.5);
      expect(dialog!.y).toBeLessThanOrEqual(0.5);
      expect(dialog!.width).toBeGreaterThanOrEqual(size.width - 1);
      expect(dialog!.height).toBeGreaterThanOrEqual(size.height - 1);
      for (const sel of ['dialog[open] h2', 'dialog[open] [data-action="edit"]', 'dialog[open] [data-action="post"]', 'dialog[open] .pw-check input']) {
        await ui.evaluate(`[...document.querySelectorAll('postwise-guard')].map((h) => chrome.dom.openOrClosedShadowRoot(h)?.querySelector(${JSON.stringify(sel)})).find(Boolean)?.scrollIntoView({ block: 'nearest' })`);
        const b = await ui.box(sel);
        expect(b, sel).not.toBeNull();
        // (Sub-pixel: a box scrolled to the dialog's edge may sit half a pixel out.)
        expect(b!.x, sel).toBeGreaterThanOrEqual(-1);
        expect(b!.y, sel).toBeGreaterThanOrEqual(-1);
        expect(b!.x + b!.width, sel).toBeLessThanOrEqual(size.width + 1);
        expect(b!.y + b!.height, sel).toBeLessThanOrEqual(size.height + 1);
      }
      // Focus starts on the first item and Tab never leaves the dialog.
      expect(await ui.focused()).toMatch(/^input/);
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        expect(await ui.focused()).not.toBeNull();
      }
      // Space on a focused box ticks it (keyboard users can complete the checklist).
      await ui.evaluate(`[...document.querySelectorAll('postwise-guard')].map((h) => chrome.dom.openOrClosedShadowRoot(h)?.querySelector('dialog[open] .pw-check input')).find(Boolean)?.focus()`);
      await page.keyboard.press('Space');
      expect(await ui.evaluate<boolean>(`[...document.querySelectorAll('postwise-guard')].map((h) => chrome.dom.openOrClosedShadowRoot(h)?.querySelector('dialog[open] .pw-check input')).find(Boolean)?.checked`)).toBe(true);
    });
  }
});

test.describe("The person's own choice for the site", () => {
  const comment = (page: Page) => page.getByRole('textbox', { name: /^Comment as / });

  test('a stored "council" choice gives the checklist to a personal identity; "personal" removes it from a council one; changes apply live', async ({ openSite, setSettings, context }) => {
    await setSettings({ councilAccounts: [{ platform: 'facebook', handle: 'Barnsley Council' }] });
    const worker = context.serviceWorkers()[0];
    await setSiteChoices(worker, { facebook: { account: 'council' } });
    const page = await openSite(replicaUrl('facebook-comments'));
    await comment(page).click();
    await page.keyboard.type(CLEAN);
    // (The page has a comment box and a reply box: each shows who is posting.)
    await expect.poll(() => guardUi(page).count('.pw-account')).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => checklistOpen(page)).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => checklistOpen(page)).toBe(0);

    // The popup switches the site to "personal" while the page is open: no checklist from now on.
    await setSiteChoices(worker, { facebook: { account: 'personal' } });
    await expect.poll(() => guardUi(page).count('.pw-account')).toBe(0);
    await comment(page).click();
    await page.keyboard.press('Enter');
    await sentOnce(page, CLEAN);
    expect(await openDialogs(page)).toBe(0);

    const asPage = await openSite(replicaUrl('facebook-comments', '?as=Barnsley%20Council'));
    await comment(asPage).click();
    await asPage.keyboard.type(CAMPAIGN);
    await asPage.keyboard.press('Enter');
    // Personal by choice: the campaigning note is only a note for a person, so it goes at once.
    await sentOnce(asPage, CAMPAIGN);
    expect(await openDialogs(asPage)).toBe(0);
  });

  test('when the composer does not say who is posting, the panel asks; the answer is stored for the site', async ({ openSite, setSettings, context }) => {
    await setSettings({ councilAccounts: [{ platform: 'linkedin', handle: 'Barnsley Council' }] });
    const page = await openSite(replicaUrl('linkedin-comments', '?identity=hidden'));
    const box = page.locator('[componentkey^="commentBox-"] [role="textbox"]');
    await box.click();
    await page.keyboard.type(CLEAN);
    await expect.poll(() => guardUi(page).count('.pw-ask')).toBe(1);
    // Post before answering: the dialog asks first instead of guessing.
    await page.locator('button[data-view-name="comment-post"]').click();
    await expect.poll(() => guardUi(page).count('dialog[open][data-stage="ask"]')).toBe(1);
    expect(await posts(page)).toEqual([]);
    await guardUi(page).click('dialog[open] [data-action="as-council"]');
    await expect.poll(() => guardUi(page).count('dialog[open][data-stage="checklist"]')).toBe(1);
    await expect.poll(async () => (await siteChoices(context.serviceWorkers()[0]))?.linkedin?.account).toBe('council');
    await tickAll(page);
    await pressPost(page);
    await sentOnce(page, CLEAN);
    expect(await guardUi(page).count('.pw-ask')).toBe(0);
  });

  test('answering "me" in the panel is stored and the post goes as a personal one', async ({ openSite, setSettings, context }) => {
    await setSettings({ councilAccounts: [{ platform: 'linkedin', handle: 'Barnsley Council' }] });
    const page = await openSite(replicaUrl('linkedin-comments', '?identity=hidden'));
    const box = page.locator('[componentkey^="commentBox-"] [role="textbox"]');
    await box.click();
    await page.keyboard.type(CLEAN);
    await expect.poll(() => guardUi(page).count('.pw-ask')).toBe(1);
    await guardUi(page).click('.pw-ask [data-action="as-personal"]');
    await expect.poll(async () => (await siteChoices(context.serviceWorkers()[0]))?.linkedin?.account).toBe('personal');
    await expect.poll(() => guardUi(page).count('.pw-ask')).toBe(0);
    await page.locator('button[data-view-name="comment-post"]').click();
    await sentOnce(page, CLEAN);
    expect(await pauseOpen(page)).toBe(0);
  });
});

/**
 * IT's council accounts and checklist settings through the real managed-policy path (root only,
 * like tests/e2e/managed-policy.spec.ts; the file is removed whatever happens).
 */
test.describe('council accounts from a managed policy', () => {
  const POLICY_DIR = '/etc/chromium/policies/managed';
  const POLICY_FILE = `${POLICY_DIR}/postwise-site-owner-test.json`;
  test.describe.configure({ mode: 'serial' });
  test.skip(process.getuid?.() !== 0, 'writes a system-wide Chromium policy file: run as root (as CI does)');
  test.beforeAll(() => {
    mkdirSync(POLICY_DIR, { recursive: true });
    const settings = {
      pack: 'barnsley',
      councilAccounts: [{ platform: 'x', handle: '@BarnsleyCouncil' }],
      checklistOptionalItems: ['barnsley.checklist.abuse'],
      extraChecklistItems: [{ id: 'it.approved', text: 'The duty comms officer approved this post' }],
    };
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: settings } } }, null, 2));
  });
  test.afterAll(() => rmSync(POLICY_FILE, { force: true }));

  test("IT's council account gets the checklist, with IT's own item required and its optional item not", async ({ openSite, context }) => {
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await expect
        .poll(() => worker.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { policy?: { councilAccounts?: unknown[] } }>> } } } }).chrome.storage.local.get('managed')).managed?.policy?.councilAccounts?.length ?? 0)), { timeout: 15_000 })
        .toBe(1);
      const page = await openSite(replicaUrl('x-thread', '?handle=barnsleycouncil'));
      await page.locator('[data-testid="tweetTextarea_0"]').click();
      await page.keyboard.type(CLEAN);
      await page.locator('[data-testid="tweetButton"]').click();
      await expect.poll(() => checklistOpen(page)).toBe(1);
      const ids = await itemIds(page);
      expect(ids).toContain('it.approved');
      expect(ids).toContain('barnsley.checklist.abuse');
      expect(await guardUi(page).text('dialog[open] [data-item="barnsley.checklist.abuse"]')).toContain('(optional)');
      for (const id of ids.filter((i) => i !== 'barnsley.checklist.abuse' && i !== 'it.approved')) await tick(page, id);
      expect(await postDisabled(page)).toBe(true);
      await tick(page, 'it.approved');
      await expect.poll(() => postDisabled(page)).toBe(false);
      await pressPost(page);
      await sentOnce(page, CLEAN);
    } finally {
      rmSync(POLICY_FILE, { force: true });
    }
  });
});
