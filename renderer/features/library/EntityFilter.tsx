import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';

export interface EntityChoice {
  id: string;
  name: string;
  type: string;
}

/** "Articles mentioning Thales and Cloudwatt": entities picked by name (type-ahead), every one required. */
export function EntityFilter({ chosen, onChange }: { chosen: EntityChoice[]; onChange(next: EntityChoice[]): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Entity[]>([]);
  useEffect(() => {
    if (!query.trim()) return setMatches([]);
    let live = true;
    const timer = window.setTimeout(() => void client.call('entities.list', { query, limit: 6 }).then((list) => live && setMatches(list.filter((e) => !chosen.some((c) => c.id === e.id)))), 100);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, chosen]);
  const add = (e: Entity) => {
    onChange([...chosen, { id: e.id, name: e.name, type: e.type }]);
    setQuery('');
  };
  return (
    <div className="entity-filter" data-testid="entity-filter">
      {chosen.map((c) => (
        <span key={c.id} className={`entity-chip type-${c.type}`}>
          {c.name}
          <button type="button" className="chip-remove" aria-label={t('library.removeEntity', { name: c.name })} onClick={() => onChange(chosen.filter((x) => x.id !== c.id))}>×</button>
        </span>
      ))}
      <span className="entity-filter-input">
        <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('library.mentioning')} aria-label={t('library.mentioning')}
          onKeyDown={(e) => e.key === 'Enter' && matches[0] && (e.preventDefault(), add(matches[0]))} data-testid="entity-filter-input" />
        {matches.length > 0 && (
          <ul className="entity-filter-matches" role="listbox">
            {matches.map((m) => (
              <li key={m.id} role="option" aria-selected={false} className={`type-${m.type}`} onMouseDown={(e) => (e.preventDefault(), add(m))} data-testid="entity-filter-option">
                <span className="type-dot" aria-hidden="true" /> {m.name} <span className="count">{m.documentCount}</span>
              </li>
            ))}
          </ul>
        )}
      </span>
    </div>
  );
}
