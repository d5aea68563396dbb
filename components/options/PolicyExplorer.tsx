import { useMemo, useState } from 'preact/hooks';
import type { Rule } from '../../lib/engine/rule-schema';
import type { Pack, Source } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { getPack, hasPack } from '../../lib/packs';
import { policyTitle } from '../../lib/packs/cite';
import type { Settings } from '../../lib/settings/schema';
import { categoryLabel, severityLabel } from './labels';

function Citation({ source, pack }: { source: Source; pack: Pack }) {
  return (
    <div class="pw-cite">
      <p>
        {t('options.policy.cites')}: <cite>{policyTitle(source.doc, pack)}</cite>, {source.clause}
      </p>
      {source.quote && <blockquote>{source.quote}</blockquote>}
    </div>
  );
}

function RuleCard({ rule, off, locked, toggle, pack }: { rule: Rule; off: boolean; locked: boolean; toggle(on: boolean): void; pack: Pack }) {
  const documents = pack.documents;
  // The active council's own documents first, then what else the rule draws on.
  const sources = [...rule.sources].sort((a, b) => Number(documents.includes(b.doc)) - Number(documents.includes(a.doc)));
  const examples = rule.examples ?? {};
  const headingId = `rule-${rule.id}`;
  return (
    <article class="pw-rule" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {categoryLabel(rule.category)}: <code>{rule.id}</code>
      </h3>
      <p class="pw-hint">
        {t('options.policy.severity', [severityLabel(rule.severity)])}
        {off && ` — ${t('options.policy.disabled')}`}
      </p>
      <label class="pw-choice">
        <input type="checkbox" checked={!off} disabled={locked} aria-describedby={locked ? `${headingId}-it` : undefined} onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)} />
        {t('options.policy.enabled')}
      </label>
      {locked && (
        <p class="pw-it" id={`${headingId}-it`}>
          {t('options.settings.byOrganisation')}
        </p>
      )}
      {sources.map((s) => (
        <Citation source={s} pack={pack} />
      ))}
      <h4>{t('options.policy.whyItMatters')}</h4>
      <p>{rule.advice}</p>
      {!!examples.flag?.length && (
        <>
          <h4>{t('options.policy.flags')}</h4>
          <ul>
            {examples.flag.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </>
      )}
      {!!examples.pass?.length && (
        <>
          <h4>{t('options.policy.passes')}</h4>
          <ul>
            {examples.pass.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** Every rule of the active pack, with the clause it cites, why it matters and its examples. */
export function PolicyExplorer({ settings, itDisabled, save }: { settings: Settings; itDisabled: readonly string[]; save(next: Partial<Settings>): void }) {
  const pack = getPack(hasPack(settings.pack) ? settings.pack : 'common');
  const [query, setQuery] = useState('');
  const off = new Set(settings.disabledRules);
  const rules = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return pack.rules;
    return pack.rules.filter((r) => [r.id, r.category, categoryLabel(r.category), r.advice, ...r.sources.map((s) => `${policyTitle(s.doc, pack)} ${s.clause} ${s.quote ?? ''}`)].join(' ').toLowerCase().includes(q));
  }, [pack, query]);
  return (
    <>
      <p>{t('options.policy.intro', [pack.name])}</p>
      <label for="p-find" class="pw-field">
        {t('options.policy.filter')}
        <input id="p-find" type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <p role="status">{t('options.policy.count', [String(rules.length)])}</p>
      {rules.map((r) => (
        <RuleCard
          rule={r}
          pack={pack}
          off={off.has(r.id)}
          locked={settings.sources.disabledRules === 'locked' || itDisabled.includes(r.id)}
          toggle={(on) => save({ disabledRules: on ? settings.disabledRules.filter((id) => id !== r.id) : [...settings.disabledRules, r.id] })}
        />
      ))}
    </>
  );
}
