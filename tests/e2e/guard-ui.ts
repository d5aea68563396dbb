import type { CDPSession, Frame, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The guard's UI lives in a CLOSED shadow root, which Playwright's locators (and the page) cannot
 * enter. Tests read it from the extension's own isolated world over CDP, where Chrome's
 * `chrome.dom.openOrClosedShadowRoot` opens it, and act on it as a person would: real (trusted)
 * mouse clicks at an element's on-screen centre and real key presses after focusing it.
 */
export interface GuardUi {
  count(selector: string, hasText?: string): Promise<number>;
  texts(selector: string): Promise<string[]>;
  text(selector: string, hasText?: string): Promise<string>;
  box(selector: string, hasText?: string): Promise<{ x: number; y: number; width: number; height: number } | null>;
  click(selector: string, hasText?: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  /** The focused element inside our UI, as `tag.class[data-action]`, or null. */
  focused(): Promise<string | null>;
  /** Evaluates `fn(shadowRoots)` in the extension's isolated world (for attacks and geometry). */
  evaluate<T>(fn: string): Promise<T>;
}

type Ctx = { id: number; name: string; origin: string; auxData?: { frameId?: string; type?: string } };

const sessions = new WeakMap<Page, { session: CDPSession; contexts: Map<number, Ctx> }>();

async function cdp(page: Page) {
  let entry = sessions.get(page);
  if (!entry) {
    const session = await page.context().newCDPSession(page);
    const contexts = new Map<number, Ctx>();
    session.on('Runtime.executionContextCreated', ({ context }: { context: Ctx }) => contexts.set(context.id, context));
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => contexts.delete(executionContextId));
    session.on('Runtime.executionContextsCleared', () => contexts.clear());
    await session.send('Runtime.enable');
    entry = { session, contexts };
    sessions.set(page, entry);
  }
  return entry;
}

type FrameNode = { frame: { id: string; url: string }; childFrames?: FrameNode[] };

/** The CDP id of a Playwright frame (same-origin iframes share the page's CDP target). */
function frameIdOf(tree: FrameNode, target: Page | Frame): string | undefined {
  if (!('parentFrame' in target) || !target.parentFrame()) return tree.frame.id;
  const url = target.url();
  const walk = (node: FrameNode): string | undefined => (node.frame.url === url ? node.frame.id : node.childFrames?.map(walk).find(Boolean));
  return tree.childFrames?.map(walk).find(Boolean);
}

const pageOf = (target: Page | Frame): Page => ('parentFrame' in target ? target.page() : target);

async function isolatedEval<T>(target: Page | Frame, expression: string): Promise<T> {
  const { session, contexts } = await cdp(pageOf(target));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const tree = (await session.send('Page.getFrameTree')).frameTree as FrameNode;
    const frameId = frameIdOf(tree, target);
    const ctx = [...contexts.values()].find((c) => c.name === 'Postwise' && c.auxData?.type === 'isolated' && c.auxData.frameId === frameId);
    if (ctx) {
      const res = (await session.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true, awaitPromise: true })) as {
        result: { value?: T };
        exceptionDetails?: { exception?: { description?: string }; text: string };
      };
      if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
      return res.result.value as T;
    }
    if (Date.now() > deadline) throw new Error("the extension's isolated world was not found in this page");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** JS (run in the isolated world) that lists elements matching a selector in every guard UI. */
const findIn = (selector: string, hasText?: string, host?: number) => `(() => {
  const hosts = [...document.querySelectorAll('postwise-guard')];
  const only = ${JSON.stringify(host ?? null)};
  const roots = (only === null ? hosts : hosts.slice(only, only + 1)).map((h) => chrome.dom.openOrClosedShadowRoot(h)).filter(Boolean);
  const all = roots.flatMap((r) => [...r.querySelectorAll(${JSON.stringify(selector)})]);
  const text = ${JSON.stringify(hasText ?? null)};
  return text === null ? all : all.filter((e) => e.textContent.includes(text));
})()`;

