import { useId, type FormEvent, type ReactNode } from 'react';
import { Modal } from './modal.tsx';

interface Props {
  title: string;
  submitLabel: string;
  cancelLabel: string;
  onSubmit(): void;
  onCancel(): void;
  busy?: boolean;
  testId?: string;
  children: ReactNode;
}

/** A modal dialog holding a form: Enter submits, Escape or Cancel closes it unchanged. */
export function FormDialog({ title, submitLabel, cancelLabel, onSubmit, onCancel, busy = false, testId, children }: Props) {
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Modal onDismiss={onCancel}>
      <div className="dialog-backdrop" onClick={onCancel}>
        <form className="dialog form-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onClick={(e) => e.stopPropagation()} onSubmit={submit} data-testid={testId}>
          <h2 id={titleId}>{title}</h2>
          {children}
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>{cancelLabel}</button>
            <button type="submit" className="primary" disabled={busy} data-testid="dialog-submit">{submitLabel}</button>
          </div>
        </form>
      </div>
    </Modal>
  );
}
