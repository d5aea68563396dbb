import { browser } from 'wxt/browser';
import { check } from '../engine/check';
import { checkWhenIdle } from '../engine/idle';
import type { AccountKind } from '../engine/types';
import { getPack, hasPack } from '../packs';
import { checklistFor } from '../packs/checklist';
import { isPaused, loadSiteChoices, saveSiteChoice, watchSiteChoices, type SiteChoices } from '../settings/site-choices';
import { checkSettings } from '../settings/resolve';
import type { Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/store';
import { openShadowRoots } from '../sites/dom';
import type { Composer, SiteAdapter } from '../sites/types';
import { readText } from '../editors/text';
import { ComposerGuard } from './controller';
import type { GuardRegistry } from './bootstrap';
import { watchHealth, type HealthProblem } from './health';
import { t } from '../i18n';
import { msUntil } from '../settings/pause';
import type { Lifecycle } from './lifecycle';
import type { LogEntry } from './messages';

/**
 * The guard proper, loaded on first focus in a composer: finds composers as they appear and
 * vanish, gives each one a ComposerGuard, and intercepts Post. Every entry point is wrapped
 * so that a failure here leaves the site working as if the extension were not installed.
 */
export async function startGuard(ctx: Lifecycle, adapter: SiteAdapter, registry: GuardRegistry): Promise<void> {
  let settings = await loadSettings();
  // The person's per-site choices (account auto/personal/council, a pause). Fail open the other
  // way too: unreadable storage means "auto" and not paused, so the site is guarded as usual.
  let choices: SiteChoices = await loadSiteChoices().catch(() => ({}));
  const pack = () => getPack(hasPack(settings.pack) ? settings.pack : 'common');
  const guards = new Map<HTMLElement, ComposerGuard>();
  const stopHealth = new Map<HTMLElement, () => void>();
  const attachments = new WeakMap<ComposerGuard, boolean>();

  const log = (entry: Omit<LogEntry, 'platform' | 'surface'>, composer: Composer) => {
    browser.runtime.sendMessage({ type: 'log', entry: { ...entry, platform: adapter.platform, surface: composer.surface } }).catch(() => {});
  };

  const pausedUntil = () => {
    const choice = choices[adapter.platform];
    return settings.allowSitePause && isPaused(choice) ? choice!.pausedUntil! : null;
  };

  const contextFor = (account: AccountKind) => ({ pack: pack(), platform: adapter.platform, account, ...checkSettings(settings) });
  // One warm-up per settings: the pack compiled in slices while the person starts to type.
  let warming: { settings: Settings; done: Promise<unknown> } | undefined;
  const warm = () => {
    if (warming?.settings === settings) return warming.done;
    warming = { settings, done: checkWhenIdle('', contextFor('personal')).catch(() => {}) };
    return warming.done;
  };

  const env = {
    ctx,
    adapter,
    settings: () => settings,
    pack,
    pausedUntil,
    check(text: string, account: AccountKind) {
      if (settings.faultInjection === 'check') throw new Error('fault injected for testing');
      return check(text, contextFor(account));
    },
    async checkLater(text: string, account: AccountKind, signal: AbortSignal) {
      if (settings.faultInjection === 'check') throw new Error('fault injected for testing');
      // Wait for a warm-up under way rather than compile the pack twice over.
      await warm();
      return checkWhenIdle(text, contextFor(account), { signal });
    },
    warm: () => void warm(),
    log,
    accountChoice: () => choices[adapter.platform]?.account ?? 'auto',
    chooseAccount(kind: 'personal' | 'council') {
      // Effective at once in this page; stored for the site (the popup shows and changes it).
      choices = { ...choices, [adapter.platform]: { ...(choices[adapter.platform] ?? {}), account: kind } };
      saveSiteChoice(adapter.platform, { account: kind }).catch((e) => console.warn('[Postwise] could not store the account choice', e));
    },
    checklist: () => checklistFor(pack(), settings),
  };

  const scan = () => {
    try {
      // Open shadow roots at any depth: the page's observers and ours see none of them otherwise.
      // (Same-origin iframes run their own copy of the page-start script: see entrypoints/page-start.ts.)
      const roots: ParentNode[] = [document, ...openShadowRoots(document)];
      const found = roots.flatMap((root) => adapter.findComposers(root));
      for (const composer of found) {
        if (guards.has(composer.element)) continue;
        const guard = new ComposerGuard(composer, env);
        guards.set(composer.element, guard);
        guard.mount().catch((e) => log({ action: 'error', detail: `mount failed: ${String(e)}`, categories: [], ruleIds: [] }, composer));
        stopHealth.set(composer.element, watchHealth({
          composer,
          findSubmit: () => adapter.findSubmit(composer),
          readText: () => readText(composer),
          report(problem) {
            guard.setHealth(problem && healthAdvice(problem));
            // What broke and where, never the text.
            if (problem) log({ action: 'error', detail: `cannot check this box (${composer.kind}): ${problem}`, categories: [], ruleIds: [] }, composer);
          },
        }));
      }
      // An upload's preview appearing (or going) in a composer's box changes its reminder now,
      // not at the next key.
      for (const guard of guards.values()) {
        const attached = guard.hasAttachment();
        if (attached !== (attachments.get(guard) ?? false)) {
          attachments.set(guard, attached);
          guard.refresh();
        }
      }
      for (const [element, guard] of guards) {
        if (!element.isConnected) {
          guard.dispose();
          guards.delete(element);
          stopHealth.get(element)?.();
          stopHealth.delete(element);
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

  // A shadow root attached after its host was inserted changes nothing an observer sees: focus
  // or a press landing in an editable we do not know yet is the cue to look again.
  const onFocus = (e: Event) => {
    let target = e.composedPath()[0];
    if (target instanceof Text) target = target.parentElement ?? target;
    if (!(target instanceof HTMLElement) || !(target.isContentEditable || target instanceof HTMLTextAreaElement)) return;
    for (const element of guards.keys()) if (element === target || element.contains(target)) return;
    scan();
  };
  addEventListener('focusin', onFocus, true);
  addEventListener('pointerdown', onFocus, true);

  const rerunAll = () => {
    for (const guard of guards.values()) guard.refresh();
  };
  // A pause ends by itself at its time, or at once when the person resumes from the popup.
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  const armPauseEnd = () => {
    clearTimeout(pauseTimer);
    const until = pausedUntil();
    if (until) pauseTimer = setTimeout(() => (pausedUntil() ? armPauseEnd() : rerunAll()), msUntil(until) + 50);
  };
  armPauseEnd();
  // A change in the popup (account mode, pause, resume) applies live, to every composer on the page.
  const stopChoices = watchSiteChoices((next) => {
    choices = next;
    armPauseEnd();
    rerunAll();
  });

  watchSettings((next) => {
    settings = next;
    armPauseEnd();
    rerunAll();
  });

  registry.targets = () => [...guards.values()];
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(pauseTimer);
    stopChoices();
    removeEventListener('focusin', onFocus, true);
    removeEventListener('pointerdown', onFocus, true);
    for (const guard of guards.values()) guard.dispose();
    for (const stop of stopHealth.values()) stop();
  });
  scan();
}

export type { Settings };

const healthAdvice = (problem: HealthProblem) => t(problem === 'no-submit' ? 'guard.healthNoSubmit' : 'guard.healthUnreadable');
