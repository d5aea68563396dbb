import { useState } from 'preact/hooks';
import type { Finding, Pack } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { trusted } from './trusted';
import { categoryLabel, citationText, severityLabel } from './wording';

export interface PauseProps {
  findings: Finding[];
  pack: Pack;
  /** In "block" mode a serious finding cannot be posted anyway. */
  canPostAnyway: boolean;
  onEdit(): void;
  onPostAnyway(reason: string): void;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab go round the dialog's own controls, never out to the page or the browser. */
export function trapTab(e: KeyboardEvent) {
  if (e.key !== 'Tab') return;
  const dialog = e.currentTarget as HTMLDialogElement;
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (!items.length) return;
  const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
  const at = items.indexOf(active as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at === items.length - 1 || at < 0 ? 0 : at + 1;
  e.preventDefault();
  items[next].focus();
}

/**
 * The pause before posting: what was found, then "Edit post" or (unless blocked) "Post anyway".
 * A native <dialog> that the controller opens with showModal(): it sits in the browser's top
 * layer, so no transform or overflow on the page can squeeze or clip it, and the page behind
 * is inert. Escape (the dialog's cancel) means "Edit post".
 */
export function PauseDialog({ findings, pack, canPostAnyway, onEdit, onPostAnyway }: PauseProps) {
  const [reason, setReason] = useState('');
  return (
    <dialog
      class="pw-pause"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="pw-pause-title"
      aria-describedby="pw-pause-findings"
      onKeyDown={trapTab}
      onCancel={(e) => {
        e.preventDefault();
        onEdit();
      }}
      // A second Escape may close the dialog without a cancel event: still "Edit post".
      onClose={() => onEdit()}
    >
      <div class="pw-card">
        <h2 id="pw-pause-title">{t('guard.pauseTitle')}</h2>
        <ul class="pw-list" id="pw-pause-findings">
          {findings.map((f) => (
            <li key={`${f.ruleId}:${f.start}`} class={`pw-item pw-${f.severity}`} data-rule={f.ruleId}>
              <strong class="pw-severity">{severityLabel(f.severity)}</strong> · {categoryLabel(f.category)}
              <p>{f.message}</p>
              <p class="pw-source">{citationText(f, pack)}</p>
            </li>
          ))}
        </ul>
        {canPostAnyway ? (
          <textarea
            aria-label={t('guard.pauseReason')}
            placeholder={t('guard.pauseReasonPlaceholder')}
            rows={2}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        ) : (
          <p>{t('guard.pauseBlocked')}</p>
        )}
        <div class="pw-actions">
          <button type="button" class="pw-btn pw-primary" data-action="edit" autofocus onClick={trusted(onEdit)}>
            {t('guard.editPost')}
          </button>
          {canPostAnyway ? (
            <button type="button" class="pw-btn" data-action="post-anyway" onClick={trusted(() => onPostAnyway(reason))}>
              {t('guard.postAnyway')}
            </button>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}
