import { useState } from 'preact/hooks';
import type { Finding } from '../lib/engine/types';
import { SEVERITY_LABEL } from './severity';
import { trusted } from './trusted';

export interface PauseProps {
  findings: Finding[];
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
export function PauseDialog({ findings, canPostAnyway, onEdit, onPostAnyway }: PauseProps) {
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
        <h2 id="pw-pause-title">Check this before it goes out</h2>
        <ul class="pw-list" id="pw-pause-findings">
          {findings.map((f) => (
            <li key={`${f.ruleId}:${f.start}`} class={`pw-item pw-${f.severity}`} data-rule={f.ruleId}>
              <strong class="pw-severity">{SEVERITY_LABEL[f.severity]}</strong> · {f.category.replace('-', ' ')}
              <p>{f.message}</p>
              <p class="pw-source">
                {f.source.doc.replace(/\.txt$/, '')}, {f.source.clause}
              </p>
            </li>
          ))}
        </ul>
        {canPostAnyway ? (
          <textarea
            aria-label="Reason for posting anyway (optional)"
            placeholder="Reason for posting anyway (optional, kept only on this computer)"
            rows={2}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        ) : (
          <p>Your organisation does not allow posts with serious issues. Edit the post to continue.</p>
        )}
        <div class="pw-actions">
          <button type="button" class="pw-btn pw-primary" data-action="edit" autofocus onClick={trusted(onEdit)}>
            Edit post
          </button>
          {canPostAnyway ? (
            <button type="button" class="pw-btn" data-action="post-anyway" onClick={trusted(() => onPostAnyway(reason))}>
              Post anyway
            </button>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}
