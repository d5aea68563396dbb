import { render } from 'preact';
import { useStoredSettings } from '../../components/useStoredSettings';
import { Welcome } from '../../components/Welcome';
import '../popup/style.css';
import './style.css';

function App() {
  const [settings, save] = useStoredSettings();
  return settings ? <Welcome settings={settings} onChange={save} /> : null;
}

render(<App />, document.getElementById('app')!);
