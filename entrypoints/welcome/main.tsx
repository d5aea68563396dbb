import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/Welcome';
import { parseUserSettings, type UserSettings } from '../../lib/settings/user';
import '../popup/style.css';
import './style.css';

function App() {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  useEffect(() => {
    browser.storage.local.get('settings').then((stored) => setSettings(parseUserSettings(stored.settings)));
  }, []);
  if (!settings) return null;
  const save = (next: UserSettings) => {
    setSettings(next);
    void browser.storage.local.set({ settings: next });
  };
  return <Welcome settings={settings} onChange={save} />;
}

render(<App />, document.getElementById('app')!);
