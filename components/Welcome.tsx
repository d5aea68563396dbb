import type { AccountKind } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { packSummaries } from '../lib/packs';
import type { UserSettings } from '../lib/settings/user';
import { TryIt } from './TryIt';
import { SHORTCUT_LABEL } from './wording';

interface Props {
  settings: UserSettings;
  onChange(settings: UserSettings): void;
}

/**
 * First run: protection is already on with the UK baseline; choosing a council sharpens it.
 * The council is asked for here once (the sandbox below uses whatever is chosen).
 */
export function Welcome({ settings, onChange }: Props) {
  const save = (patch: Partial<UserSettings>) => onChange({ ...settings, ...patch, welcomed: true });
  const locked = new Set(settings.lockedSettings);
  return (
    <main class="pg-welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <p>{t('welcome.baseline')}</p>
      <fieldset disabled={locked.has('pack')}>
        <legend>{t('welcome.councilLegend')}</legend>
        {packSummaries().map((p) => (
          <label key={p.id} class="pg-choice">
            <input type="radio" name="pack" value={p.id} checked={settings.pack === p.id} onChange={() => save({ pack: p.id })} />
            <span>
              <strong>{p.id === 'common' ? t('welcome.councilBaseline') : p.name}</strong>
              <small>{p.description}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('welcome.accountLegend')}</legend>
        {(['personal', 'council'] as AccountKind[]).map((a) => (
          <label key={a} class="pg-choice">
            <input type="radio" name="account" value={a} checked={settings.account === a} onChange={() => save({ account: a })} />
            <span>{t(a === 'personal' ? 'welcome.accountPersonal' : 'welcome.accountCouncil')}</span>
          </label>
        ))}
        <p class="pg-hint">{t('welcome.accountHint')}</p>
      </fieldset>
      <p>{t('welcome.shortcut', [SHORTCUT_LABEL])}</p>
      <h2>{t('welcome.tryTitle')}</h2>
      <TryIt key={settings.pack} settings={settings} />
    </main>
  );
}
