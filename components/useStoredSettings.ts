import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseUserSettings, type UserSettings } from '../lib/settings/user';

/** The person's settings from extension storage, and a setter that saves them. */
export function useStoredSettings(): [UserSettings | null, (next: UserSettings) => void] {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  useEffect(() => {
    browser.storage.local.get('settings').then((stored) => setSettings(parseUserSettings(stored.settings)));
  }, []);
  const save = (next: UserSettings) => {
    setSettings(next);
    void browser.storage.local.set({ settings: next });
  };
  return [settings, save];
}
