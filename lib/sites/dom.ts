/** DOM helpers shared by the site adapters. Kept tiny: they run at page start. */

/** An editable element however the site spells the attribute (bare, "true", "plaintext-only"). */
export const EDITABLE = ':is([contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"])';

/** querySelectorAll as an array (adapters pass a shadow root as `root` where the site uses one). */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

/** Unique elements, in document order of discovery. */
export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** The nearest ancestor matching `selector`, crossing shadow-root boundaries. */
export function closestAcross(el: Element | null, selector: string): HTMLElement | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest<HTMLElement>(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** A button-like element whose visible text or aria-label is one of `labels` (case-insensitive). */
export function buttonByLabel(scope: ParentNode, labels: readonly string[]): HTMLElement | null {
  const wanted = labels.map((l) => l.toLowerCase());
  for (const b of scope.querySelectorAll<HTMLElement>('[role="button"], button')) {
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().toLowerCase();
    if (wanted.includes(label)) return b;
  }
  return null;
}


/**
 * Walks up from `from` (crossing nothing) and returns the first result of `find` on an ancestor,
 * stopping after an ancestor that matches `stopAt`: the composer's own Post control, not a
 * neighbouring composer's.
 */
export function nearestUp(from: HTMLElement, find: (scope: HTMLElement) => HTMLElement | null, stopAt?: string): HTMLElement | null {
  for (let scope = from.parentElement; scope; scope = scope.parentElement) {
    const found = find(scope);
    if (found) return found;
    if (stopAt && scope.matches(stopAt)) break;
  }
  return null;
}
