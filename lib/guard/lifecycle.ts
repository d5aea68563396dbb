import { browser } from 'wxt/browser';

/** When our in-page code must stop: only when the extension itself has gone. */
export interface Lifecycle {
  readonly isValid: boolean;
  /** Runs `cb` once when the extension is gone; returns a function that unregisters it. */
  onInvalidated(cb: () => void): () => void;
}

const runtimeAlive = () => {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
};

/**
 * Our own content-script lifetime, used instead of WXT's ContentScriptContext. WXT's context is
 * invalidated by a CustomEvent on `document` that any page script can dispatch (switching the
 * guard off), and it announces the extension id to the page through `postMessage` and that event's
 * name. Here the only signal is the extension runtime really going away (reloaded, updated,
 * disabled, removed) — something no page can fake from its own world.
 */
export function createLifecycle(alive: () => boolean = runtimeAlive, every = 5_000): Lifecycle {
  const callbacks = new Set<() => void>();
  let valid = true;
  const check = () => {
    if (!valid || alive()) return valid;
    valid = false;
    clearInterval(timer);
    for (const cb of callbacks) {
      try {
        cb();
      } catch {
        // One failing clean-up must not stop the others.
      }
    }
    callbacks.clear();
    return false;
  };
  // An orphaned script has no event telling it so: look now and then.
  const timer = setInterval(check, every);
  return {
    get isValid() {
      return check();
    },
    onInvalidated(cb) {
      if (!valid) {
        cb();
        return () => {};
      }
      callbacks.add(cb);
      return () => callbacks.delete(cb);
    },
  };
}
