import { describe, expect, it, vi } from 'vitest';
import { createLoader, dispatchPasteInPage, type InjectionApi } from '../../lib/guard/loader';

const sender = { tab: { id: 7 }, frameId: 3 };

describe('guard loader (background)', () => {
  it('MV3 (Chrome, Firefox MV3): injects the guard chunk into the sender frame with scripting.executeScript', async () => {
    const executeScript = vi.fn(async () => [{ result: undefined }]);
    const tabsExecute = vi.fn();
    const loader = createLoader({ scripting: { executeScript }, tabs: { executeScript: tabsExecute } });
    expect(await loader.loadGuard(sender)).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/guard.js'] });
    expect(tabsExecute).not.toHaveBeenCalled();
  });

  it('MV2 (Firefox without scripting): falls back to tabs.executeScript with the same file and frame', async () => {
    const tabsExecute = vi.fn(async () => [undefined]);
    const loader = createLoader({ tabs: { executeScript: tabsExecute } });
    expect(await loader.loadGuard(sender)).toBe(true);
    expect(tabsExecute).toHaveBeenCalledWith(7, { file: '/guard.js', frameId: 3 });
  });

  it('top frame by default; nothing without a tab or without any injection API', async () => {
    const tabsExecute = vi.fn(async () => [undefined]);
    expect(await createLoader({ tabs: { executeScript: tabsExecute } }).loadGuard({ tab: { id: 1 } })).toBe(true);
    expect(tabsExecute).toHaveBeenCalledWith(1, { file: '/guard.js', frameId: 0 });
    expect(await createLoader({ tabs: { executeScript: tabsExecute } }).loadGuard({})).toBe(false);
    expect(await createLoader({ tabs: {} }).loadGuard(sender)).toBe(false);
  });

  it('an injection failure reaches the caller (which fails open)', async () => {
    const loader = createLoader({ scripting: { executeScript: async () => Promise.reject(new Error('no host permission')) }, tabs: {} });
    await expect(loader.loadGuard(sender)).rejects.toThrow('no host permission');
  });

  it('main-world paste runs the self-contained dispatcher in the MAIN world of the sender frame', async () => {
    const executeScript = vi.fn(async () => [{ result: true }]);
    const loader = createLoader({ scripting: { executeScript }, tabs: {} } as InjectionApi);
    expect(await loader.pasteInMainWorld(sender, 'Views my own.', 'paste')).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, world: 'MAIN', func: dispatchPasteInPage, args: ['Views my own.', 'paste'] });
  });

  it("main-world paste reports false (so the content script uses its own) where it can't run", async () => {
    expect(await createLoader({ tabs: { executeScript: vi.fn() } }).pasteInMainWorld(sender, 'x', 'paste')).toBe(false);
    const noMain = createLoader({ scripting: { executeScript: async () => Promise.reject(new Error('world is unsupported')) }, tabs: {} });
    expect(await noMain.pasteInMainWorld(sender, 'x', 'beforeinput')).toBe(false);
    const noEditor = createLoader({ scripting: { executeScript: async () => [{ result: false }] }, tabs: {} });
    expect(await noEditor.pasteInMainWorld(sender, 'x', 'paste')).toBe(false);
    expect(await createLoader({ scripting: { executeScript: vi.fn() }, tabs: {} }).pasteInMainWorld({}, 'x', 'paste')).toBe(false);
  });

  it('the dispatcher references nothing outside itself (it is serialised into the page)', () => {
    const source = dispatchPasteInPage.toString();
    // Only page globals and its own parameters.
    const globals = new Set(['document', 'DataTransfer', 'ClipboardEvent', 'InputEvent']);
    for (const name of source.match(/\bnew\s+([A-Za-z_$][\w$]*)/g) ?? []) expect(globals.has(name.replace(/^new\s+/, ''))).toBe(true);
    expect(() => new Function(`return (${source})`)()).not.toThrow();
  });
});
