import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity, NormalisedValueShape, SuggestionShape } from '../../../app/contract/index.ts';
import { foldWords } from '../../../app/contract/shared/text-query.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { useEntityFocus } from './entity-focus.tsx';
import { useEntityTypes } from './entity-types.tsx';
import { formatValue } from './format-value.ts';

interface Props {
  entities: Entity[];
  suggestions: SuggestionShape[] | null;
  /** False while a long article's suggestions are still coming, part by part. */
  complete: boolean;
  /** Accepts every suggestion of a group, in this article. */
  onAccept(list: SuggestionShape[]): void;
  onReject(list: SuggestionShape[]): void;
  onAcceptAll(s: SuggestionShape): void;
  /** Brings a passage (code points) into view. */
  onShow(start: number, end: number): void;
  /** Untags the entity's mentions in this article. */
  onUntag(entity: Entity): void;
  /** Opens the article's timeline. */
  onTimeline(): void;
  /** The value of each amount, percentage or date entity as mentioned here (its first mention's). */
  values: ReadonlyMap<string, NormalisedValueShape>;
}

const QUEUE_BEFORE = 50;
const QUEUE_SHOWN = 300;

/** One row of the review queue: a name (or value) suggested once or more in the article, in its first place's order. */
export interface SuggestionGroup {
  key: string;
  first: SuggestionShape;
  items: SuggestionShape[];
}


/** The suggestions by entity: one group per linked entity, or per type and words (case and accents aside). */
export function groupSuggestions(list: readonly SuggestionShape[]): SuggestionGroup[] {
  const groups = new Map<string, SuggestionGroup>();
  for (const s of list) {
    const key = `${s.type}|${s.entityId ?? foldWords(s.text)}`;
    const group = groups.get(key);
    if (group) group.items.push(s);
    else groups.set(key, { key, first: s, items: [s] });
  }
  return [...groups.values()];
}

/**
 * The article's entities, grouped by type with their mention counts, and the review queue of suggestions, one row
 * per name however often it is suggested: ↑/↓ (or j/k) to move, Enter or a to accept it here, Delete or r to reject
 * it here, Shift+A to accept the same words across the library. A click on a row shows its places in turn.
 */
