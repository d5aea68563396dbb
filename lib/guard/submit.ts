/** How a post was about to leave: a click on Post/Send, plain Enter where Enter sends, or Ctrl/Cmd+Enter. */
export type SubmitTrigger = 'click' | 'enter' | 'shortcut';

/** What the interceptor needs from a composer's guard (kept structural so page start stays small). */
export interface SubmitTarget {
  readonly element: HTMLElement;
  readonly surface: 'post' | 'reply' | 'message';
  readonly composer: { enterSends(): boolean };
  submitButton(): HTMLElement | null;
  /** `caret` is where the caret was when the post was sent, if known (a post held while the guard loaded). */
  allowSubmit(trigger?: SubmitTrigger, caret?: Range | [number, number] | null): boolean;
  /** True between "Post anyway" and the re-press it makes, so a shared control can resume the check. */
  resuming?(): boolean;
}

/**
 * Sends a post again the way the person sent it: the same Enter where Enter sends, else the
 * site's own Post (more reliable than a synthetic shortcut, which sites may ignore), else
 * Ctrl+Enter in the editor. Used after "Post anyway" and for a post held while the guard loaded.
 */
export function resendAs(element: HTMLElement, trigger: SubmitTrigger, button: HTMLElement | null): void {
  const key = (ctrlKey: boolean) =>
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey, bubbles: true, cancelable: true, composed: true }));
  if (trigger === 'enter') key(false);
  else if (button?.isConnected && !isDisabled(button)) button.click();
  else key(true);
}

export const isDisabled = (el: HTMLElement) => el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled;

/** Plain Enter as a person presses it to send: no modifier, and not confirming an IME composition. */
export function isPlainEnter(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing && e.keyCode !== 229;
}

/**
 * Pauses every way a post leaves: a capture-phase click on the site's submit control, plain
 * Enter in composers where Enter sends (Shift+Enter still types a newline), and Ctrl/Cmd+Enter.
 * A control several composers share (X's "Post all" for a thread) is let through only when every
 * one of them allows it. Any failure lets the post through: the extension must never be the
 * reason a post cannot be sent.
 */
export function installSubmitGuard(guards: () => readonly SubmitTarget[], onError: (e: unknown, guard: SubmitTarget) => void, target: Window = window): () => void {
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const onClick = (e: MouseEvent) => {
    const path = e.composedPath();
    const sharing = guards().filter((guard) => {
      try {
        const button = guard.submitButton();
        return !!button && path.includes(button);
      } catch (err) {
        onError(err, guard);
        return false;
      }
    });
    if (!sharing.length) return;
    // A synthetic click is the site's own, or our "Post anyway" re-press: the latter resumes the
    // check with the composers after the one the person let through (a thread's later tweets).
    let from = 0;
    if (!e.isTrusted) {
      from = sharing.findIndex((guard) => guard.resuming?.());
      if (from < 0) return;
    }
    for (const guard of sharing.slice(from)) {
      try {
        // A disabled Post does nothing on the site: nothing to pause.
        const button = guard.submitButton();
        if (!button || isDisabled(button)) return;
        if (!guard.allowSubmit('click')) return stop(e);
      } catch (err) {
        onError(err, guard);
      }
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    const shortcut = e.ctrlKey || e.metaKey;
    if (!shortcut && !isPlainEnter(e)) return;
    const path = e.composedPath();
    for (const guard of guards()) {
      if (!path.includes(guard.element)) continue;
      try {
        // Synthetic keys pass untouched; our own "Post anyway" re-press uses up its one pass.
        if (!e.isTrusted) {
          if (guard.resuming?.()) guard.allowSubmit(shortcut ? 'shortcut' : 'enter');
        } else if ((shortcut || guard.composer.enterSends()) && !guard.allowSubmit(shortcut ? 'shortcut' : 'enter')) stop(e);
      } catch (err) {
        onError(err, guard);
      }
      return;
    }
  };

  // Window capture runs before any listener the page adds, including React's root listeners
  // and Lexical's own keydown handling (Facebook empties the editor as it submits).
  target.addEventListener('click', onClick, true);
  target.addEventListener('keydown', onKeyDown, true);
  return () => {
    target.removeEventListener('click', onClick, true);
    target.removeEventListener('keydown', onKeyDown, true);
  };
}
