import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../lib/engine/types';

export interface PauseProps {
  findings: Finding[];
  /** In "block" mode a serious finding cannot be posted anyway. */
  canPostAnyway: boolean;
  onEdit(): void;
  onPostAnyway(reason: string): void;
}

/** The pause before posting: what was found, then "Edit post" or (unless blocked) "Post anyway". */
export function PauseDialog({ findings, canPostAnyway, onEdit, onPostAnyway }: PauseProps) {
  const [reason, setReason] = useState('');
  const edit = useRef<HTMLButtonElement>(null);
  useEffect(() => edit.current?.focus(), []);
  return (
    <div class="pw-backdrop" onKeyDown={(e) => e.key === 'Escape' && onEdit()}>
      <div class="pw-dialog" role="alertdialog" aria-modal="true" aria-labelledby="pw-pause-title">
        <h2 id="pw-pause-title">Check this before it goes out</h2>
        <ul class="pw-list">
          {findings.map((f) => (
            <li key={`${f.ruleId}:${f.start}`} class={`pw-item pw-${f.severity}`}>
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
          <button ref={edit} type="button" class="pw-btn pw-primary" onClick={onEdit}>
            Edit post
          </button>
          {canPostAnyway ? (
            <button type="button" class="pw-btn" onClick={() => onPostAnyway(reason)}>
              Post anyway
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
