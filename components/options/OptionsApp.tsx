import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import { loadManagedRecord, loadSettings, saveUserChoices, watchSettings, type ManagedRecord } from '../../lib/settings/store';
import { LogViewer } from './LogViewer';
import type { SettingsProps } from './SettingsPanel';

const SECTIONS = ['log', 'settings', 'policy'] as const;
type Section = (typeof SECTIONS)[number];
const current = (): Section => (SECTIONS as readonly string[]).includes(location.hash.slice(1)) ? (location.hash.slice(1) as Section) : 'log';

// The settings and the policy explorer need the rule packs (and their model, a megabyte): they
// load when opened, so the log viewer's first screen does not wait for them.
type Panels = { SettingsPanel: ComponentType<SettingsProps>; PolicyExplorer: ComponentType<{ settings: Settings; itDisabled: readonly string[]; save(next: Partial<Settings>): void }> };
const loadPanels = () => Promise.all([import('./SettingsPanel'), import('./PolicyExplorer')]).then(([a, b]) => ({ SettingsPanel: a.SettingsPanel, PolicyExplorer: b.PolicyExplorer }));

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

export function OptionsApp() {
  const [section, setSection] = useState<Section>(current);
  const [panels, setPanels] = useState<Panels | null>(null);
  const [settings, managed, save] = useSettings();
  useEffect(() => {
    const onHash = () => setSection(current());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (section !== 'log' && !panels) void loadPanels().then(setPanels);
  }, [section, panels]);
  const headings: Record<Section, string> = { log: t('options.log.heading'), settings: t('options.settings.heading'), policy: t('options.policy.heading') };
  const ready = panels && settings && managed;

  return (
    <>
      <header>
        <h1>{t('options.title')}</h1>
        <p class="pw-hint">{t('options.intro')}</p>
        <nav aria-label={t('options.nav.label')}>
          <ul>
            {SECTIONS.map((s) => (
              <li>
                <a href={`#${s}`} aria-current={section === s ? 'page' : undefined}>
                  {t(`options.nav.${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <section aria-labelledby="section-heading">
          <h2 id="section-heading">{headings[section]}</h2>
          {section === 'log' ? (
            <LogViewer />
          ) : !ready ? (
            <p role="status">{t('options.settings.loading')}</p>
          ) : section === 'settings' ? (
            <panels.SettingsPanel settings={settings} managed={managed} save={save} />
          ) : (
            <panels.PolicyExplorer settings={settings} itDisabled={managed.policy.disabledRules ?? []} save={save} />
          )}
        </section>
      </main>
    </>
  );
}
