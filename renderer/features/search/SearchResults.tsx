import { useEffect, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, SearchResult } from '../../../app/contract/index.ts';
import { formatDate } from '../../shared/format.ts';

/** A snippet whose matches the core marked with U+0002 … U+0003, drawn with <mark> and never as HTML. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\u0002[^\u0003]*\u0003)/u);
  return (
    <span className="snippet">
      {parts.map((part, i) => (part.startsWith('\u0002') ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>))}
    </span>
  );
}

interface Props {
  query: string;
  result: SearchResult;
  /** The result chosen with ↑/↓ from the search box (-1: none yet). */
  active: number;
  listId: string;
  onOpen(doc: DocumentSummary, beside: boolean): void;
}

/** The id of a result's element, for the search box's aria-activedescendant. */
export const hitId = (listId: string, index: number) => `${listId}-${index}`;

export function SearchResults({ query, result, active, listId, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    if (active >= 0) document.getElementById(hitId(listId, active))?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);
  if (result.total === 0) {
    return (
      <div className="search-empty" data-testid="search-empty">
        <p>{t('search.none', { query })}</p>
        <p className="hint">{t('search.tip')}</p>
      </div>
    );
  }
  const open = (event: MouseEvent, doc: DocumentSummary) => onOpen(doc, event.shiftKey || event.metaKey || event.ctrlKey || event.altKey);
  return (
    <div className="search-results" data-testid="search-results">
      <div className="panel-count">{t(result.totalIsExact ? 'search.results' : 'search.resultsAtLeast', { count: result.total })}</div>
      <ol role="listbox" id={listId} aria-label={t('search.label')}>
        {result.hits.map((hit, index) => (
          <li
            key={hit.id}
            id={hitId(listId, index)}
            role="option"
            aria-selected={index === active}
            className={`search-hit${index === active ? ' active' : ''}`}
            data-testid="search-hit"
            onClick={(event) => open(event, hit)}
          >
            <div className="row-title">{hit.title}</div>
            <div className="row-meta">{[hit.source, formatDate(hit.published, i18n.language)].filter(Boolean).join(' · ')}</div>
            <Snippet text={hit.snippet} />
          </li>
        ))}
      </ol>
    </div>
  );
}
