import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routeFixtures } from '../fixtures/sites/serve';

/** The built Chrome extension, loaded into a real Chromium (Debian's by default). */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error('Build the extension first: npm run build');
  return chromium.launchPersistentContext('', {
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--headless=new'],
  });
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; blocked: string[]; setSettings: (s: object) => Promise<void>; openSite: (url: string) => Promise<Page> }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  blocked: async ({ context }, use) => {
    const blocked = await routeFixtures(context);
    await use(blocked);
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
  setSettings: async ({ context, extensionId }, use) => {
    await use(async (settings) => {
      // onInstalled normalises settings and then opens the welcome tab: wait for it so our
      // settings are not overwritten by that first write.
      if (!context.pages().some((p) => p.url().includes(`${extensionId}/welcome.html`)))
        await context.waitForEvent('page', { predicate: (p) => p.url().includes('/welcome.html'), timeout: 10_000 });
      const [worker] = context.serviceWorkers();
      await worker.evaluate(async (s: object) => {
        const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
        const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as object;
        await chrome.storage.local.set({ settings: { ...current, ...s, welcomed: true } });
      }, settings);
    });
  },
  openSite: async ({ context, blocked, extensionId }, use) => {
    void blocked;
    void extensionId;
    await use(async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__fixtureReady === true);
      return page;
    });
  },
});
export const expect = test.expect;
