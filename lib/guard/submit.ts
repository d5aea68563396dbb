/** What the interceptor needs from a composer's guard (kept structural so page start stays small). */
export interface SubmitTarget {
  readonly element: HTMLElement;
  readonly surface: 'post' | 'reply' | 'message';
  submitButton(): HTMLElement | null;
  allowSubmit(): boolean;
}

/**
 * Pauses the site's Post/Send (a capture-phase click on its submit control) and Ctrl/Cmd+Enter
 * in a composer — never plain Enter, which must still type a newline. Any failure lets the
 * post through: the extension must never be the reason a post cannot be sent.
 */
export function installSubmitGuard(guards: () => readonly SubmitTarget[], onError: (e: unknown, guard: SubmitTarget) => void): () => void {
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const onClick = (e: MouseEvent) => {
    // Our own "Post anyway" re-click (and the site's own synthetic clicks) pass untouched.
    if (!e.isTrusted) return;
    const path = e.composedPath();
    for (const guard of guards()) {
      let button: HTMLElement | null = null;
      try {
        button = guard.submitButton();
        if (!button || !path.includes(button)) continue;
        // A disabled Post does nothing on the site: nothing to pause.
        if (button.getAttribute('aria-disabled') === 'true' || (button as HTMLButtonElement).disabled) return;
        if (!guard.allowSubmit()) stop(e);
      } catch (err) {
        onError(err, guard);
      }
      if (button && path.includes(button)) return;
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !e.isTrusted) return;
    const path = e.composedPath();
    for (const guard of guards()) {
      if (!path.includes(guard.element)) continue;
      try {
        if (!guard.allowSubmit()) stop(e);
      } catch (err) {
        onError(err, guard);
      }
      return;
    }
  };

  // Window capture runs before any listener the page adds, including React's root listeners.
  addEventListener('click', onClick, true);
  addEventListener('keydown', onKeyDown, true);
  return () => {
    removeEventListener('click', onClick, true);
    removeEventListener('keydown', onKeyDown, true);
  };
}
