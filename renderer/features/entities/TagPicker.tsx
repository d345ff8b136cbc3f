import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { useEntityTypes } from './entity-types.tsx';

interface Props {
  top: number;
  left: number;
  /** The selected words. */
  text: string;
  type: string;
  onPick(choice: { entityId: string } | { name: string }): void;
  onCancel(): void;
}

/** After "Tag as → type": link the selection to an existing entity (type-ahead over names and aliases) or create one. */
export function TagPicker({ top, left, text, type, onPick, onCancel }: Props) {
  const { t } = useTranslation();
  const { label } = useEntityTypes();
  const [query, setQuery] = useState(text);
  const [matches, setMatches] = useState<Entity[]>([]);
  const [current, setCurrent] = useState(0);
  useEffect(() => {
    let live = true;
    // A person named in part (`M. Badrinath`) is found by the surname too: the known person comes before "Create".
    const words = query.trim().split(/\s+/);
    const surname = words.length > 1 ? words.at(-1)!.replace(/[^\p{L}\p{M}'’-]/gu, '') : '';
    const timer = window.setTimeout(() => void Promise.all([
      client.call('entities.list', { type, query, limit: 8 }),
      surname.length >= 2 ? client.call('entities.list', { type, query: surname, limit: 8 }) : Promise.resolve([]),
    ]).then(([byName, bySurname]) => {
      if (!live) return;
      const seen = new Set(byName.map((e) => e.id));
      setMatches([...byName, ...bySurname.filter((e) => !seen.has(e.id))].slice(0, 8));
      setCurrent(0);
    }), 80);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [type, query]);
  // The words come selected: typing replaces them (`Thal` gives `Thal`, not `ThalesThal`).
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const exact = matches.some((m) => [m.name, ...m.aliases].some((n) => n.toLocaleLowerCase() === query.trim().toLocaleLowerCase()));
  const options: ({ entityId: string; title: string; aliases: string[] } | { name: string; title: string })[] = [
    ...matches.map((m) => ({ entityId: m.id, title: m.name, aliases: m.aliases })),
    ...(query.trim() && !exact ? [{ name: query.trim(), title: t('entities.create', { name: query.trim() }) }] : []),
  ];
  const pick = (i: number) => {
    const option = options[i];
    if (!option) return;
    onPick('entityId' in option ? { entityId: option.entityId } : { name: option.name });
  };
  return (
    <div className={`tag-picker type-${type}`} style={{ top, left }} role="dialog" aria-label={t('entities.tagAs', { type: label(type) })} data-testid="tag-picker" onMouseDown={(e) => e.stopPropagation()}>
      <p className="tag-picker-title"><span className="type-dot" aria-hidden="true" />{t('entities.tagAs', { type: label(type) })}</p>
      <input
        ref={input}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setCurrent(Math.min(options.length - 1, current + 1));
          else if (e.key === 'ArrowUp') setCurrent(Math.max(0, current - 1));
          else if (e.key === 'Enter') pick(current);
          else if (e.key === 'Escape') onCancel();
          else return;
          e.preventDefault();
        }}
        aria-label={t('entities.name')}
        data-testid="tag-input"
      />
      <ul role="listbox">
        {options.map((option, i) => (
          <li key={'entityId' in option ? option.entityId : 'new'} role="option" aria-selected={i === current} className={i === current ? 'current' : ''} onMouseEnter={() => setCurrent(i)} onClick={() => pick(i)} data-testid="tag-option">
            {option.title}
            {'aliases' in option && option.aliases.length > 0 && <span className="hint"> · {option.aliases.slice(0, 3).join(', ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
