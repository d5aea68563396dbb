import { useState } from 'preact/hooks';
import type { Finding, Severity } from '../lib/engine/types';

export interface PanelProps {
  findings: Finding[];
  status: string | null;
  onDismiss(finding: Finding): void;
  onFix(finding: Finding): void;
}

const LABEL: Record<Severity, string> = { high: 'Serious', warning: 'Check', info: 'Note' };
const worst = (findings: Finding[]): Severity | null =>
  findings.some((f) => f.severity === 'high') ? 'high' : findings.some((f) => f.severity === 'warning') ? 'warning' : findings.length ? 'info' : null;

export const findingKey = (f: Finding) => `${f.ruleId}:${f.excerpt.toLowerCase()}`;

/** A quiet badge beside the composer that opens into the findings, each with the council's clause. */
export function GuardPanel({ findings, status, onDismiss, onFix }: PanelProps) {
  const [open, setOpen] = useState(false);
  const level = worst(findings);
  if (!level && !status) return null;
  return (
    <div class="pw-root">
      {open && (findings.length > 0 || status) ? (
        <section class="pw-panel" role="dialog" aria-label="Social media policy">
          <h2>Your council's social media policy</h2>
          <ul class="pw-list">
            {findings.map((f) => (
              <li key={findingKey(f)} class={`pw-item pw-${f.severity}`} data-rule={f.ruleId}>
                <strong>{LABEL[f.severity]}</strong> · {f.category.replace('-', ' ')}
                <p>{f.message}</p>
                <p>{f.advice}</p>
                <p class="pw-source">
                  {f.source.doc.replace(/\.txt$/, '')}, {f.source.clause}
                </p>
                <div class="pw-actions">
                  {f.fix ? (
                    <button type="button" class="pw-btn pw-primary" onClick={() => onFix(f)}>
                      {f.fix.label}
                    </button>
                  ) : null}
                  <button type="button" class="pw-btn" onClick={() => onDismiss(f)}>
                    Dismiss for this post
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {status ? <p class="pw-note" role="status">{status}</p> : null}
        </section>
      ) : null}
      <button
        type="button"
        class={`pw-badge pw-${level ?? 'clear'}`}
        aria-expanded={open}
        aria-label={`${findings.length} policy ${findings.length === 1 ? 'note' : 'notes'} for this post`}
        onClick={() => setOpen(!open)}
      >
        {findings.length ? `${findings.length} ${findings.length === 1 ? 'policy note' : 'policy notes'}` : 'Policy'}
      </button>
    </div>
  );
}
