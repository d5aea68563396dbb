import { browser } from 'wxt/browser';
import type { SiteAdapter } from '../sites/types';
import type { Lifecycle } from './lifecycle';
import { createColdStart, HOLD_LIMIT_MS } from './cold-start';
import { installSubmitGuard, type SubmitTarget } from './submit';

/** Filled in by the guard once it is loaded; until then a post is held (lib/guard/cold-start.ts). */
export interface GuardRegistry {
  targets: () => readonly SubmitTarget[];
}

declare global {
  // Shared between the page-start content script and the guard chunk it loads (same isolated world).
  // eslint-disable-next-line no-var
  var __postwiseGuard: { start(ctx: Lifecycle, adapter: SiteAdapter, registry: GuardRegistry): Promise<void> } | undefined;
}

/**
 * The part that runs at page start, kept small: it waits for the person to focus a composer,
 * then asks the background to load the guard (engine, packs and UI) into this page's isolated
 * world. If anything fails, nothing is intercepted and the site works as without the extension.
 */
export function bootstrap(ctx: Lifecycle, adapter: SiteAdapter): void {
  let started = false;
  const logError = (surface: SubmitTarget['surface'], detail: string) =>
    void browser.runtime.sendMessage({ type: 'log', entry: { platform: adapter.platform, surface, action: 'error', detail: detail.slice(0, 500) } }).catch(() => {});
  // A post sent before the guard is ready waits for it (bounded), then goes through its check.
  let holdTimer: ReturnType<typeof setTimeout> | undefined;
  const coldStart = createColdStart(adapter, () => {
    void start();
    holdTimer ??= setTimeout(() => {
      const held = coldStart.release([]);
      if (held) logError('post', `guard not ready within ${HOLD_LIMIT_MS} ms: post let through unchecked`);
    }, HOLD_LIMIT_MS);
  });
  // Installed at document start so our capture listeners run before any the page adds later.
  const registry: GuardRegistry = { targets: coldStart.targets };
  const uninstall = installSubmitGuard(
    () => registry.targets(),
    // Fail open, and say so in the local log.
    (e, target) => logError(target.surface, `submit check failed: ${String(e)}`),
  );
  // Only the extension really going away removes the interceptor (never a page-dispatched event).
  ctx.onInvalidated(uninstall);
  // The composer is looked for in the focused node's own root (a shadow root at any depth).
  const inComposer = (target: EventTarget | undefined) => {
    const el = target instanceof Text ? target.parentElement : target;
    // Cheap test first: only a key or press in something editable can be in a composer.
    if (!(el instanceof HTMLElement) || !(el.isContentEditable || el instanceof HTMLTextAreaElement)) return false;
    return adapter.findComposers(el.getRootNode() as ParentNode).some((c) => c.element === el || c.element.contains(el));
  };

  const start = async () => {
    if (started) return;
    started = true;
    for (const type of CUES) removeEventListener(type, onCue, true);
    try {
      if (!globalThis.__postwiseGuard) await browser.runtime.sendMessage({ type: 'load-guard' });
      await globalThis.__postwiseGuard?.start(ctx, adapter, registry);
    } catch (e) {
      console.warn('[Postwise] guard did not start; posting is unaffected', e);
    } finally {
      clearTimeout(holdTimer);
      // If the guard did not start, registry.targets is still the stand-in: release() then
      // sends any held post unchecked and stops holding.
      const real = registry.targets === coldStart.targets ? [] : registry.targets();
      try {
        coldStart.release(real);
      } catch (e) {
        logError('post', `held post could not be released: ${String(e)}`);
      }
    }
  };
  const onCue = (e: Event) => {
    if (!started && inComposer(e.composedPath()[0])) void start();
  };
  // Focus moving between two elements of one shadow root never reaches the window (both
  // retarget to the host), so a press or a key in the composer is a cue as well.
  const CUES = ['focusin', 'pointerdown', 'keydown'] as const;
  for (const type of CUES) addEventListener(type, onCue, true);
  // A composer that already has focus when we arrive (autofocus) counts too.
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active && inComposer(active)) void start();
}
