import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, Facets, SortKey } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { languageName } from '../../shared/format.ts';
import { useAnnotationChanges } from '../annotations/history.tsx';
import { SearchResults } from '../search/SearchResults.tsx';
import { useSearch } from '../search/useSearch.ts';
import { LibraryEntities } from '../entities/LibraryEntities.tsx';
import { EntityFilter, type EntityChoice } from './EntityFilter.tsx';
import { LibraryList } from './LibraryList.tsx';
import { useDocumentPages, type ListFilter } from './useDocumentPages.ts';

interface Props {
  revision: number;
  openIds: string[];
  onOpen(doc: DocumentSummary, beside: boolean): void;
  onLoadSamples(): void;
  /** The library's backups (a dialog of the app). */
  onBackups(): void;
  searchRef: React.RefObject<HTMLInputElement | null>;
}

const SORTS: SortKey[] = ['imported', 'title', 'published', 'source', 'words'];

export function LibraryPanel({ revision: libraryRevision, openIds, onOpen, onLoadSamples, onBackups, searchRef }: Props) {
  // Note counts follow annotation changes a moment later, so a new highlight is drawn before the list refreshes.
  const changes = useAnnotationChanges();
  const [seenChanges, setSeenChanges] = useState(changes);
  useEffect(() => {
    const timer = window.setTimeout(() => setSeenChanges(changes), 300);
    return () => window.clearTimeout(timer);
  }, [changes]);
  const revision = libraryRevision + seenChanges;
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ListFilter>({ sort: 'imported', descending: true, source: null, language: null, entityIds: [] });
  const [entities, setEntities] = useState<EntityChoice[]>([]);
  const [showEntities, setShowEntities] = useState(false);
  const chooseEntities = (next: EntityChoice[]) => {
    setEntities(next);
    setFilter({ ...filter, entityIds: next.map((e) => e.id) });
  };
  const [facets, setFacets] = useState<Facets>({ sources: [], languages: [] });
  const [selected, setSelected] = useState(0);
  const pages = useDocumentPages(filter, revision);
  const search = useSearch(query, revision);
  const filtered = filter.source !== null || filter.language !== null || filter.entityIds.length > 0;

  useEffect(() => void client.call('documents.facets', {}).then(setFacets), [revision]);

  const countLabel = useMemo(() => (pages.total === null ? '' : t('library.count', { count: pages.total })), [pages.total, t]);

  return (
    <section className="library-panel" aria-label={t('library.title')}>
      {showEntities && (
        <LibraryEntities
          onClose={() => setShowEntities(false)}
          onFilter={(e) => !entities.some((c) => c.id === e.id) && chooseEntities([...entities, { id: e.id, name: e.name, type: e.type }])}
        />
      )}
      <div className="search-box">
        <input
          ref={searchRef}
          type="search"
          value={query}
          placeholder={t('toolbar.search')}
          title={t('toolbar.searchHint')}
          aria-label={t('toolbar.search')}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
          data-testid="search-input"
        />
      </div>
      {search.result ? (
        <SearchResults query={query} result={search.result} onOpen={onOpen} />
      ) : (
        <>
          <div className="library-controls" hidden={pages.total === 0 && !filtered}>
            <span className="panel-count" data-testid="library-count">{countLabel}</span>
            <label>
              <span className="visually-hidden">{t('library.sort')}</span>
              <select value={filter.sort} onChange={(e) => setFilter({ ...filter, sort: e.target.value as SortKey })} aria-label={t('library.sort')}>
                {SORTS.map((s) => <option key={s} value={s}>{t(`library.sorts.${s}`)}</option>)}
              </select>
            </label>
            <button type="button" className="icon-button" onClick={() => setFilter({ ...filter, descending: !filter.descending })} title={filter.descending ? t('library.descending') : t('library.ascending')} aria-label={filter.descending ? t('library.descending') : t('library.ascending')}>
              {filter.descending ? '↓' : '↑'}
            </button>
          </div>
          <div className="library-filters" hidden={pages.total === 0 && !filtered}>
            <select value={filter.source ?? ''} onChange={(e) => setFilter({ ...filter, source: e.target.value || null })} aria-label={t('library.source')} data-testid="filter-source">
              <option value="">{t('library.allSources')}</option>
              {facets.sources.map((s) => <option key={s.value} value={s.value}>{s.value} ({s.count})</option>)}
            </select>
            <select value={filter.language ?? ''} onChange={(e) => setFilter({ ...filter, language: e.target.value || null })} aria-label={t('library.languageFilter')} data-testid="filter-language">
              <option value="">{t('library.allLanguages')}</option>
              {facets.languages.map((l) => <option key={l.value} value={l.value}>{languageName(l.value, i18n.language)} ({l.count})</option>)}
            </select>
            <EntityFilter chosen={entities} onChange={chooseEntities} />
            <span className="library-links">
              <button type="button" className="link-button" onClick={() => setShowEntities(true)} data-testid="library-entities-button">{t('entities.library')}</button>
              <button type="button" className="link-button" onClick={onBackups} data-testid="backups-button">{t('backups.button')}</button>
            </span>
          </div>
          {pages.total === 0 && !filtered ? (
            <div className="empty-state" data-testid="library-empty">
              <h2>{t('library.empty.title')}</h2>
              <p>{t('library.empty.body')}</p>
              <button type="button" className="primary" onClick={onLoadSamples} data-testid="load-samples">{t('library.empty.samples')}</button>
              <p className="hint">{t('library.empty.drop')}</p>
              <p className="hint"><button type="button" className="link-button" onClick={onBackups} data-testid="empty-backups-button">{t('library.empty.restore')}</button></p>
            </div>
          ) : pages.total === 0 ? (
            <div className="empty-state"><p>{t('library.noMatch')}</p></div>
          ) : (
            <LibraryList total={pages.total ?? 0} row={pages.row} ensure={pages.ensure} selected={selected} onSelect={setSelected} onOpen={onOpen} openIds={openIds} />
          )}
        </>
      )}
    </section>
  );
}
