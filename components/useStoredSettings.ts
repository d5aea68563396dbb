import { useEffect, useState } from 'preact/hooks';
import type { UserSettings } from '../lib/settings/user';
import { loadSettings, saveUserChoices } from '../lib/settings/store';

/** The person's settings from extension storage, and a setter that saves them. */
export function useStoredSettings(): [UserSettings | null, (next: UserSettings) => void] {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  const save = (next: UserSettings) => {
    setSettings(next);
    void saveUserChoices(next);
  };
  return [settings, save];
}
