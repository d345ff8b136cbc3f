import { useId, type ReactNode } from 'react';
import { Modal } from './modal.tsx';

interface Props {
  title: string;
  closeLabel: string;
  onClose(): void;
  testId?: string;
  children: ReactNode;
}

/** A modal dialog: a title, its content, a Close button; Escape or a click outside closes it. */
export function Dialog({ title, closeLabel, onClose, testId, children }: Props) {
  const titleId = useId();
  return (
    <Modal onDismiss={onClose}>
      <div className="dialog-backdrop" onClick={onClose}>
        <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onClick={(e) => e.stopPropagation()} data-testid={testId}>
          <h2 id={titleId}>{title}</h2>
          {children}
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onClose} autoFocus>{closeLabel}</button>
          </div>
        </div>
      </div>
    </Modal>
  );
}
