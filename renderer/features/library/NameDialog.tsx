import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../shared/FormDialog.tsx';

interface Props {
  title: string;
  label: string;
  hint?: string;
  initial?: string;
  submitLabel: string;
  onSubmit(value: string): Promise<void> | void;
  onCancel(): void;
  testId?: string;
}

/** Asks for one line of text (a collection's name, tags to add): its text selected, so typing replaces it. */
export function NameDialog({ title, label, hint, initial = '', submitLabel, onSubmit, onCancel, testId }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      cancelLabel={t('annotations.cancel')}
      busy={busy || !value.trim()}
      onCancel={onCancel}
      onSubmit={() => {
        setBusy(true);
        void Promise.resolve(onSubmit(value.trim())).finally(() => setBusy(false));
      }}
      testId={testId}
    >
      <label className="field">
        <span>{label}</span>
        <input value={value} onChange={(e) => setValue(e.target.value)} autoFocus onFocus={(e) => e.target.select()} maxLength={200} data-testid="name-input" />
      </label>
      {hint && <p className="hint">{hint}</p>}
    </FormDialog>
  );
}
