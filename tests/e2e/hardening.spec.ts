import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badgeText, guardUi, pauseOpen } from './guard-ui';
import { posts } from './sites';

const X = 'https://x.com/home';
const composer = (page: Page) => page.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').first();
const post = (page: Page) => page.locator('[data-testid="tweetButtonInline"]');

async function readLog(context: BrowserContext) {
  const [worker] = context.serviceWorkers();
  return worker.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('postwise-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = [...open.result.objectStoreNames];
          if (!names.includes('entries')) return resolve([]);
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => resolve(all.result as Record<string, unknown>[]);
        };
      }),
  );
}

test("a page-forged WXT 'content-script-started' event does not switch the guard off", async ({ openSite, extensionId }) => {
  const page = await openSite(X);
  const forge = (id: string) =>
    page.evaluate((extId) => {
      // What WXT's ContentScriptContext listens for, for every name our content script could have.
      for (const name of ['content', 'page-start', 'guard'])
        document.dispatchEvent(
          new CustomEvent(`${extId}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'forged' } }),
        );
    }, id);
  // Before the guard loads (only the page-start script is there) and after.
  await forge(extensionId);
  await composer(page).click();
  await page.keyboard.type('Hello');
  await expect.poll(() => guardUi(page).count('.pw-anchor')).toBeGreaterThan(0);
  await forge(extensionId);
  await page.keyboard.type(' my NI number is AB123456C');
  await post(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  expect(await posts(page)).toEqual([]);
});

test('nothing announces the extension to the page: no postMessage, no event or markup with its id', async ({ context, extensionId, openSite }) => {
  await context.addInitScript((id: string) => {
    const w = window as unknown as { __seen: string[] };
    w.__seen = [];
    // The page's own postMessage calls (Draft.js schedules work with them) go through the page's
    // window.postMessage; a content script's would not. Count the page's, report any other.
    const own: string[] = [];
    const send = window.postMessage.bind(window) as (data: unknown, origin: string) => void;
    window.postMessage = ((data: unknown, origin: string) => {
      own.push(JSON.stringify(data));
      send(data, origin);
    }) as typeof window.postMessage;
    addEventListener(
      'message',
      (e) => {
        const key = JSON.stringify(e.data);
        const at = own.indexOf(key);
        if (at >= 0) own.splice(at, 1);
        else w.__seen.push(`message:${key}`);
      },
      true,
    );
    // The event names WXT's content-script context would dispatch on document, with the real id.
    for (const name of ['content', 'page-start', 'guard'])
      for (const event of ['wxt:content-script-started', 'wxt:locationchange'])
        document.addEventListener(`${id}:${name}:${event}`, () => w.__seen.push(`event:${name}:${event}`), true);
  }, extensionId);
  const page = await openSite(X);
  await composer(page).click();
  await page.keyboard.type('My NI number is AB123456C');
  await expect.poll(() => badgeText(page)).toContain('policy note');
  await post(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  await guardUi(page).click('[data-action="post-anyway"]');
  await expect.poll(() => posts(page)).toHaveLength(1);
  // The listener is live: a message the page did not send through its own postMessage is seen.
  await page.evaluate(() => dispatchEvent(new MessageEvent('message', { data: 'not-sent-by-the-page' })));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual(['message:"not-sent-by-the-page"']);
  // Neither the DOM nor anything the page can read names the extension.
  expect(await page.evaluate((id) => document.documentElement.outerHTML.includes(id), extensionId)).toBe(false);
});

test("the page cannot reach into the guard's UI: its shadow root is closed", async ({ openSite }) => {
  const page = await openSite(X);
  await composer(page).click();
  await page.keyboard.type('My NI number is AB123456C');
  await post(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  const seen = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll('postwise-guard')];
    return {
      hosts: hosts.length,
      shadowRoots: hosts.map((h) => h.shadowRoot),
      // A second root cannot be attached over ours, and our text is not in the light DOM.
      attach: hosts.map((h) => {
        try {
          h.attachShadow({ mode: 'open' });
          return 'attached';
        } catch {
          return 'refused';
        }
      }),
      text: document.body.innerText.includes('Check this before it goes out'),
      // Events from inside our UI arrive retargeted to the host: the page sees no inner node.
    };
  });
  expect(seen.hosts).toBeGreaterThan(0);
  expect(seen.shadowRoots.every((r) => r === null)).toBe(true);
  expect(seen.attach.every((a) => a === 'refused')).toBe(true);
  expect(seen.text).toBe(false);
});

test('a synthetic click on "Post anyway" does nothing; only a real one posts', async ({ openSite, context }) => {
  const page = await openSite(X);
  const ui = guardUi(page);
  await composer(page).click();
  await page.keyboard.type('My NI number is AB123456C');
  await post(page).click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  // Even with a reference to the button (which the page cannot get), script clicks are ignored.
  await ui.evaluate(`(() => {
    const b = [...document.querySelectorAll('postwise-guard')].map((h) => chrome.dom.openOrClosedShadowRoot(h)?.querySelector('[data-action="post-anyway"]')).find(Boolean);
    b.click();
    b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  })()`);
  // A forged click on the host and on the site's Post from the page's own world change nothing either.
  await page.evaluate(() => {
    document.querySelector('postwise-guard')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  await page.waitForTimeout(800);
  expect(await pauseOpen(page)).toBe(1);
  expect(await posts(page)).toEqual([]);
  expect((await readLog(context)).map((e) => e.action)).not.toContain('posted-anyway');
  // The person's own click goes through, once.
  await ui.click('[data-action="post-anyway"]');
  await expect.poll(() => posts(page)).toHaveLength(1);
  await expect.poll(async () => (await readLog(context)).map((e) => e.action)).toContain('posted-anyway');
});

test('if the page has taken our element name, posting works as without the extension and the failure is logged', async ({ context, openSite }) => {
  await context.addInitScript(() => {
    // A page (or another extension) defines <postwise-guard> and gives it its own shadow root.
    customElements.define(
      'postwise-guard',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
      },
    );
  });
  const page = await openSite(X);
  await composer(page).click();
  await page.keyboard.type('My NI number is AB123456C');
  // Give the guard time to load and fail.
  await expect.poll(async () => (await readLog(context)).filter((e) => e.action === 'error').length, { timeout: 10_000 }).toBeGreaterThan(0);
  await post(page).click();
  // The first click posts: nothing was swallowed.
  await expect.poll(() => posts(page)).toHaveLength(1);
  expect((await posts(page))[0].text).toBe('My NI number is AB123456C');
  const errors = (await readLog(context)).filter((e) => e.action === 'error');
  // Every composer on the page fails to mount (the post box and the DM box), in whichever order the scan found them.
  const onPost = errors.find((e) => e.surface === 'post');
  expect(onPost).toMatchObject({ platform: 'x', surface: 'post' });
  expect(String(onPost?.detail)).toMatch(/mount failed/);
  expect(JSON.stringify(errors)).not.toContain('AB123456C');
});

test('if the page removes our UI, the pause cannot show: the post goes through and the failure is logged', async ({ context, openSite }) => {
  await context.addInitScript(() => {
    // A page that strips elements it does not know, as some sanitising frameworks do.
    new MutationObserver(() => document.querySelectorAll('postwise-guard').forEach((el) => el.remove())).observe(document, { childList: true, subtree: true });
  });
  const page = await openSite(X);
  await composer(page).click();
  await page.keyboard.type('My NI number is AB123456C');
  await page.waitForTimeout(500);
  await post(page).click();
  await expect.poll(() => posts(page)).toHaveLength(1);
  await expect.poll(async () => (await readLog(context)).filter((e) => e.action === 'error').map((e) => String(e.detail))).toEqual([expect.stringMatching(/pause could not be shown/)]);
  expect((await readLog(context)).map((e) => e.action)).not.toContain('paused');
});
