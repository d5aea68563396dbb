import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TryIt } from '../../components/TryIt';
import { parseUserSettings, type UserSettings } from '../../lib/settings/user';
import './style.css';

function Popup() {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  useEffect(() => {
    browser.storage.local.get('settings').then((stored) => setSettings(parseUserSettings(stored.settings)));
  }, []);
  if (!settings) return null;
  const save = (next: UserSettings) => {
    setSettings(next);
    void browser.storage.local.set({ settings: next });
  };
  return (
    <main>
      <h1>Postwise</h1>
      <p class="pg-intro">Your council's social media policy, checked on your machine. Nothing you type leaves it.</p>
      <TryIt settings={settings} onChange={save} />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
