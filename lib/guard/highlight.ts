import type { Severity } from '../engine/types';

/**
 * Marks offending words with the CSS Custom Highlight API: ranges are painted by the browser,
 * so the editor's DOM is never touched (editors like Draft.js and Lexical would otherwise
 * fight us for it). Where the API is missing, the panel alone carries the warning.
 */
const STYLE = `
::highlight(postwise-high) { text-decoration: underline wavy #c62828; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(postwise-warning) { text-decoration: underline wavy #d98c00; text-decoration-skip-ink: none; text-underline-offset: 3px; }
`;

const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
const byOwner = new Map<object, { severity: Severity; range: Range }[]>();
const styledRoots = new WeakSet<Document | ShadowRoot>();
let sheet: CSSStyleSheet | undefined;

function ensureStyle(root: Document | ShadowRoot) {
  if (styledRoots.has(root)) return;
  styledRoots.add(root);
  sheet ??= (() => {
    const s = new CSSStyleSheet();
    s.replaceSync(STYLE);
    return s;
  })();
  // An adopted sheet adds no element to the page; highlights are styled per tree scope.
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export function setHighlights(owner: object, root: Document | ShadowRoot, ranges: { severity: Severity; range: Range }[]): void {
  if (!supported) return;
  if (ranges.length) ensureStyle(root);
  byOwner.set(owner, ranges);
  repaint();
}

export function clearHighlights(owner: object): void {
  if (!supported || !byOwner.delete(owner)) return;
  repaint();
}

function repaint() {
  const high = new Highlight();
  const warning = new Highlight();
  for (const ranges of byOwner.values()) for (const { severity, range } of ranges) (severity === 'high' ? high : warning).add(range);
  CSS.highlights.set('postwise-high', high);
  CSS.highlights.set('postwise-warning', warning);
}
