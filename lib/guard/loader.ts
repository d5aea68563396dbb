/** The parts of the extension API the loader needs: narrow, so a unit test can stand in for either browser. */
export interface InjectionApi {
  scripting?: {
    executeScript(injection: {
      target: { tabId: number; frameIds?: number[] };
      files?: string[];
      world?: 'ISOLATED' | 'MAIN';
      func?: (...args: never[]) => unknown;
      args?: unknown[];
    }): Promise<unknown>;
  };
  tabs: { executeScript?(tabId: number, details: { file?: string; frameId?: number }): Promise<unknown> };
}

export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export type PasteMode = 'paste' | 'beforeinput';

/**
 * Runs in the page's MAIN world, injected by the background for one insertion. A DataTransfer
 * made in a content script does not reach the page's editor in Firefox (Xray wrappers hide it),
 * so the event is made here, with the page's own constructors. Self-contained: it is serialised.
 */
export function dispatchPasteInPage(text: string, mode: PasteMode): boolean {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || !(el as HTMLElement).isContentEditable) return false;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event =
    mode === 'paste'
      ? new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true })
      : new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return true;
}

/**
 * What the background does for a page's content script: load the guard chunk on first focus
 * (scripting.executeScript: every build is MV3, Firefox's included; tabs.executeScript only where
 * a browser lacks it), and dispatch one paste in the page's main world. The text comes over the
 * extension's own messaging, which page scripts cannot reach, so a page cannot use this to insert
 * anything (it can only do what it could always do to its own editor), and nothing is announced to it.
 */
export function createLoader(api: InjectionApi) {
  const target = (sender: Sender) => {
    const tabId = sender.tab?.id;
    return tabId === undefined ? undefined : { tabId, frameId: sender.frameId ?? 0 };
  };
  return {
    async loadGuard(sender: Sender): Promise<boolean> {
      const to = target(sender);
      if (!to) return false;
      if (api.scripting) await api.scripting.executeScript({ target: { tabId: to.tabId, frameIds: [to.frameId] }, files: ['/guard.js'] });
      else if (api.tabs.executeScript) await api.tabs.executeScript(to.tabId, { file: '/guard.js', frameId: to.frameId });
      else return false;
      return true;
    },
    /** True when the paste was dispatched in the main world; false tells the caller to use its own fallback. */
    async pasteInMainWorld(sender: Sender, text: string, mode: PasteMode): Promise<boolean> {
      const to = target(sender);
      if (!to || !api.scripting) return false;
      try {
        const results = (await api.scripting.executeScript({
          target: { tabId: to.tabId, frameIds: [to.frameId] },
          world: 'MAIN',
          func: dispatchPasteInPage as (...args: never[]) => unknown,
          args: [text, mode],
        })) as { result?: unknown }[] | undefined;
        return results?.[0]?.result === true;
      } catch {
        // Older Firefox has scripting without world: 'MAIN'.
        return false;
      }
    },
  };
}
