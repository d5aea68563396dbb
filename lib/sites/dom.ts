/** DOM helpers shared by the site adapters. Kept tiny: they run at page start. */

/** An editable element however the site spells the attribute (bare, "true", "plaintext-only"). */
export const EDITABLE = ':is([contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"])';

/** querySelectorAll as an array. */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

/** The parent of `node`, stepping from a shadow root to its host. */
export function parentAcross(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The nearest ancestor (or `el` itself) matching `selector`, crossing shadow-root boundaries. */
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

/** Whether `outer` contains `inner`, counting shadow trees as part of their host. */
export function containsAcross(outer: Node, inner: Node): boolean {
  for (let node: Node | null = inner; node; ) {
    if (outer.contains(node)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/**
 * Every open shadow root under `root`, at any depth, in document order. A composer can live in a
 * shadow root inside another (LinkedIn's #interop-outlet), and the page's own observers see none
 * of them, so the guard walks and observes each.
 */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: ParentNode) => {
    const doc = (scope as Node).ownerDocument ?? (scope as Document);
    const walker = doc.createTreeWalker(scope as Node, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
      if (node.shadowRoot) {
        found.push(node.shadowRoot);
        visit(node.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/** An element's accessible-ish name: aria-label, else visible text; trimmed, lower case, no trailing dots. */
export function labelOf(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '';
  return label.replace(/\s+/g, ' ').trim().replace(/[.…]+$/, '').toLowerCase();
}

/** The first button-like element under `scope` whose name is one of `labels` (lower case). */
export function buttonByLabel(scope: ParentNode, labels: readonly string[]): HTMLElement | null {
  if (!labels.length) return null;
  for (const b of scope.querySelectorAll<HTMLElement>('[role="button"], button, input[type="submit"]')) {
    if (labels.includes(labelOf(b))) return b;
  }
  return null;
}
