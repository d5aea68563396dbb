import type { Finding } from '../lib/engine/types';

const LABEL = { high: 'Serious', warning: 'Check', info: 'Note' } as const;

/** Findings as a person reads them: what, why (the council's clause) and what to do. */
export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p class="pg-clear">Nothing in your council's policy flags this post.</p>;
  return (
    <ol class="pg-findings">
      {findings.map((f) => (
        <li key={`${f.ruleId}:${f.start}`} class={`pg-finding pg-${f.severity}`}>
          <div class="pg-head">
            <span class="pg-badge">{LABEL[f.severity]}</span>
            <span class="pg-category">{f.category.replace('-', ' ')}</span>
          </div>
          <p class="pg-message">{f.message}</p>
          <p class="pg-advice">{f.advice}</p>
          <p class="pg-source">
            {f.source.doc.replace(/\.txt$/, '')}, {f.source.clause}
            {f.source.quote ? <q>{f.source.quote}</q> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
