import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { SEVERITIES } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { packSummaries } from '../../lib/packs';
import { ENFORCEMENT_MODES, type Settings } from '../../lib/settings/schema';
import type { ManagedRecord } from '../../lib/settings/store';
import { platformLabel, severityLabel } from './labels';

export interface SettingsProps {
  settings: Settings;
  managed: ManagedRecord;
  save(next: Partial<Settings>): void;
}

type Key = keyof Settings['sources'];

/**
 * A value IT locked is read-only. A value IT set as a default stays the person's to change
 * (precedence: locked > the person's choice > IT's default > the pack's), and says where it came from.
 */
export const fromIt = (s: Settings, key: Key) => s.sources[key] === 'locked';
const itDefault = (s: Settings, key: Key) => s.sources[key] === 'managed';

function Field({ id, label, it, byDefault, children, hint }: { id: string; label: string; it: boolean; byDefault?: boolean; children: ComponentChildren; hint?: string }) {
  return (
    <div class="pw-field">
      <label for={id}>{label}</label>
      {children}
      {it && (
        <p class="pw-it" id={`${id}-it`}>
          {t('options.settings.byOrganisation')}
        </p>
      )}
      {byDefault && !it && <p class="pw-hint">{t('options.settings.organisationDefault')}</p>}
      {hint && <p class="pw-hint">{hint}</p>}
    </div>
  );
}

const tk = t as unknown as (key: string) => string;

/**
 * What the person may change, and what IT decided, side by side. Choices are saved through
 * saveUserChoices, which never stores a locked value; IT's values show as read-only.
 */
