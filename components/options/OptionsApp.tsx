import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { LogViewer } from './LogViewer';

const SECTIONS = ['log', 'settings', 'policy'] as const;
type Section = (typeof SECTIONS)[number];
const current = (): Section => (SECTIONS as readonly string[]).includes(location.hash.slice(1)) ? (location.hash.slice(1) as Section) : 'log';

// The settings and the policy explorer need the settings resolver and the rule packs (with their
// model, a megabyte): they load when opened, so the log viewer's first screen never waits for them.
type PanelsType = ComponentType<{ section: 'settings' | 'policy' }>;

export function OptionsApp() {
  const [section, setSection] = useState<Section>(current);
  const [Panels, setPanels] = useState<{ C: PanelsType } | null>(null);
  useEffect(() => {
    const onHash = () => setSection(current());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (section !== 'log' && !Panels) void import('./Panels').then((m) => setPanels({ C: m.Panels }));
  }, [section, Panels]);
  const headings: Record<Section, string> = { log: t('options.log.heading'), settings: t('options.settings.heading'), policy: t('options.policy.heading') };

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
          {section === 'log' ? <LogViewer /> : Panels ? <Panels.C section={section} /> : <p role="status">{t('options.settings.loading')}</p>}
        </section>
      </main>
    </>
  );
}
