/**
 * Firefox smoke test (npm run test:firefox): Debian's firefox-esr, driven by puppeteer-core
 * over WebDriver BiDi, with the Firefox build installed as a temporary add-on. It proves the
 * add-on loads, reads IT's `3rdparty` policy from the system policies.json, and guards a post
 * on the Facebook replica served at its real address, with nothing leaving the machine.
 *
 * The guard's UI is in a closed shadow root, so the test watches effects a person would see:
 * whether the post was sent (the replica records sent posts in window.__posts) and whether
 * focus moved into our pause dialog (the page sees only our host element as activeElement).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../lib/identity';
import { UI_TAG } from '../../lib/guard/ui-host';
import { buildFixtures } from '../fixtures/sites/build';
import { fixtureResponse, SITES } from '../fixtures/sites/serve';
import { startDeadEndProxy, proxyPrefs, type DeadEndProxy } from './dead-end-proxy';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
/**
 * Debian's firefox-esr reads this file (Mozilla's system-wide location on Linux; it wins over
 * the install's distribution/policies.json). /etc/firefox-esr/policies/ is NOT read. Writing
 * it needs root and affects every Firefox on the machine, so the test removes it whatever happens.
 */
const POLICY_FILE = '/etc/firefox/policies/policies.json';

const managedSettings = {
  organisationNames: ['Wexcombe'],
  extraConfidentialTerms: ['Project Falcon'],
  // Not a severity: reported and ignored, while the rest applies.
  pauseSeverity: 'extreme',
};

const skip = !existsSync(FIREFOX)
  ? `no Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`
  : process.getuid?.() !== 0
    ? `writes the system-wide ${POLICY_FILE}: run as root (as CI does)`
    : existsSync(POLICY_FILE)
      ? `${POLICY_FILE} already exists: not overwriting this machine's Firefox policy`
      : !existsSync(`${EXTENSION_DIR}/manifest.json`)
        ? 'build the Firefox extension first: npx wxt build -b firefox'
        : false;

let browser: Browser | undefined;
let proxy: DeadEndProxy | undefined;
const createdDirs: string[] = [];
/** Requests the page made that the replicas do not answer: each was aborted. */
const blocked: string[] = [];

function writePolicy() {
  for (let dir = dirname(POLICY_FILE); !existsSync(dir); dir = dirname(dir)) createdDirs.unshift(dir);
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: managedSettings } } } }, null, 2));
}