export function EntityPanel({ entities, suggestions, complete, onAccept, onReject, onAcceptAll, onShow, onUntag, onTimeline, values }: Props) {
  const { t } = useTranslation();
  const { language, settings, update } = useSettings();
  const { types, label } = useEntityTypes();
  const { selected, select, openPage } = useEntityFocus();
  const [current, setCurrent] = useState(0);
  const [place, setPlace] = useState(0);
  const groups = useMemo(() => types.map((type) => ({ type, entities: entities.filter((e) => e.type === type.code) })).filter((g) => g.entities.length > 0), [types, entities]);
  const queue = useMemo(() => groupSuggestions(suggestions ?? []), [suggestions]);
  const at = Math.min(current, Math.max(0, queue.length - 1));
  // A window of the queue around the current row: a long article may have thousands.
  const first = Math.max(0, at - QUEUE_BEFORE);
  const visibleQueue = queue.slice(first, first + QUEUE_SHOWN);
  const showPlace = (group: SuggestionGroup, n: number) => {
    const s = group.items[n % group.items.length]!;
    onShow(s.start, s.end);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const g = queue[at];
    const key = event.key;
    let next = at;
    if (key === 'ArrowDown' || key === 'j') next = Math.min(queue.length - 1, at + 1);
    else if (key === 'ArrowUp' || key === 'k') next = Math.max(0, at - 1);
    else if (g && (key === 'Enter' || key === 'a')) onAccept(g.items);
    else if (g && (key === 'Delete' || key === 'Backspace' || key === 'r')) onReject(g.items);
    else if (g && key === 'A') onAcceptAll(g.first);
    else return;
    event.preventDefault();
    setCurrent(next);
    setPlace(0);
    const shown = queue[next];
    if (shown) showPlace(shown, 0);
  };
  const hidden = !settings.showSuggestions;

  return (
    <div className="entity-panel" data-testid="entity-panel">
      {groups.length === 0 && <p className="hint">{t('entities.none')}</p>}
      {groups.some((g) => g.type.code === 'DATE') && (
        <button type="button" className="link-button timeline-open" onClick={onTimeline} data-testid="article-timeline">{t('timeline.openArticle')}</button>
      )}
      {groups.map(({ type, entities: list }) => (
        <section key={type.code} className={`entity-group type-${type.code}`}>
          <h3><span className="type-dot" aria-hidden="true" /><span className="type-sample">{label(type.code)}</span> <span className="count">{list.length}</span></h3>
          <ul>
            {list.map((e) => (
              <li key={e.id} className={`entity-row${selected === e.id ? ' selected' : ''}`} data-testid="entity-row">
                <button type="button" className="entity-name" onClick={() => select(selected === e.id ? null : e.id)} aria-pressed={selected === e.id} title={t('entities.light')}>
                  {e.name}
                </button>
                {values.has(e.id) && <span className="suggestion-value" data-testid="entity-value">{formatValue(values.get(e.id)!, language)}</span>}
                <span className="count" title={t('entities.mentionsHere', { count: e.mentionCount })}>{e.mentionCount}</span>
                <button type="button" className="link-button" onClick={() => openPage(e.id)} data-testid="open-entity">{t('entities.page')}</button>
                <button type="button" className="link-button danger" title={t('entities.untagAll')} aria-label={t('entities.untagAll')}
                  onClick={() => onUntag(e)} data-testid="untag-entity">×</button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="suggestions" data-testid="suggestions">
        <h3>
          {t('entities.suggestions')} <span className="count" data-testid="suggestion-count">{suggestions === null ? '…' : `${suggestions.length}${complete ? '' : '…'}`}</span>
          <button type="button" className="link-button suggestions-toggle" aria-pressed={hidden} onClick={() => update({ showSuggestions: hidden })} data-testid="toggle-suggestions"
            title={t('entities.toggleHint')}>
            {hidden ? t('entities.showInText') : t('entities.hideInText')}
          </button>
        </h3>
        {queue.length > 0 && <p className="hint">{t('entities.reviewHint')}</p>}
        <ol tabIndex={0} onKeyDown={onKeyDown} aria-label={t('entities.suggestions')} className="suggestion-queue" data-testid="suggestion-queue">
          {visibleQueue.map((g, shown) => { const i = first + shown; const s = g.first; const count = g.items.length; return (
            <li key={g.key} className={`suggestion type-${s.type}${i === at ? ' current' : ''}`} data-testid="suggestion"
              onClick={() => { const n = i === at ? place + 1 : 0; setCurrent(i); setPlace(n); showPlace(g, n); }}>
              <span className="type-chip" title={s.reason ? t(`entities.reason.${s.reason}`) : undefined}>{label(s.type)}</span>
              <span className="suggestion-text">{s.text}</span>
              {count > 1 && <span className="count" title={t('entities.timesHere', { count })} data-testid="suggestion-times">×{count}</span>}
              {s.entityName && s.entityName !== s.text && <span className="suggestion-link" data-testid="suggestion-link">→ {s.entityName}</span>}
              {s.value && <span className="suggestion-value">{formatValue(s.value, language)}</span>}
              <span className="suggestion-actions">
                <button type="button" onClick={(e) => (e.stopPropagation(), onAccept(g.items))} title={t('entities.acceptHere', { count })} aria-label={t('entities.acceptHere', { count })} data-testid="accept">✓</button>
                <button type="button" onClick={(e) => (e.stopPropagation(), onReject(g.items))} title={t('entities.rejectHere', { count })} aria-label={t('entities.rejectHere', { count })} data-testid="reject">✗</button>
                <button type="button" onClick={(e) => (e.stopPropagation(), onAcceptAll(s))} title={t('entities.acceptAll')} aria-label={t('entities.acceptAll')} data-testid="accept-all">⇶</button>
              </span>
            </li>
          ); })}
        </ol>
      </section>
    </div>
  );
}
