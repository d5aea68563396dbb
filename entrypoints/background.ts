import { browser } from 'wxt/browser';
import { createLoader, type InjectionApi } from '../lib/guard/loader';
import { messageSchema } from '../lib/guard/messages';
import { addLogEntry, DEFAULT_RETENTION_DAYS, pruneLog } from '../lib/log/db';
import { parseUserSettings } from '../lib/settings/user';

export default defineBackground(() => {
  const loader = createLoader(browser as unknown as InjectionApi);
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
    if (message.type === 'load-guard') return loader.loadGuard(sender);
    if (message.type === 'main-world-paste') return loader.pasteInMainWorld(sender, message.text, message.mode);
    if (message.type === 'log') return addLogEntry(message.entry).then(() => true);
    return undefined;
  });
});
