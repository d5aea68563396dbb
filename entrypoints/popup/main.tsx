import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { useStoredSettings } from '../../components/useStoredSettings';
import type { Platform } from '../../lib/engine/types';
import { adapterFor } from '../../lib/sites';
import './style.css';

/**
 * The tab the popup is about: the active tab of the window it was opened over. Opened as a page
 * of its own (a pinned tab, the tests), `?tab=<id>` names the tab instead.
 */
async function currentPlatform(): Promise<Platform | null> {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  const tab = id ? await browser.tabs.get(id) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  // Without the tabs permission the address is visible only for the four sites' tabs: any other is "not a social site".
  if (!tab?.url) return null;
  const url = new URL(tab.url);
  return url.protocol === 'https:' ? (adapterFor(url.hostname)?.platform ?? null) : null;
}

function App() {
  const [settings] = useStoredSettings();
  const [platform, setPlatform] = useState<Platform | null | undefined>(undefined);
  useEffect(() => {
    currentPlatform().then(setPlatform, () => setPlatform(null));
  }, []);
  return settings && platform !== undefined ? <Popup settings={settings} platform={platform} /> : null;
}

render(<App />, document.getElementById('app')!);
