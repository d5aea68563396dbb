import { useState } from 'preact/hooks';
import type { Finding, Pack } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { checklistComplete, type ChecklistEntry } from '../lib/packs/checklist';
import { policyTitle } from '../lib/packs/cite';
import { trapTab } from './PauseDialog';
import { categoryLabel, severityLabel } from './wording';
import { trusted } from './trusted';

export interface ChecklistProps {
  /** "ask": Postwise could not tell who is posting, so the person says first. */
  stage: 'ask' | 'checklist';
  /** The council account's name, when known ("@BarnsleyCouncil"). */
  accountName: string | null;
  findings: Finding[];
  /** The active pack: it names the policy each finding cites. */
  pack: Pick<Pack, 'policies'>;
  items: ChecklistEntry[];
  /** In "block" mode a serious finding cannot be posted from a council account either. */
  canPost: boolean;
  onEdit(ticked: string[]): void;
  onPost(ticked: string[]): void;
  onAnswer(kind: 'personal' | 'council'): void;
}

/**
 * The site-owner checklist at Post time, for council accounts: what the engine found, then the
 * pack's and IT's items, each citing its policy. It replaces the pause (one dialog, not two) and,
 * like the pause, is a native <dialog> opened with showModal(): top layer, page inert, Tab kept
 * inside, Escape = "Edit post". Post stays disabled until every required item is ticked.
 */
export function ChecklistDialog({ stage, accountName, findings, pack, items, canPost, onEdit, onPost, onAnswer }: ChecklistProps) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const complete = checklistComplete(items, ticked);
  const left = items.filter((i) => i.required && !ticked.has(i.id)).length;
  const toggle = (id: string) => {
    const next = new Set(ticked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setTicked(next);
  };
  const tickedIds = () => items.filter((i) => ticked.has(i.id)).map((i) => i.id);
  return (
    <dialog
      class="pw-pause pw-checklist"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="pw-checklist-title"
      data-stage={stage}
      onKeyDown={trapTab}
      onCancel={(e) => {
        e.preventDefault();
        onEdit(tickedIds());
      }}
      onClose={() => onEdit(tickedIds())}
    >
      {stage === 'ask' ? (
        <div class="pw-card">
          <h2 id="pw-checklist-title">{t('checklist.askTitle')}</h2>
          <p>{t('checklist.askIntro')}</p>
          <div class="pw-actions">
            <button type="button" class="pw-btn" data-action="edit" onClick={trusted(() => onEdit([]))}>
              {t('checklist.edit')}
            </button>
            <button type="button" class="pw-btn" data-action="as-personal" data-autofocus onClick={trusted(() => onAnswer('personal'))}>
              {t('checklist.askMe')}
            </button>
            <button type="button" class="pw-btn pw-primary" data-action="as-council" onClick={trusted(() => onAnswer('council'))}>
              {t('checklist.askCouncil')}
            </button>
          </div>
        </div>
      ) : (
        <div class="pw-card">
          <h2 id="pw-checklist-title">{t('checklist.title')}</h2>
          <p>{accountName ? t('checklist.intro', [accountName]) : t('checklist.introUnnamed')}</p>
          {findings.length ? (
            <section aria-label={t('checklist.findingsTitle')}>
              <h3>{t('checklist.findingsTitle')}</h3>
              <ul class="pw-list">
                {findings.map((f) => (
                  <li key={`${f.ruleId}:${f.start}`} class={`pw-item pw-${f.severity}`} data-rule={f.ruleId}>
                    <strong class="pw-severity">{severityLabel(f.severity)}</strong> · {categoryLabel(f.category)}
                    <p>{f.message}</p>
                    <p class="pw-source">
                      {policyTitle(f.source.doc, pack)}, {f.source.clause}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <h3>{t('checklist.itemsTitle')}</h3>
          <ul class="pw-list pw-checks">
            {items.map((item, i) => (
              <li key={item.id} class="pw-check" data-item={item.id}>
                <label>
                  <input type="checkbox" checked={ticked.has(item.id)} data-autofocus={i === 0 ? '' : undefined} onChange={trusted(() => toggle(item.id))} />
                  <span>
                    {item.text}
                    {item.required ? null : <em> {t('checklist.optional')}</em>}
                  </span>
                </label>
                {item.citation ? <p class="pw-source">{item.citation}</p> : null}
              </li>
            ))}
          </ul>
          {!canPost ? <p>{t('checklist.blocked')}</p> : !complete ? <p class="pw-remaining">{t('checklist.remaining', [String(left)])}</p> : null}
          <div class="pw-actions">
            <button type="button" class="pw-btn" data-action="edit" onClick={trusted(() => onEdit(tickedIds()))}>
              {t('checklist.edit')}
            </button>
            {canPost ? (
              <button type="button" class="pw-btn pw-primary" data-action="post" disabled={!complete} onClick={trusted(() => complete && onPost(tickedIds()))}>
                {t('checklist.post')}
              </button>
            ) : null}
          </div>
        </div>
      )}
    </dialog>
  );
}
