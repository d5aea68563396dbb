import { browser } from 'wxt/browser';
import { createLoader, type InjectionApi } from '../lib/guard/loader';
import { messageSchema } from '../lib/guard/messages';
import { addLogEntry, pruneLog } from '../lib/log/db';
import { loadSettings, syncManaged, watchManaged } from '../lib/settings/store';
import { parseUserSettings } from '../lib/settings/user';

export default defineBackground(() => {
  const loader = createLoader(browser as unknown as InjectionApi);
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
    if (message.type === 'load-guard') return loader.loadGuard(sender);
    if (message.type === 'main-world-paste') return loader.pasteInMainWorld(sender, message.text, message.mode);
    if (message.type === 'log') return addLogEntry(message.entry).then(() => true);
    return undefined;
  });
});
