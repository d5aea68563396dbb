import { browser } from 'wxt/browser';
import { messageSchema } from '../lib/guard/messages';
import { addLogEntry, pruneLog } from '../lib/log/db';
import { loadSettings, syncManaged, watchManaged } from '../lib/settings/store';
import { parseUserSettings } from '../lib/settings/user';

export default defineBackground(() => {
  // IT's policy is read whenever the background starts and whenever it changes; old log
  // entries are removed with the retention it implies.
  const applyRetention = () => loadSettings().then((s) => pruneLog(s.logRetentionDays)).catch(() => {});
  void syncManaged().then(applyRetention, applyRetention);
  watchManaged(() => void applyRetention());

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // Drop anything malformed from stored choices so every surface reads a valid shape.
    const stored = await browser.storage.local.get('settings');
    const choices = parseUserSettings(stored.settings);
    await browser.storage.local.set({ settings: choices });
    // Protection starts at once with the UK baseline; the welcome page only refines it.
    if (reason === 'install' && !choices.welcomed) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
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
