import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { useEntityFocus } from './entity-focus.tsx';
import { useEntityTypes } from './entity-types.tsx';
import { formatValue } from './format-value.ts';

/** Above side-by-side articles: the entities and values they have in common; a click lights an entity everywhere. */
export function SharedBar({ documentIds }: { documentIds: string[] }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { label } = useEntityTypes();
  const { selected, select, revision } = useEntityFocus();
  const [shared, setShared] = useState<MethodOutput<'entities.shared'> | null>(null);
  const key = [...new Set(documentIds)].join(',');
  useEffect(() => {
    const ids = key.split(',').filter(Boolean);
    if (ids.length < 2) return setShared(null);
    let live = true;
    void client.call('entities.shared', { documentIds: ids }).then((s) => live && setShared(s), () => live && setShared(null));
    return () => {
      live = false;
    };
  }, [key, revision]);
  // The bar is there from the start (empty while it loads), so the panes below never jump.
  if (!shared) return <div className="shared-bar" data-testid="shared-bar" aria-label={t('entities.shared')}><span className="hint">{t('entities.shared')}</span></div>;
  // An amount or date tagged as one entity in both articles shows once, as that entity with its value.
  const same = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLocaleLowerCase();
  const valueOf = new Map<string, (typeof shared.values)[number]>();
  for (const v of shared.values) for (const text of v.texts) valueOf.set(same(text), v);
  const covered = new Set<(typeof shared.values)[number]>();
  const entityValue = (names: string[]) => {
    const v = names.map((n) => valueOf.get(same(n))).find(Boolean);
    if (v) covered.add(v);
    return v;
  };
  const entities = shared.entities.map(({ entity }) => ({ entity, value: entityValue([entity.name, ...entity.aliases]) }));
  const values = shared.values.filter((v) => !covered.has(v));
  return (
    <div className="shared-bar" data-testid="shared-bar" aria-label={t('entities.shared')}>
      <span className="hint">{t('entities.shared')}</span>
      {entities.length === 0 && values.length === 0 && <span className="hint">{t('entities.nothingShared')}</span>}
      {entities.map(({ entity, value }) => (
        <button key={entity.id} type="button" className={`entity-chip type-${entity.type}${selected === entity.id ? ' on' : ''}`} aria-pressed={selected === entity.id}
          title={label(entity.type)} onClick={() => select(selected === entity.id ? null : entity.id)} data-testid="shared-entity">
          {entity.name}
          {value && <span className="hint">= {formatValue(value.value, language)}</span>}
        </button>
      ))}
      {values.map((v) => (
        <span key={JSON.stringify(v.value)} className={`entity-chip value type-${v.type}`} title={v.texts.join(' · ')} data-testid="shared-value">
          {v.texts[0]} <span className="hint">= {formatValue(v.value, language)}</span>
        </span>
      ))}
    </div>
  );
}
