import { browser } from 'wxt/browser';
import { messageSchema } from '../lib/guard/messages';
import { addLogEntry, DEFAULT_RETENTION_DAYS, pruneLog } from '../lib/log/db';
import { parseUserSettings } from '../lib/settings/user';

export default defineBackground(() => {
  // Old log entries are removed whenever the background starts.
  void pruneLog(DEFAULT_RETENTION_DAYS).catch(() => {});

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // Normalise stored settings on install/update so every surface reads a valid shape.
    const stored = await browser.storage.local.get('settings');
    const settings = parseUserSettings(stored.settings);
    await browser.storage.local.set({ settings });
    // Protection starts at once with the UK baseline; the welcome page only refines it.
    if (reason === 'install' && !settings.welcomed) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'load-guard') return loadGuard(sender);
    if (message.type === 'log') return addLogEntry(message.entry).then(() => true);
    return undefined;
  });
});

/** Injects the guard (engine, packs, UI) into the sender's isolated world, where its content script runs. */
async function loadGuard(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  const frameId = sender.frameId ?? 0;
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/guard.js'] });
  else await browser.tabs.executeScript(tabId, { file: '/guard.js', frameId });
  return true;
}
