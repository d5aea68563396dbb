import { useEffect, useRef, useState } from 'preact/hooks';
import type { Category, Finding, Pack } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { follow } from './floating';
import { worstSeverity } from './severity';
import { trusted } from './trusted';
import { categoryLabel, citationText, notesCount, policyHeading, severityLabel, SHORTCUT_LABEL } from './wording';

/** Asks the panel to open on a note: the one for `category` (an underline was clicked), or the first. */
export interface Reveal {
  category: Category | null;
  /** Changes on every request, so the same note can be asked for twice. */
  seq: number;
  /** Move focus to the note (the keyboard shortcut); a click leaves it in the editor. */
  focus: boolean;
}

export interface PanelProps {
  findings: Finding[];
  /** The active pack: notes name its policy documents by title. */
  pack: Pack;
  status: string | null;
  /** Why this box cannot be checked reliably (no recognisable Post control, text not readable). */
  health?: string | null;
  /** While the person has paused Postwise on this site: the badge's words ("Paused until 14:30"); nothing else shows. */
  paused?: string | null;
  reveal?: Reveal;
  /** Dismisses every finding in the note. */
  onDismiss(findings: Finding[]): void;
  /** "This is wrong": the note's findings are reported (locally) and hidden for this post. */
  onWrong(findings: Finding[]): void;
  onFix(finding: Finding): void;
  /** Escape pressed in the panel: it has closed, and the person goes back to writing. */
  onEscape(): void;
  /** Posting as a council account: its name, shown beside the badge ("" when not known). */
  councilAccount?: string | null;
  /** Set when Postwise cannot tell who is posting: the person answers here ("Posting as: me / council account"). */
  onAnswer?: ((kind: 'personal' | 'council') => void) | null;
}

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
export function GuardPanel({ findings, pack, status, health, paused, reveal, onDismiss, onWrong, onFix, onEscape, councilAccount, onAnswer }: PanelProps) {
  const [open, setOpen] = useState(false);
  const badge = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const level = worstSeverity(findings);
  const showPanel = !paused && open && (findings.length > 0 || !!status || !!health);
  useEffect(() => {
    if (!showPanel || !badge.current || !panel.current) return;
    return follow(badge.current, panel.current, 'top-end', { gap: 6, fit: true });
  }, [showPanel]);
  // An underline click or the shortcut: open, then bring that note into view and give it focus.
  useEffect(() => {
    if (!reveal || paused) return;
    setOpen(true);
  }, [reveal?.seq]);
  useEffect(() => {
    if (!reveal || !showPanel || !panel.current) return;
    const cards = [...panel.current.querySelectorAll<HTMLElement>('.pw-item')];
    const card = cards.find((c) => c.dataset.category === reveal.category) ?? cards[0];
    if (!card) return;
    for (const c of cards) c.classList.toggle('pw-revealed', c === card);
    card.scrollIntoView({ block: 'nearest' });
    if (reveal.focus) card.focus({ preventScroll: true });
  }, [reveal?.seq, showPanel]);
  // Nothing to open: the shortcut still lands somewhere useful, on the badge.
  useEffect(() => {
    if (reveal?.focus && !paused && !showPanel) badge.current?.focus();
  }, [reveal?.seq]);

  if (paused)
    return (
      <div class="pw-root">
        <span class="pw-badge pw-paused" role="status" title={t('guard.badgePausedLabel')}>
          {paused}
        </span>
      </div>
    );
  const council = councilAccount != null;
  if (!level && !status && !health && !council && !onAnswer) return null;
  const groups = groupByCategory(findings);
  const count = notesCount(groups.length);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    setOpen(false);
    onEscape();
  };
  return (
    <div class="pw-root" onKeyDown={onKeyDown}>
      {showPanel ? (
        <section ref={panel} class="pw-panel" role="dialog" aria-label={t('guard.panelLabel')}>
          <h2>{policyHeading(pack)}</h2>
          <ul class="pw-list">
            {groups.map(({ lead: f, all }) => {
              const fixable = all.find((x) => x.fix);
              const others = all.filter((o) => o !== f && o.excerpt);
              return (
                <li key={findingKey(f)} tabIndex={-1} class={`pw-item pw-${f.severity}`} data-rule={f.ruleId} data-category={f.category}>
                  <strong class="pw-severity">{severityLabel(f.severity)}</strong> · {categoryLabel(f.category)}
                  <p>{f.message}</p>
                  {others.length ? <p class="pw-also">{t('guard.also', [others.map((o) => `"${o.excerpt}"`).join(', ')])}</p> : null}
                  <p>{f.advice}</p>
                  <p class="pw-source">{citationText(f, pack)}</p>
                  <div class="pw-actions">
                    {fixable?.fix ? (
                      <button type="button" class="pw-btn pw-primary" onClick={trusted(() => onFix(fixable))}>
                        {fixable.fix.label}
                      </button>
                    ) : null}
                    <button type="button" class="pw-btn" data-action="dismiss" onClick={trusted(() => onDismiss(all))}>
                      {t('guard.dismiss')}
                    </button>
                    <button type="button" class="pw-btn pw-quiet" data-action="wrong" onClick={trusted(() => onWrong(all))}>
                      {t('guard.wrong')}
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
          <p class="pw-hint">{t('guard.shortcutHint', [SHORTCUT_LABEL])}</p>
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
        aria-keyshortcuts="Alt+Shift+P"
        aria-label={health && !groups.length ? t('guard.cannotCheck') : level ? t('guard.badgeLabel', [severityLabel(level), count]) : t('guard.badgeIdle')}
        onClick={trusted(() => setOpen(!open))}
      >
        {groups.length ? `${severityLabel(level ?? 'info')} · ${count}` : health ? t('guard.cannotCheck') : t('guard.badgeIdle')}
      </button>
      ) : null}
    </div>
  );
}
