/** Events our UI keeps to itself, so the site's shortcuts and click-outside handlers never see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout'];

export const UI_TAG = 'postwise-guard';

export interface UiHost {
  /** Where the badge and panel render (fixed-position, placed beside the composer). */
  readonly anchor: HTMLElement;
  /** Where the pause dialog renders; it shows itself in the top layer. */
  readonly dialogSlot: HTMLElement;
  remove(): void;
}

/**
 * Mounts our in-page UI in a CLOSED shadow root: the page's scripts get `null` from
 * `host.shadowRoot`, so they cannot read the findings, add to our UI or press our buttons.
 * Throws if the page has taken our element (e.g. defined a custom element with our tag that
 * attaches its own shadow root): the caller then fails open.
 */
export function mountUiHost(css: string, doc: Document = document): UiHost {
  const host = doc.createElement(UI_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const anchor = doc.createElement('div');
  anchor.className = 'pw-anchor';
  const dialogSlot = doc.createElement('div');
  dialogSlot.className = 'pw-dialog-slot';
  shadow.append(style, anchor, dialogSlot);
  for (const type of ISOLATED_EVENTS) {
    anchor.addEventListener(type, stop);
    dialogSlot.addEventListener(type, stop);
  }
  (doc.body ?? doc.documentElement).append(host);
  if (!host.isConnected) throw new Error('UI host was removed as it was added');
  return { anchor, dialogSlot, remove: () => host.remove() };
}

const stop = (e: Event) => e.stopPropagation();
