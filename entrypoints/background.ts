import { browser } from 'wxt/browser';
import { parseUserSettings } from '../lib/settings/user';

export default defineBackground(() => {
  // Normalise stored settings on install/update so every surface reads a valid shape.
  browser.runtime.onInstalled.addListener(async () => {
    const stored = await browser.storage.local.get('settings');
    await browser.storage.local.set({ settings: parseUserSettings(stored.settings) });
  });
});
