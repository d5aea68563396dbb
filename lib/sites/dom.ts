/** DOM helpers shared by the site adapters. Kept tiny: they run at page start. */

/** querySelectorAll that also looks inside the given open shadow roots. */
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

/** The first element under `scope` matching any of the selectors (localised fallbacks last). */
export function firstOf(scope: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const s of selectors) {
    const found = scope.querySelector<HTMLElement>(s);
    if (found) return found;
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

export function isVisible(el: HTMLElement): boolean {
  return el.isConnected && el.getClientRects().length > 0;
}
