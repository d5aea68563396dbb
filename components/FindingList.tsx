import type { Finding, Pack } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { categoryLabel, citationText, severityLabel } from './wording';

/** Findings as a person reads them: what, why (the policy's clause, by title) and what to do. */
export function FindingList({ findings, pack }: { findings: Finding[]; pack: Pack }) {
  if (findings.length === 0) return <p class="pg-clear">{t('popup.sandbox.clear')}</p>;
  return (
    <ol class="pg-findings">
      {findings.map((f) => (
        <li key={`${f.ruleId}:${f.start}`} class={`pg-finding pg-${f.severity}`}>
          <div class="pg-head">
            <span class="pg-badge">{severityLabel(f.severity)}</span>
            <span class="pg-category">{categoryLabel(f.category)}</span>
          </div>
          <p class="pg-message">{f.message}</p>
          <p class="pg-advice">{f.advice}</p>
          <p class="pg-source">
            {citationText(f, pack)}
            {f.source.quote ? <q>{f.source.quote}</q> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
