import type { Composer, SiteAdapter } from '../sites/types';
import { caretIn, type Caret } from '../editors/text';
import { resendAs, type SubmitTarget, type SubmitTrigger } from './submit';

/** A post the person tried to send before the guard had loaded. */
export interface HeldSubmit {
  element: HTMLElement;
  trigger: SubmitTrigger;
  button: HTMLElement | null;
  /** Where the caret was as it was sent, so "Edit post" on the guard's pause can put it back. */
  caret: Caret | null;
}

/** How long a post may be held while the guard loads before it is let go unchecked (fail open). */
export const HOLD_LIMIT_MS = 3000;

const hasText = (el: HTMLElement) => ((el instanceof HTMLTextAreaElement ? el.value : el.textContent) ?? '').trim() !== '';

/**
 * Stand-in submit targets for the moment between page start and the guard being ready (the
 * guard chunk, engine and packs load on first focus, which takes a few hundred milliseconds).
 * A Post, Enter-to-send or Ctrl+Enter from a composer with text in that window is held, not
 * lost and not let out unchecked; `release` then runs it through the real guard.
 */
export function createColdStart(adapter: SiteAdapter, onHold: () => void) {
  let held: HeldSubmit | null = null;
  let active = true;
  // A press on a site's Post (often a <div role="button">) moves the selection into it, so the
  // caret is read as focus leaves an editable box, as the guard itself does once loaded.
  let left: { element: HTMLElement; caret: Caret } | null = null;
  const onFocusOut = (e: FocusEvent) => {
    const el = e.composedPath()[0];
    if (!(el instanceof HTMLElement) || !(el.isContentEditable || el instanceof HTMLTextAreaElement)) return;
    const caret = caretIn(el);
    if (caret) left = { element: el, caret };
  };
  addEventListener('focusout', onFocusOut, true);

  const composers = (): Composer[] => {
    // The document, plus the shadow root holding the focused element (a composer in a shadow
    // root is focused before anything can be typed in it). A full walk of every shadow root on
    // each click would cost more than the hold is worth.
    const roots: ParentNode[] = [document];
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot) {
      roots.push(focused.shadowRoot);
      focused = focused.shadowRoot.activeElement;
    }
    return roots.flatMap((root) => adapter.findComposers(root));
  };

  const targets = (): SubmitTarget[] => {
    if (!active) return [];
    return composers().map((composer) => ({
      element: composer.element,
      surface: composer.surface,
      composer,
      submitButton: () => adapter.findSubmit(composer),
      allowSubmit(trigger: SubmitTrigger = 'click') {
        if (!hasText(composer.element)) return true;
        held = { element: composer.element, trigger, button: adapter.findSubmit(composer), caret: caretIn(composer.element) ?? (left?.element === composer.element ? left.caret : null) };
        onHold();
        return false;
      },
      resuming: () => false,
    }));
  };

  /**
   * Sends the held post (if any) through `real` targets: each guard whose composer shares the
   * control must allow it (one may show its pause instead, and its "Post anyway" sends it).
   * With no real targets (the guard failed or took too long) the post goes out as the person
   * sent it: the extension is never the reason a post cannot be sent.
   */
  const release = (real: readonly SubmitTarget[]): HeldSubmit | null => {
    active = false;
    removeEventListener('focusout', onFocusOut, true);
    left = null;
    const pending = held;
    held = null;
    if (!pending) return null;
    const own = real.find((t) => t.element === pending.element);
    const button = (own ? own.submitButton() : null) ?? pending.button;
    if (own) {
      const sharing = pending.trigger === 'click' && button ? real.filter((t) => t.submitButton() === button) : [own];
      for (const target of sharing) if (!target.allowSubmit(pending.trigger, target === own ? pending.caret : null)) return pending;
    }
    resendAs(pending.element, pending.trigger, button);
    return pending;
  };

  return { targets, release, held: () => held };
}
