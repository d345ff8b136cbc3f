import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findAddresses } from '../../../app/contract/shared/addresses.ts';
import { FormDialog } from '../../shared/FormDialog.tsx';
import { useSettings } from '../../shared/settings-context.tsx';

interface Props {
  /** Text to start from (addresses pasted outside the box). */
  initialText?: string;
  onAdd(addresses: string[], allowLocal: boolean): void;
  onCancel(): void;
}

/**
 * The address box: paste one address or a whole list (any text: the addresses in it are found and counted as you
 * type), then save them all. Whether local addresses may be fetched is this computer's setting, changed here.
 */
export function AddressDialog({ initialText = '', onAdd, onCancel }: Props) {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const [text, setText] = useState(initialText);
  const addresses = useMemo(() => findAddresses(text), [text]);
  const fieldId = useId();
  const hintId = useId();
  const localHintId = useId();
  return (
    <FormDialog
      title={t('web.title')}
      submitLabel={t('web.add', { count: addresses.length })}
      cancelLabel={t('web.cancel')}
      busy={addresses.length === 0}
      onSubmit={() => onAdd(addresses, settings.allowLocalAddresses)}
      onCancel={onCancel}
      testId="address-dialog"
    >
      <label htmlFor={fieldId}>{t('web.label')}</label>
      <textarea
        id={fieldId}
        className="address-field"
        rows={5}
        autoFocus
        spellCheck={false}
        value={text}
        placeholder="https://"
        aria-describedby={hintId}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter saves (Enter makes a new line: a list is one address per line).
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && addresses.length > 0) {
            e.preventDefault();
            onAdd(addresses, settings.allowLocalAddresses);
          }
        }}
        data-testid="address-field"
      />
      <p id={hintId} className="hint">{t('web.hint')}</p>
      <p className="address-count" role="status" data-testid="address-count">{t('web.found', { count: addresses.length })}</p>
      <label className="checkbox-line">
        <input type="checkbox" checked={settings.allowLocalAddresses} aria-describedby={localHintId} onChange={(e) => update({ allowLocalAddresses: e.target.checked })} data-testid="allow-local" />
        {t('web.allowLocal')}
      </label>
      <p id={localHintId} className="hint">{t('web.allowLocalHint')}</p>
    </FormDialog>
  );
}
