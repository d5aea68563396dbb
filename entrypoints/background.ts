import { browser } from 'wxt/browser';
import { createLoader, type InjectionApi } from '../lib/guard/loader';
import { messageSchema } from '../lib/guard/messages';
import { createLogService } from '../lib/log/service';
import { loadSettings, syncManaged, watchManaged, watchSettings } from '../lib/settings/store';
import { parseUserSettings } from '../lib/settings/user';

export default defineBackground(() => {
  const loader = createLoader(browser as unknown as InjectionApi);
  // The settings the log needs, read once and refreshed on every change (not once per entry:
  // a burst of 10,000 entries must not mean 10,000 storage reads).
  let settings = loadSettings();
  const log = createLogService({ version: browser.runtime.getManifest().version, policy: () => settings });
  // IT's policy is read whenever the background starts and whenever it changes; old log
  // entries are removed with the retention it implies.
  const refresh = () => {
    settings = loadSettings();
    void log.applyRetention();
  };
  void syncManaged().then(refresh, refresh);
  watchManaged(refresh);
  watchSettings(refresh);

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
    // Answered only once the entry's batch has committed (lib/log/writer.ts).
    if (message.type === 'log') return log.record(message.entry).then(() => true);
    return undefined;
  });
});
