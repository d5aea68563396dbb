import { browser } from 'wxt/browser';
import { check } from '../engine/check';
import type { AccountKind } from '../engine/types';
import { getPack, hasPack } from '../packs';
import { parseUserSettings, type UserSettings } from '../settings/user';
import type { Composer, SiteAdapter } from '../sites/types';
import { ComposerGuard } from './controller';
import type { GuardRegistry } from './bootstrap';
import type { Lifecycle } from './lifecycle';
import type { LogEntry } from './messages';

/**
 * The guard proper, loaded on first focus in a composer: finds composers as they appear and
 * vanish, gives each one a ComposerGuard, and intercepts Post. Every entry point is wrapped
 * so that a failure here leaves the site working as if the extension were not installed.
 */
export async function startGuard(ctx: Lifecycle, adapter: SiteAdapter, registry: GuardRegistry): Promise<void> {
  let settings = parseUserSettings((await browser.storage.local.get('settings')).settings);
  const guards = new Map<HTMLElement, ComposerGuard>();

  const log = (entry: Omit<LogEntry, 'platform' | 'surface'>, composer: Composer) => {
    browser.runtime.sendMessage({ type: 'log', entry: { ...entry, platform: adapter.platform, surface: composer.surface } }).catch(() => {});
  };

  const env = {
    ctx,
    adapter,
    settings: () => settings,
    check(text: string, account: AccountKind) {
      if (settings.faultInjection === 'check') throw new Error('fault injected for testing');
      return check(text, {
        pack: getPack(hasPack(settings.pack) ? settings.pack : 'common'),
        platform: adapter.platform,
        account,
        settings: { politicallyRestricted: settings.politicallyRestricted },
      });
    },
    log,
  };

  const scan = () => {
    try {
      const roots: ParentNode[] = [document, ...(adapter.extraRoots?.(document) ?? [])];
      const found = roots.flatMap((root) => adapter.findComposers(root));
      for (const composer of found) {
        if (guards.has(composer.element)) continue;
        const guard = new ComposerGuard(composer, env);
        guards.set(composer.element, guard);
        guard.mount().catch((e) => log({ action: 'error', detail: `mount failed: ${String(e)}`, categories: [], ruleIds: [] }, composer));
      }
      for (const [element, guard] of guards) {
        if (!element.isConnected) {
          guard.dispose();
          guards.delete(element);
        }
      }
      for (const root of roots) observe(root);
    } catch (e) {
      console.warn('[Postwise] scan failed', e);
    }
  };

  // Composers come and go in single-page apps: watch for added/removed nodes, batched per frame.
  let queued = false;
  // Typing mutates the editor's own DOM on every key: those changes cannot add or remove a composer.
  const insideGuarded = (node: Node) => {
    for (const element of guards.keys()) if (element.contains(node)) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    if (queued || records.every((r) => insideGuarded(r.target))) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      scan();
    });
  });
  const observed = new WeakSet<ParentNode>();
  const observe = (root: ParentNode) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root instanceof Document ? root.body : root, { childList: true, subtree: true });
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    settings = parseUserSettings((changes.settings as { newValue?: unknown }).newValue);
    for (const guard of guards.values()) guard.runNow();
  });

  registry.targets = () => [...guards.values()];
  ctx.onInvalidated(() => {
    observer.disconnect();
    for (const guard of guards.values()) guard.dispose();
  });
  scan();
}

export type { UserSettings };
