import { browser } from 'wxt/browser';
import type { SiteAdapter } from '../sites/types';
import type { Lifecycle } from './lifecycle';
import { installSubmitGuard, type SubmitTarget } from './submit';

/** Filled in by the guard once it is loaded; until then nothing is intercepted. */
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
  // Installed at document start so our capture listeners run before any the page adds later.
  const registry: GuardRegistry = { targets: () => [] };
  const uninstall = installSubmitGuard(
    () => registry.targets(),
    // Fail open, and say so in the local log.
    (e, target) =>
      void browser.runtime
        .sendMessage({ type: 'log', entry: { platform: adapter.platform, surface: target.surface, action: 'error', detail: `submit check failed: ${String(e)}`.slice(0, 500) } })
        .catch(() => {}),
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
