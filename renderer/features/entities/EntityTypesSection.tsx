import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { ApiError, client } from '../../api/client.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { useEntityTypes } from './entity-types.tsx';

/** The entity types with their colours; the reader's own types (PRODUCT, PROJECT…) are added here. */
export function EntityTypesSection() {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { types, label, reload } = useEntityTypes();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [color, setColor] = useState('#7c3aed');
  const [error, setError] = useState<string | null>(null);
  const save = async (type: { code: string; label: string | null; color: string }) => {
    setError(null);
    try {
      await client.call('entities.saveType', type);
      reload();
      return true;
    } catch (e) {
      setError(formatError(language, e instanceof ApiError ? e.shape : { code: 'internal', message: String(e) }));
      return false;
    }
  };
  return (
    <section className="entity-types" data-testid="entity-types">
      <h3>{t('entities.typesTitle')}</h3>
      <ul>
        {types.map((type) => (
          <li key={type.code} className={`type-${type.code}`}>
            <input type="color" value={type.color} aria-label={t('entities.typeColor', { type: label(type.code) })} onChange={(e) => void save({ code: type.code, label: type.label, color: e.target.value })} />
            <span>{label(type.code)}</span> <code>{type.code}</code>
          </li>
        ))}
      </ul>
      <form className="new-type" onSubmit={(e) => (e.preventDefault(), void save({ code: code.trim().toUpperCase(), label: name.trim() || code.trim(), color }).then((ok) => ok && (setCode(''), setName(''))))}>
        <input value={code} onChange={(e) => setCode(e.target.value)} placeholder={t('entities.typeCode')} aria-label={t('entities.typeCode')} maxLength={24} data-testid="new-type-code" />
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('entities.typeName')} aria-label={t('entities.typeName')} maxLength={60} data-testid="new-type-name" />
        <input type="color" value={color} onChange={(e) => setColor(e.target.value)} aria-label={t('entities.typeColor', { type: name || code })} />
        <button type="submit" disabled={!code.trim()} data-testid="add-type">{t('entities.addType')}</button>
      </form>
      {error && <p className="export-message bad" role="alert">{error}</p>}
    </section>
  );
}
