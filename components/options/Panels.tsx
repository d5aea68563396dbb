import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import { loadManagedRecord, loadSettings, saveUserChoices, watchSettings, type ManagedRecord } from '../../lib/settings/store';
import { PolicyExplorer } from './PolicyExplorer';
import { SettingsPanel } from './SettingsPanel';

function useSettings(): [Settings | null, ManagedRecord | null, (next: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [managed, setManaged] = useState<ManagedRecord | null>(null);
  useEffect(() => {
    const refresh = () => void Promise.all([loadSettings(), loadManagedRecord()]).then(([s, m]) => (setSettings(s), setManaged(m)));
    refresh();
    return watchSettings(refresh);
  }, []);
  const save = (next: Partial<Settings>) => setSettings((s) => (s ? (void saveUserChoices({ ...s, ...next }), { ...s, ...next }) : s));
  return [settings, managed, save];
}

/** The settings and the policy explorer, which share the effective settings and IT's record. */
export function Panels({ section }: { section: 'settings' | 'policy' }) {
  const [settings, managed, save] = useSettings();
  if (!settings || !managed) return <p role="status">{t('options.settings.loading')}</p>;
  return section === 'settings' ? <SettingsPanel settings={settings} managed={managed} save={save} /> : <PolicyExplorer settings={settings} itDisabled={managed.policy.disabledRules ?? []} save={save} />;
}
