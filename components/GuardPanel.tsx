import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { follow } from './floating';
import { SEVERITY_LABEL, worstSeverity } from './severity';
import { trusted } from './trusted';

export interface PanelProps {
  findings: Finding[];
  status: string | null;
  /** Why this box cannot be checked reliably (no recognisable Post control, text not readable). */
  health?: string | null;
  /** Dismisses every finding in the note. */
  onDismiss(findings: Finding[]): void;
  onFix(finding: Finding): void;
  /** Escape pressed in the panel: it has closed, and the person goes back to writing. */
  onEscape(): void;
  /** Posting as a council account: its name, shown beside the badge ("" when not known). */
  councilAccount?: string | null;
  /** Set when Postwise cannot tell who is posting: the person answers here ("Posting as: me / council account"). */
  onAnswer?: ((kind: 'personal' | 'council') => void) | null;
}

/** The badge's words when the guard cannot check a box: breakage is shown, never silent. */
export const HEALTH_BADGE = "Postwise can't check this box";

export const findingKey = (f: Finding) => `${f.ruleId}:${f.excerpt.toLowerCase()}`;

/** One note per kind of issue: the most serious finding leads, the others are listed with it. */
export function groupByCategory(findings: Finding[]): { lead: Finding; all: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  const rank = { high: 2, warning: 1, info: 0 } as const;
  return [...groups.values()]
    .map((all) => ({ lead: [...all].sort((a, b) => rank[b.severity] - rank[a.severity] || a.start - b.start)[0], all }))
    .sort((a, b) => rank[b.lead.severity] - rank[a.lead.severity]);
}

/** A quiet badge beside the composer that opens into the findings, each with the council's clause. */
export function GuardPanel({ findings, status, health, onDismiss, onFix, onEscape, councilAccount, onAnswer }: PanelProps) {
  const [open, setOpen] = useState(false);
  const badge = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const level = worstSeverity(findings);
  const showPanel = open && (findings.length > 0 || !!status || !!health);
  useEffect(() => {
    if (!showPanel || !badge.current || !panel.current) return;
    return follow(badge.current, panel.current, 'top-end', { gap: 6, fit: true });
  }, [showPanel]);
  const council = councilAccount != null;
  if (!level && !status && !health && !council && !onAnswer) return null;
  const groups = groupByCategory(findings);
  const count = `${groups.length} ${groups.length === 1 ? 'policy note' : 'policy notes'}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    setOpen(false);
    onEscape();
  };
  return (
    <div class="pw-root" onKeyDown={onKeyDown}>
      {showPanel ? (
        <section ref={panel} class="pw-panel" role="dialog" aria-label="Social media policy">
          <h2>Your council's social media policy</h2>
          <ul class="pw-list">
            {groups.map(({ lead: f, all }) => {
              const fixable = all.find((x) => x.fix);
              return (
                <li key={findingKey(f)} class={`pw-item pw-${f.severity}`} data-rule={f.ruleId} data-category={f.category}>
                  <strong class="pw-severity">{SEVERITY_LABEL[f.severity]}</strong> · {f.category.replace('-', ' ')}
                  <p>{f.message}</p>
                  {all.length > 1 ? (
                    <p class="pw-also">
                      Also:{' '}
                      {all
                        .filter((o) => o !== f && o.excerpt)
                        .map((o) => `"${o.excerpt}"`)
                        .join(', ')}
                    </p>
                  ) : null}
                  <p>{f.advice}</p>
                  <p class="pw-source">
                    {f.source.doc.replace(/\.txt$/, '')}, {f.source.clause}
                  </p>
                  <div class="pw-actions">
                    {fixable?.fix ? (
                      <button type="button" class="pw-btn pw-primary" onClick={trusted(() => onFix(fixable))}>
                        {fixable.fix.label}
                      </button>
                    ) : null}
                    <button type="button" class="pw-btn" onClick={trusted(() => onDismiss(all))}>
                      Dismiss for this post
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          {status ? (
            <p class="pw-note" role="status">
              {status}
            </p>
          ) : null}
          {health ? <p class="pw-note pw-health">{health}</p> : null}
        </section>
      ) : null}
      {onAnswer ? (
        <span class="pw-ask" role="group" aria-label={t('checklist.askTitle')}>
          {t('checklist.askShort')}
          <button type="button" class="pw-btn" data-action="as-personal" onClick={trusted(() => onAnswer('personal'))}>
            {t('checklist.askMe')}
          </button>
          <button type="button" class="pw-btn" data-action="as-council" onClick={trusted(() => onAnswer('council'))}>
            {t('checklist.askCouncil')}
          </button>
        </span>
      ) : council ? (
        <span class="pw-account" data-account="council">
          {councilAccount ? t('checklist.postingAsCouncil', [councilAccount]) : t('checklist.postingAsCouncilUnnamed')}
        </span>
      ) : null}
      {level || status || health ? (
      <button
        ref={badge}
        type="button"
        class={`pw-badge pw-${level ?? 'clear'}`}
        aria-expanded={open}
        aria-label={health && !groups.length ? HEALTH_BADGE : `${level ? `${SEVERITY_LABEL[level]}: ` : ''}${count} for this post`}
        onClick={trusted(() => setOpen(!open))}
      >
        {groups.length ? `${SEVERITY_LABEL[level ?? 'info']} · ${count}` : health ? HEALTH_BADGE : 'Policy'}
      </button>
      ) : null}
    </div>
  );
}
