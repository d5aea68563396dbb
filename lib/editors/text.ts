import type { Composer } from '../sites/types';

/**
 * The text the person sees, with line breaks between blocks and at <br> — innerText
 * semantics, never textContent (which runs paragraphs together).
 */
export function readText({ element }: Composer): string {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return element.value;
  // Empty editors render a lone <br>: innerText is "\n", which is no text at all.
  return element.innerText.replace(/\n$/, '');
}

/** A DOM range for [start, end) of `text` (as read by readText) inside a contenteditable. */
export function rangeFor(root: HTMLElement, text: string, start: number, end: number): Range | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let cursor = 0;
  let startAt: [Text, number] | null = null;
  let endAt: [Text, number] | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (!data) continue;
    // innerText is the text nodes in order with line breaks between blocks: find each node in it.
    const at = text.indexOf(data, cursor);
    if (at < 0) continue;
    if (!startAt && start < at + data.length) startAt = [node, Math.max(0, start - at)];
    if (startAt && end <= at + data.length) {
      endAt = [node, Math.max(0, end - at)];
      break;
    }
    cursor = at + data.length;
  }
  if (!startAt || !endAt) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(...startAt);
  range.setEnd(...endAt);
  return range;
}

/** The selection that holds `element`'s caret: a shadow root's own where the browser has one. */
export function selectionFor(element: Node): Selection | null {
  const root = element.getRootNode() as (ShadowRoot & { getSelection?(): Selection | null }) | Document;
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  return (element.ownerDocument ?? document).getSelection();
}

/** Where the caret is in a composer: a textarea's offsets, or a copy of the range inside it; null when elsewhere. */
export type Caret = Range | [number, number];
export function caretIn(element: HTMLElement): Caret | null {
  if (element instanceof HTMLTextAreaElement) return [element.selectionStart, element.selectionEnd];
  const selection = selectionFor(element);
  const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
  return range && element.contains(range.startContainer) ? range.cloneRange() : null;
}

/** Puts the caret at the very end of the editor, as a person clicking after the last word would. */
export function placeCaretAtEnd(element: HTMLElement): void {
  element.focus();
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    const end = element.value.length;
    element.setSelectionRange(end, end);
    return;
  }
  const selection = selectionFor(element);
  if (!selection) return;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (n.data.length) last = n;
  const range = element.ownerDocument.createRange();
  if (last) range.setStart(last, last.data.length);
  else range.selectNodeContents(element);
  range.collapse(last ? true : false);
  selection.removeAllRanges();
  selection.addRange(range);
}
