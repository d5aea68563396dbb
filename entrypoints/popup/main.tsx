import { render } from 'preact';
import { TryIt } from '../../components/TryIt';
import { useStoredSettings } from '../../components/useStoredSettings';
import { t } from '../../lib/i18n';
import './style.css';

function Popup() {
  const [settings, save] = useStoredSettings();
  if (!settings) return null;
  return (
    <main>
      <h1>{t('extension.name')}</h1>
      <p class="pg-intro">Your council's social media policy, checked on your machine. Nothing you type leaves it.</p>
      <TryIt settings={settings} onChange={save} />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