function removePolicy() {
  rmSync(POLICY_FILE, { force: true });
  for (const dir of [...createdDirs].reverse()) rmdirSync(dir);
  createdDirs.length = 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout: number, what: string): Promise<T> {
  const until = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(value)})`);
    await sleep(100);
    value = await read();
  }
  return value;
}

/** The welcome tab the add-on opens on install: an extension page, so it can read the add-on's storage. */
async function extensionPage(b: Browser): Promise<Page> {
  return poll(
    async () => {
      for (const page of await b.pages()) {
        // BiDi reports extension tabs as about:blank; their realm knows better.
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension://') && href.endsWith('/welcome.html')) return page;
      }
      return undefined;
    },
    (page) => page !== undefined,
    15_000,
    'the welcome tab',
  ) as Promise<Page>;
}

type ManagedRecord = { policy: Record<string, unknown>; diagnostics: { key: string; reason: string }[]; readAt: number | null };

async function openFacebook(b: Browser): Promise<Page> {
  const page = await b.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('moz-extension:') || url.startsWith('data:')) return void request.continue();
    const response = fixtureResponse(url);
    if (!response) {
      blocked.push(url);
      return void request.abort();
    }
    void request.respond({ status: response.status, contentType: response.contentType, body: response.body });
  });
  await page.goto(SITES.facebook.url);
  await page.waitForFunction(() => window.__fixtureReady === true, { timeout: 15_000 });
  return page;
}

const posts = (page: Page) => page.evaluate(() => window.__posts.map((p) => p.text));
const focusIsOurs = (page: Page) => page.evaluate((tag) => document.activeElement?.localName === tag, UI_TAG);

/** Types a post in the replica's composer, as a person would, and presses Post. */
async function writeAndPost(page: Page, text: string) {
  await page.click('[data-fixture="open-composer"]');
  await page.waitForSelector('[role="dialog"] [contenteditable="true"]');
  await page.click('[role="dialog"] [contenteditable="true"]');
  await page.keyboard.type(text);
  // The check runs on each keystroke after a short debounce; a person reads the badge first.
  await sleep(800);
  await page.click('[role="dialog"] [aria-label="Post"]');
}

/** The guard paused the post: our dialog has focus, and after a further wait nothing was sent. */
async function expectHeld(page: Page, text: string) {
  await writeAndPost(page, text);
  await poll(() => focusIsOurs(page), (ours) => ours, 10_000, `the pause dialog for "${text}"`);
  // A post the guard had not checked is let out within 3 s (fail open): wait past that.
  await sleep(3_500);
  assert.deepEqual(await posts(page), [], `"${text}" must not be sent`);
}

async function expectSent(page: Page, text: string) {
  await writeAndPost(page, text);
  const sent = await poll(() => posts(page), (p) => p.length > 0, 10_000, `"${text}" to be sent`);
  assert.deepEqual(sent, [text], 'sent exactly once, text intact');
  assert.equal(await focusIsOurs(page), false, 'no pause dialog');
}

before(async () => {
  if (skip) return;
  await buildFixtures();
  proxy = await startDeadEndProxy();
  // Interrupted (Ctrl+C, CI's timeout): still remove the machine-wide file.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      removePolicy();
      process.exit(130);
    });
  writePolicy();
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: proxyPrefs(proxy.port),
      // Release builds honour services.settings.server (in proxyPrefs) only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
  } catch (e) {
    removePolicy();
    throw e;
  }
});

after(async () => {
  await browser?.close();
  await proxy?.close();
  // Always: the file applies to every Firefox on this machine.
  if (!skip) removePolicy();
});

test('the add-on loads in Firefox, reads the 3rdparty policy and guards posts on the Facebook replica', { skip, timeout: 110_000 }, async () => {
  const b = browser!;
  try {
    // A temporary add-on keeps the manifest's gecko id, which is what the policy names.
    assert.equal(await b.installExtension(EXTENSION_DIR), GECKO_ID);

    // The background read storage.managed from the policy: the bad key is reported, the rest kept.
    const welcome = await extensionPage(b);
    const readManaged = () =>
      welcome.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).browser;
        return ((await api.storage.local.get('managed')).managed ?? null) as ManagedRecord | null;
      });
    const managed = await poll(readManaged, (m) => m?.readAt != null, 10_000, 'the managed policy to be read');
    assert.deepEqual(managed!.policy, { organisationNames: ['Wexcombe'], extraConfidentialTerms: ['Project Falcon'] });
    assert.deepEqual(managed!.diagnostics.map((d) => d.key), ['pauseSeverity']);
    // The file has done its work (Firefox reads policies once, at start-up): remove it now.
    removePolicy();

    const page = await openFacebook(b);
    // Control: the same post with a term the policy does not name goes out at once.
    await expectSent(page, 'Lovely walk by the canal this morning, then a chat about Project Kestrel');
    await page.reload();
    await page.waitForFunction(() => window.__fixtureReady === true);
    // Only IT's extraConfidentialTerms make this one serious.
    await expectHeld(page, 'Lovely walk by the canal this morning, then a chat about Project Falcon');
    await page.reload();
    await page.waitForFunction(() => window.__fixtureReady === true);
    // Built in: a validated NI number.
    await expectHeld(page, 'My NI number is AB123456C');

    assert.deepEqual(blocked, [], 'the page asked for nothing beyond the replica');
    assert.deepEqual(proxy!.attempts, [], 'nothing tried to leave the machine');
  } finally {
    removePolicy();
  }
});