export function SettingsPanel({ settings: s, managed, save }: SettingsProps) {
  const [days, setDays] = useState(String(s.logRetentionDays));
  const it = (key: Key) => fromIt(s, key);
  const described = (key: Key, id: string) => (it(key) ? { 'aria-describedby': `${id}-it`, disabled: true } : {});
  const itDisabled = new Set(managed.policy.disabledRules ?? []);
  const rulesLocked = s.sources.disabledRules === 'locked';
  const accounts = managed.policy.councilAccounts ?? [];
  const periods = managed.policy.preElectionPeriods ?? [];

  return (
    <form class="pw-settings" onSubmit={(e) => e.preventDefault()}>
      <Field id="s-pack" label={t('options.settings.pack')} it={it('pack')} byDefault={itDefault(s, 'pack')}>
        <select id="s-pack" value={s.pack} {...described('pack', 's-pack')} onChange={(e) => save({ pack: (e.currentTarget as HTMLSelectElement).value })}>
          {packSummaries().map((p) => (
            <option value={p.id}>{p.name}</option>
          ))}
        </select>
      </Field>

      <fieldset class="pw-field" {...described('enforcementMode', 's-mode')}>
        <legend>{t('options.settings.enforcementMode')}</legend>
        {ENFORCEMENT_MODES.map((mode) => (
          <label class="pw-choice">
            <input type="radio" name="s-mode" value={mode} checked={s.enforcementMode === mode} onChange={() => save({ enforcementMode: mode })} />
            {tk(`options.settings.mode.${mode}`)}
          </label>
        ))}
        {it('enforcementMode') && (
          <p class="pw-it" id="s-mode-it">
            {t('options.settings.byOrganisation')}
          </p>
        )}
      </fieldset>

      <Field id="s-severity" label={t('options.settings.pauseSeverity')} it={it('pauseSeverity')} byDefault={itDefault(s, 'pauseSeverity')}>
        <select id="s-severity" value={s.pauseSeverity} {...described('pauseSeverity', 's-severity')} onChange={(e) => save({ pauseSeverity: (e.currentTarget as HTMLSelectElement).value as Settings['pauseSeverity'] })}>
          {SEVERITIES.map((v) => (
            <option value={v}>{severityLabel(v)}</option>
          ))}
        </select>
      </Field>

      <div class="pw-field">
        <label class="pw-choice">
          <input type="checkbox" checked={s.politicallyRestricted} {...described('politicallyRestricted', 's-political')} onChange={(e) => save({ politicallyRestricted: (e.currentTarget as HTMLInputElement).checked })} />
          {t('options.settings.politicallyRestricted')}
        </label>
        {it('politicallyRestricted') && (
          <p class="pw-it" id="s-political-it">
            {t('options.settings.byOrganisation')}
          </p>
        )}
      </div>

      <div class="pw-field">
        <h3 id="s-rules">{t('options.settings.disabledRules')}</h3>
        {s.disabledRules.length === 0 ? (
          <p>{t('options.settings.noDisabledRules')}</p>
        ) : (
          <ul aria-labelledby="s-rules" class="pw-rules-off">
            {s.disabledRules.map((id) => (
              <li>
                <code>{id}</code>{' '}
                {itDisabled.has(id) || rulesLocked ? (
                  <span class="pw-it">{t('options.settings.byOrganisation')}</span>
                ) : (
                  <button type="button" onClick={() => save({ disabledRules: s.disabledRules.filter((r) => r !== id) })}>
                    {t('options.settings.enableRule', [id])}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <p class="pw-hint">{t('options.settings.disabledRulesHint')}</p>
      </div>

      <Field id="s-retention" label={t('options.settings.retention')} it={it('logRetentionDays')} byDefault={itDefault(s, 'logRetentionDays')}>
        <input
          id="s-retention"
          type="number"
          min={0}
          max={3650}
          step={1}
          value={days}
          {...described('logRetentionDays', 's-retention')}
          onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
          onChange={() => {
            const n = Number(days);
            if (Number.isInteger(n) && n >= 0 && n <= 3650) save({ logRetentionDays: n });
            else setDays(String(s.logRetentionDays));
          }}
        />
      </Field>

      <div class="pw-field">
        <label class="pw-choice">
          <input type="checkbox" checked={s.logExcerpts} {...described('logExcerpts', 's-excerpts')} onChange={(e) => save({ logExcerpts: (e.currentTarget as HTMLInputElement).checked })} />
          {t('options.settings.excerpts')}
        </label>
        {it('logExcerpts') && (
          <p class="pw-it" id="s-excerpts-it">
            {t('options.settings.byOrganisation')}
          </p>
        )}
      </div>

      <h3>{t('options.settings.fromIt')}</h3>
      <h4>{t('options.settings.councilAccounts')}</h4>
      {accounts.length ? (
        <ul>
          {accounts.map((a) => (
            <li>
              {platformLabel(a.platform)}: {a.handle}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('options.settings.none')}</p>
      )}
      <h4>{t('options.settings.preElection')}</h4>
      {periods.length ? (
        <ul>
          {periods.map((p) => (
            <li>
              {p.label ? `${p.label}: ` : ''}
              {t('options.settings.period', [p.start, p.end])}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('options.settings.none')}</p>
      )}
      {managed.diagnostics.length > 0 && (
        <>
          <h4>{t('options.settings.rejected')}</h4>
          <ul class="pw-rejected">
            {managed.diagnostics.map((d) => (
              <li>{t('options.settings.rejectedKey', [d.key, d.reason])}</li>
            ))}
          </ul>
        </>
      )}
      <ItDiagnostics settings={s} />
      <p class="pw-hint">{managed.readAt ? t('options.settings.managedRead', [new Date(managed.readAt).toLocaleString('en-GB')]) : t('options.settings.managedNever')}</p>
    </form>
  );
}

const SOURCE_KEY = { locked: 'options.diagnostics.locked', managed: 'options.diagnostics.managed', user: 'options.diagnostics.user', default: 'options.diagnostics.default' } as const;

/** A value as IT would write it in a policy, shortened so the table stays readable. */
const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? '';
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

/**
 * For IT (and the person): every effective setting, its value and where it came from, so a
 * rollout can be checked on one machine without reading storage by hand.
 */
function ItDiagnostics({ settings: s }: { settings: Settings }) {
  const keys = Object.keys(s.sources) as Key[];
  return (
    <details class="pw-diagnostics">
      <summary>{t('options.diagnostics.title')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('options.diagnostics.setting')}</th>
            <th scope="col">{t('options.diagnostics.value')}</th>
            <th scope="col">{t('options.diagnostics.source')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr data-setting={key}>
              <th scope="row">
                <code>{key}</code>
              </th>
              <td>
                <code>{shown((s as unknown as Record<string, unknown>)[key])}</code>
              </td>
              <td>{t(SOURCE_KEY[s.sources[key]])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