/**
 * The guard UI of a page, or of a same-origin iframe (whose own copy of the guard mounts its UI
 * in that frame's document); `host` picks one composer's UI by mount order (e.g. one tweet of a thread).
 */
export function guardUi(target: Page | Frame, { host }: { host?: number } = {}): GuardUi {
  const page = pageOf(target);
  const find = (selector: string, hasText?: string) => findIn(selector, hasText, host);
  // Boxes inside an iframe are in its viewport: the mouse needs them in the page's.
  const frameOffset = async () => {
    if (!('parentFrame' in target) || !target.parentFrame()) return { x: 0, y: 0 };
    const el = await target.frameElement();
    const outer = await el.boundingBox();
    const inner = await el.evaluate((f) => ({ x: (f as Element).clientLeft, y: (f as Element).clientTop }));
    return { x: (outer?.x ?? 0) + inner.x, y: (outer?.y ?? 0) + inner.y };
  };
  const box: GuardUi['box'] = (selector, hasText) =>
    isolatedEval(
      target,
      `(() => { const e = ${find(selector, hasText)}[0]; if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })()`,
    );
  const ui: GuardUi = {
    count: (selector, hasText) => isolatedEval(target, `${find(selector, hasText)}.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length`),
    texts: (selector) => isolatedEval(target, `${find(selector)}.map((e) => e.textContent)`),
    text: async (selector, hasText) => (await isolatedEval<string | null>(target, `${find(selector, hasText)}[0]?.textContent ?? null`)) ?? '',
    box,
    async click(selector, hasText) {
      const deadline = Date.now() + 10_000;
      let b = await box(selector, hasText);
      while ((!b || b.width === 0) && Date.now() < deadline) {
        await page.waitForTimeout(100);
        b = await box(selector, hasText);
      }
      if (!b || b.width === 0) throw new Error(`no visible ${selector} ${hasText ?? ''} in the guard UI`);
      // A person clicks what has stopped moving: a check landing a moment later can still grow the panel.
      for (let prev = b; Date.now() < deadline; prev = b) {
        await page.waitForTimeout(80);
        b = (await box(selector, hasText)) ?? prev;
        if (b.x === prev.x && b.y === prev.y && b.width === prev.width && b.height === prev.height) break;
      }
      const offset = await frameOffset();
      await page.mouse.click(offset.x + b.x + b.width / 2, offset.y + b.y + b.height / 2);
    },
    async fill(selector, value) {
      const focus = () => isolatedEval<boolean>(target, `(() => { const e = ${find(selector)}[0]; if (!e) return false; e.focus(); e.select?.(); return true; })()`);
      const deadline = Date.now() + 10_000;
      let ok = await focus();
      while (!ok && Date.now() < deadline) {
        await page.waitForTimeout(100);
        ok = await focus();
      }
      if (!ok) throw new Error(`no ${selector} in the guard UI`);
      await page.keyboard.insertText(value);
    },
    focused: () =>
      isolatedEval(
        target,
        `(() => { for (const h of document.querySelectorAll('postwise-guard')) { const a = chrome.dom.openOrClosedShadowRoot(h)?.activeElement; if (a) return a.tagName.toLowerCase() + (a.className ? '.' + String(a.className).split(' ').join('.') : '') + (a.dataset.action ? '[' + a.dataset.action + ']' : ''); } return null; })()`,
      ),
    evaluate: (expression) => isolatedEval(target, expression),
  };
  return ui;
}

/** The usual questions about the guard UI, as pollable functions. */
export const badgeText = (page: Page | Frame) => guardUi(page).text('.pw-badge');
export const badgeCount = (page: Page | Frame) => guardUi(page).count('.pw-badge');
export const pauseOpen = (page: Page | Frame) => guardUi(page).count('dialog.pw-pause[open]');

/** The dialog covers the whole viewport and its card (with every button) lies inside it. */
export async function expectFillsViewport(page: Page) {
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

