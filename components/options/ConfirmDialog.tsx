import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  confirm: string;
  cancel: string;
  onConfirm(): void;
  onClose(): void;
  children: ComponentChildren;
}

/** A modal confirmation in the top layer; Escape and Cancel close it, focus starts on Cancel. */
export function ConfirmDialog({ title, confirm, cancel, onConfirm, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog ref={ref} class="pw-dialog" aria-labelledby="pw-dialog-title" onClose={onClose}>
      <h2 id="pw-dialog-title">{title}</h2>
      <div>{children}</div>
      <div class="pw-actions">
        <button type="button" autofocus onClick={onClose}>
          {cancel}
        </button>
        <button type="button" class="pw-danger" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
