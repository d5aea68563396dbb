import { browser } from 'wxt/browser';
import type { PasteMode } from '../guard/loader';
import type { Composer, EditorKind } from '../sites/types';
import { placeCaretAtEnd, readText } from './text';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * How each editor accepts text it did not see typed, without corrupting its model:
 *  - Draft.js: a synthetic paste (ClipboardEvent with text/plain). execCommand('insertText')
 *    changes the DOM but leaves Draft's EditorState empty, so Post stays disabled.
 *  - Lexical: a synthetic paste, or beforeinput insertFromPaste with a DataTransfer; Lexical
 *    applies it after the current task, so insert once, wait, then verify.
 *  - Quill: execCommand('insertText') per line with insertParagraph between lines.
 *  - ProseMirror/TipTap: a synthetic paste (its handler reads clipboardData), else insertText.
 *  - textarea and plain contenteditable: execCommand('insertText'), which keeps undo.
 * Paste-like events are dispatched from the page's main world where the browser lets us
 * (Firefox's Xray wrappers strip a content script's DataTransfer), else from here.
 */
const STRATEGIES: Record<EditorKind, (el: HTMLElement, text: string) => Promise<void>> = {
  draft: async (el, text) => pasteLike(el, text, 'paste'),
  lexical: async (el, text) => {
    const before = el.innerText;
    await pasteLike(el, text, 'paste');
    await frame();
    if (el.innerText !== before) return;
    await pasteLike(el, text, 'beforeinput');
  },
  quill: async (el, text) => {
    const doc = el.ownerDocument;
    text.split('\n').forEach((line, i) => {
      if (i > 0) doc.execCommand('insertParagraph');
      if (line) doc.execCommand('insertText', false, line);
    });
  },
  // ProseMirror/TipTap: its paste handler reads clipboardData; if it did not take, insertText.
  prosemirror: async (el, text) => {
    const before = el.innerText;
    await pasteLike(el, text, 'paste');
    await frame();
    if (el.innerText === before) el.ownerDocument.execCommand('insertText', false, text);
  },
  textarea: async (el, text) => {
    el.ownerDocument.execCommand('insertText', false, text);
  },
  contenteditable: async (el, text) => {
    el.ownerDocument.execCommand('insertText', false, text);
  },
};

function deepActive(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** One paste (or beforeinput insertFromPaste), from the main world if possible: never both. */
async function pasteLike(el: HTMLElement, text: string, mode: PasteMode) {
  let dispatched = false;
  try {
    // The main world targets the focused element: only go there if that is this editor.
    dispatched = deepActive(el.ownerDocument) === el && (await browser.runtime.sendMessage({ type: 'main-world-paste', text, mode })) === true;
  } catch {
    dispatched = false;
  }
  if (dispatched) return;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(
    mode === 'paste'
      ? new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      : new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }),
  );
}

export type InsertResult = 'inserted' | 'copied' | 'failed';

/**
 * Appends `text` at the end of the composer the way its editor accepts, then re-reads the
 * editor. If the text did not land, it is copied to the clipboard for the person to paste.
 */
export async function appendText(composer: Composer, text: string): Promise<InsertResult> {
  const el = composer.element;
  placeCaretAtEnd(el);
  // Let the editor see the selection change (Draft and Lexical sync it on selectionchange).
  await frame();
  try {
    await STRATEGIES[composer.editor](el, text);
  } catch {
    // Fall through to verification: the clipboard is the safety net.
  }
  await frame();
  await frame();
  if (readText(composer).includes(text.trim())) return 'inserted';
  try {
    await navigator.clipboard.writeText(text.trim());
    return 'copied';
  } catch {
    return 'failed';
  }
}
