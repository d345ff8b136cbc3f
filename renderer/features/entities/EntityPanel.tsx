import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Entity, SuggestionShape } from '../../../app/contract/index.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { useEntityFocus } from './entity-focus.tsx';
import { useEntityTypes } from './entity-types.tsx';
import { formatValue } from './format-value.ts';

interface Props {
  entities: Entity[];
  mentions: Annotation[];
  suggestions: SuggestionShape[] | null;
  /** False while a long article's suggestions are still coming, part by part. */
  complete: boolean;
  onAccept(s: SuggestionShape): void;
  onReject(s: SuggestionShape): void;
  onAcceptAll(s: SuggestionShape): void;
  /** Brings a passage (code points) into view. */
  onShow(start: number, end: number): void;
  onUntag(annotationId: string): void;
}

const QUEUE_BEFORE = 50;
const QUEUE_SHOWN = 300;

/**
 * The article's entities, grouped by type with their mention counts, and the review queue of suggestions: ↑/↓ (or
 * j/k) to move, Enter or a to accept, Delete or r to reject, Shift+A to accept the same words across the library.
 */
export function EntityPanel({ entities, mentions, suggestions, complete, onAccept, onReject, onAcceptAll, onShow, onUntag }: Props) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { types, label } = useEntityTypes();
  const { selected, select, openPage } = useEntityFocus();
  const [current, setCurrent] = useState(0);
  const groups = useMemo(() => types.map((type) => ({ type, entities: entities.filter((e) => e.type === type.code) })).filter((g) => g.entities.length > 0), [types, entities]);
  const queue = suggestions ?? [];
  const at = Math.min(current, Math.max(0, queue.length - 1));
  // A window of the queue around the current suggestion: a long article may have tens of thousands.
  const first = Math.max(0, at - QUEUE_BEFORE);
  const visibleQueue = queue.slice(first, first + QUEUE_SHOWN);

  const onKeyDown = (event: KeyboardEvent) => {
    const s = queue[at];
    const key = event.key;
    if (key === 'ArrowDown' || key === 'j') setCurrent(Math.min(queue.length - 1, at + 1));
    else if (key === 'ArrowUp' || key === 'k') setCurrent(Math.max(0, at - 1));
    else if (s && (key === 'Enter' || key === 'a')) onAccept(s);
    else if (s && (key === 'Delete' || key === 'Backspace' || key === 'r')) onReject(s);
    else if (s && key === 'A') onAcceptAll(s);
    else return;
    event.preventDefault();
    const next = queue[key === 'ArrowUp' || key === 'k' ? Math.max(0, at - 1) : Math.min(queue.length - 1, at + (key === 'ArrowDown' || key === 'j' ? 1 : 0))];
    if (next) onShow(next.start, next.end);
  };

  return (
    <div className="entity-panel" data-testid="entity-panel">
      {groups.length === 0 && <p className="hint">{t('entities.none')}</p>}
      {groups.map(({ type, entities: list }) => (
        <section key={type.code} className={`entity-group type-${type.code}`}>
          <h3><span className="type-dot" aria-hidden="true" />{label(type.code)} <span className="count">{list.length}</span></h3>
          <ul>
            {list.map((e) => (
              <li key={e.id} className={`entity-row${selected === e.id ? ' selected' : ''}`} data-testid="entity-row">
                <button type="button" className="entity-name" onClick={() => select(selected === e.id ? null : e.id)} aria-pressed={selected === e.id} title={t('entities.light')}>
                  {e.name}
                </button>
                <span className="count" title={t('entities.mentionsHere', { count: e.mentionCount })}>{e.mentionCount}</span>
                <button type="button" className="link-button" onClick={() => openPage(e.id)} data-testid="open-entity">{t('entities.page')}</button>
                <button type="button" className="link-button danger" title={t('entities.untagAll')} aria-label={t('entities.untagAll')}
                  onClick={() => mentions.filter((m) => m.entityId === e.id).forEach((m) => onUntag(m.id))}>×</button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="suggestions" data-testid="suggestions">
        <h3>{t('entities.suggestions')} <span className="count" data-testid="suggestion-count">{suggestions === null ? '…' : `${queue.length}${complete ? '' : '…'}`}</span></h3>
        {queue.length > 0 && <p className="hint">{t('entities.reviewHint')}</p>}
        <ol tabIndex={0} onKeyDown={onKeyDown} aria-label={t('entities.suggestions')} className="suggestion-queue" data-testid="suggestion-queue">
          {visibleQueue.map((s, shown) => { const i = first + shown; return (
            <li key={`${s.start}:${s.end}:${s.type}`} className={`suggestion type-${s.type}${i === at ? ' current' : ''}`} data-testid="suggestion" onClick={() => (setCurrent(i), onShow(s.start, s.end))}>
              <span className="type-chip">{label(s.type)}</span>
              <span className="suggestion-text">{s.text}</span>
              {s.value && <span className="suggestion-value">{formatValue(s.value, language)}</span>}
              <span className="suggestion-actions">
                <button type="button" onClick={(e) => (e.stopPropagation(), onAccept(s))} title={t('entities.accept')} aria-label={t('entities.accept')} data-testid="accept">✓</button>
                <button type="button" onClick={(e) => (e.stopPropagation(), onReject(s))} title={t('entities.reject')} aria-label={t('entities.reject')} data-testid="reject">✗</button>
                <button type="button" onClick={(e) => (e.stopPropagation(), onAcceptAll(s))} title={t('entities.acceptAll')} aria-label={t('entities.acceptAll')} data-testid="accept-all">⇶</button>
              </span>
            </li>
          ); })}
        </ol>
      </section>
    </div>
  );
}
