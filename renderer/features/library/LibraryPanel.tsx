import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection, DocumentSummary, Facets, SortKey } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { languageName } from '../../shared/format.ts';
import { useAnnotationChanges } from '../annotations/history.tsx';
import { requestFind } from '../reader/find-requests.ts';
import { hitId, SearchResults } from '../search/SearchResults.tsx';
import { useSearch } from '../search/useSearch.ts';
import { LibraryEntities } from '../entities/LibraryEntities.tsx';
import { EntityFilter, type EntityChoice } from './EntityFilter.tsx';
import { useNotices } from '../../shared/notices.tsx';
import { DetailsDialog } from './DetailsDialog.tsx';
import { LibraryList } from './LibraryList.tsx';
import { LibraryViews } from './LibraryViews.tsx';
import { NameDialog } from './NameDialog.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { useLibraryActions } from './useLibraryActions.ts';
import { useSelection } from './useSelection.ts';
import { useDocumentPages, type ListFilter } from './useDocumentPages.ts';

interface Props {
  revision: number;
  openIds: string[];
  onOpen(doc: DocumentSummary, beside: boolean): void;
  /** Opens these articles side by side (a selection). */
  onOpenMany(ids: string[]): void;
  /** The library changed here (articles trashed, filed, edited): lists and panes reload. */
  onChanged(): void;
  /** Export, with the articles selected in the list. */
  onExport(selectedIds: string[]): void;
  onLoadSamples(): void;
  /** The library's backups (a dialog of the app). */
  onBackups(): void;
  searchRef: React.RefObject<HTMLInputElement | null>;
}

const SORTS: SortKey[] = ['imported', 'title', 'published', 'source', 'words'];

type Asking = { kind: 'collection'; then?: (c: Collection) => void } | { kind: 'tags' } | { kind: 'details'; id: string } | null;

export function LibraryPanel({ revision: libraryRevision, openIds, onOpen, onOpenMany, onChanged, onExport, onLoadSamples, onBackups, searchRef }: Props) {
  // Note counts follow annotation changes a moment later, so a new highlight is drawn before the list refreshes.
  const changes = useAnnotationChanges();
  const [seenChanges, setSeenChanges] = useState(changes);
  useEffect(() => {
    const timer = window.setTimeout(() => setSeenChanges(changes), 300);
    return () => window.clearTimeout(timer);
  }, [changes]);
  const revision = libraryRevision + seenChanges;
  const { t, i18n } = useTranslation();
  const { fail } = useNotices();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ListFilter>({
    sort: 'imported', descending: true, source: null, language: null, entityIds: [], view: 'library', unread: false, collectionId: null, tag: null,
  });
  const [entities, setEntities] = useState<EntityChoice[]>([]);
  const [showEntities, setShowEntities] = useState(false);
  const chooseEntities = (next: EntityChoice[]) => {
    setEntities(next);
    setFilter({ ...filter, entityIds: next.map((e) => e.id) });
  };
  const [facets, setFacets] = useState<Facets>({ sources: [], languages: [], tags: [], counts: { library: 0, archive: 0, trash: 0, unread: 0, samples: 0 } });
  const [collections, setCollections] = useState<Collection[]>([]);
  const [selected, setSelected] = useState(0);
  const [asking, setAsking] = useState<Asking>(null);
  const pages = useDocumentPages(filter, revision);
  const selection = useSelection(filter, pages.row);
  const actions = useLibraryActions(onChanged);
  const search = useSearch(query, revision);
  const filtered = filter.source !== null || filter.language !== null || filter.entityIds.length > 0 || filter.unread || filter.collectionId !== null || filter.tag !== null;
  // Nothing to read (the Trash aside): the welcome, with the ways to bring articles in.
  const emptyLibrary = pages.total === 0 && !filtered && filter.view === 'library' && facets.counts.archive === 0;

  useEffect(() => void client.call('documents.facets', {}).then(setFacets), [revision]);
  useEffect(() => void client.call('collections.list', {}).then(setCollections), [revision]);
  // A collection or tag that no longer exists is no longer a filter.
  useEffect(() => {
    if (filter.collectionId !== null && collections.length > 0 && !collections.some((c) => c.id === filter.collectionId)) setFilter((f) => ({ ...f, collectionId: null }));
  }, [collections, filter.collectionId]);

  // Search results from the keyboard: ↑/↓ choose, Enter opens (Shift+Enter beside), at the first match of the query.
  const [hit, setHit] = useState(-1);
  const resultsId = useId();
  const hits = search.result?.hits ?? [];
  const openHit = (doc: DocumentSummary, beside: boolean) => {
    requestFind(doc.id, query);
    onOpen(doc, beside);
  };
  const onSearchKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') return setQuery('');
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setHit((h) => (event.key === 'ArrowDown' ? Math.min(hits.length - 1, h + 1) : Math.max(0, h - 1)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openHit(hits[Math.max(0, hit)]!, event.shiftKey);
    }
  };

  const ids = selection.ids;
  const [moreFilters, setMoreFilters] = useState(false);
  const filtersId = useId();
  const activeFilters = (filter.source !== null ? 1 : 0) + (filter.language !== null ? 1 : 0) + entities.length;
  // A filter set elsewhere (an entity chosen from its page) shows where it can be taken off.
  useEffect(() => void (activeFilters > 0 && setMoreFilters(true)), [activeFilters]);
  const afterAction = () => selection.clear();
  const newCollection = (then?: (c: Collection) => void) => setAsking({ kind: 'collection', ...(then && { then }) });

  const countLabel = useMemo(() => (pages.total === null ? '' : t('library.count', { count: pages.total })), [pages.total, t]);

  return (
    <section className="library-panel" aria-label={t('library.title')}>
      <div className="search-box">
        <input
          ref={searchRef}
          type="search"
          value={query}
          placeholder={t('toolbar.search')}
          title={t('toolbar.searchHint')}
          aria-label={t('toolbar.search')}
          onChange={(event) => (setQuery(event.target.value), setHit(-1))}
          onKeyDown={onSearchKey}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={hits.length > 0 ? resultsId : undefined}
          aria-activedescendant={hit >= 0 && hit < hits.length ? hitId(resultsId, hit) : undefined}
          aria-autocomplete="list"
          data-testid="search-input"
        />
      </div>
      {showEntities ? (
        <LibraryEntities
          onClose={() => setShowEntities(false)}
          onFilter={(e) => !entities.some((c) => c.id === e.id) && chooseEntities([...entities, { id: e.id, name: e.name, type: e.type }])}
        />
      ) : search.result ? (
        <SearchResults query={query} result={search.result} active={hit} listId={resultsId} onOpen={openHit} />
      ) : (
        <>
          <LibraryViews filter={filter} facets={facets} collections={collections} onChange={setFilter} onNewCollection={() => newCollection((c) => setFilter((f) => ({ ...f, collectionId: c.id })))} />
          {facets.counts.samples > 0 && filter.view === 'library' && (
            <p className="samples-banner" data-testid="samples-banner">
              {t('manage.samplesHere', { count: facets.counts.samples })}{' '}
              <button type="button" className="link-button" onClick={() => void actions.removeSamples()} data-testid="remove-samples">{t('manage.removeSamples')}</button>
            </p>
          )}
          {filter.view === 'trash' && facets.counts.trash > 0 && (
            <p className="samples-banner">
              {t('manage.trashHint')}{' '}
              <button type="button" className="link-button" onClick={() => void actions.emptyTrash()} data-testid="empty-trash">{t('manage.emptyTrash')}</button>
            </p>
          )}
          <div className="library-controls" hidden={emptyLibrary}>
            <span className="panel-count" data-testid="library-count">{countLabel}</span>
            <button
              type="button"
              className={`filters-toggle${moreFilters ? ' on' : ''}`}
              aria-expanded={moreFilters}
              aria-controls={filtersId}
              onClick={() => setMoreFilters(!moreFilters)}
              data-testid="filters-toggle"
            >
              {activeFilters > 0 ? t('manage.filtersActive', { count: activeFilters }) : t('manage.filters')}
            </button>
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
          <div className="library-filters" id={filtersId} hidden={emptyLibrary || !moreFilters}>
            <select value={filter.source ?? ''} onChange={(e) => setFilter({ ...filter, source: e.target.value || null })} aria-label={t('library.source')} data-testid="filter-source">
              <option value="">{t('library.allSources')}</option>
              {facets.sources.map((s) => <option key={s.value} value={s.value}>{s.value} ({s.count})</option>)}
            </select>
            <select value={filter.language ?? ''} onChange={(e) => setFilter({ ...filter, language: e.target.value || null })} aria-label={t('library.languageFilter')} data-testid="filter-language">
              <option value="">{t('library.allLanguages')}</option>
              {facets.languages.map((l) => <option key={l.value} value={l.value}>{languageName(l.value, i18n.language)} ({l.count})</option>)}
            </select>
            <EntityFilter chosen={entities} onChange={chooseEntities} />
          </div>
          {emptyLibrary ? (
            <div className="empty-state" data-testid="library-empty">
              <h2>{t('library.empty.title')}</h2>
              <p>{t('library.empty.body')}</p>
              <button type="button" className="primary" onClick={onLoadSamples} data-testid="load-samples">{t('library.empty.samples')}</button>
              <p className="hint">{t('library.empty.drop')}</p>
              <p className="hint"><button type="button" className="link-button" onClick={onBackups} data-testid="empty-backups-button">{t('library.empty.restore')}</button></p>
            </div>
          ) : pages.total === 0 ? (
            <div className="empty-state" data-testid="view-empty"><p>{filtered ? t('library.noMatch') : t(`manage.emptyView.${filter.view}`)}</p></div>
          ) : (
            <LibraryList
              total={pages.total ?? 0}
              row={pages.row}
              ensure={pages.ensure}
              subscribe={pages.subscribe}
              version={pages.version}
              selected={selected}
              chosen={ids}
              onSelect={setSelected}
              onChoose={selection.select}
              onChooseAll={() => void selection.selectAll()}
              onOpen={onOpen}
              onDelete={(doc) => {
                const doomed = ids.length > 0 ? ids : doc ? [doc.id] : [];
                if (doomed.length > 0) void (filter.view === 'trash' ? actions.emptyTrash(doomed) : actions.trash(doomed)).then(afterAction);
              }}
              openIds={openIds}
            />
          )}
          {ids.length > 0 && (
            <SelectionBar
              count={ids.length}
              view={filter.view}
              collections={collections}
              collectionId={filter.collectionId}
              onOpen={() => onOpenMany(ids)}
              onDetails={() => setAsking({ kind: 'details', id: ids[0]! })}
              onTrash={() => void actions.trash(ids).then(afterAction)}
              onRestore={() => void actions.restore(ids).then(afterAction)}
              onDeleteForGood={() => void actions.emptyTrash(ids).then(afterAction)}
              onArchive={(archived) => void actions.archive(ids, archived).then(afterAction)}
              onRead={(read) => void actions.setRead(ids, read)}
              onFile={(c, inside) => void actions.file(c, ids, inside)}
              onNewCollection={() => newCollection((c) => void actions.file(c, ids, true))}
              onTag={() => setAsking({ kind: 'tags' })}
              onExport={() => onExport(ids)}
              onClear={selection.clear}
            />
          )}
          <div className="library-footer" hidden={emptyLibrary}>
            <button type="button" className="link-button" onClick={() => setShowEntities(true)} data-testid="library-entities-button">{t('entities.library')}</button>
            <button type="button" className="link-button" onClick={onBackups} data-testid="backups-button">{t('backups.button')}</button>
          </div>
          {asking?.kind === 'collection' && (
            <NameDialog
              title={t('manage.newCollectionTitle')}
              label={t('manage.collectionName')}
              hint={t('manage.collectionHint')}
              submitLabel={t('manage.create')}
              onCancel={() => setAsking(null)}
              onSubmit={async (name) => {
                try {
                  const made = await client.call('collections.create', { name });
                  setAsking(null);
                  setCollections(await client.call('collections.list', {}));
                  asking.then?.(made);
                } catch (error) {
                  fail(error);
                }
              }}
              testId="collection-dialog"
            />
          )}
          {asking?.kind === 'tags' && (
            <NameDialog
              title={t('manage.tagTitle', { count: ids.length })}
              label={t('manage.tagLabel')}
              hint={t('manage.tagHint')}
              submitLabel={t('manage.tagButton')}
              onCancel={() => setAsking(null)}
              onSubmit={async (text) => {
                const remove = text.split(/[,;]/).map((x) => x.trim()).filter((x) => x.startsWith('-')).map((x) => x.slice(1).trim()).filter(Boolean);
                const add = text.split(/[,;]/).map((x) => x.trim()).filter((x) => x && !x.startsWith('-'));
                await actions.tag(ids, add, remove);
                setAsking(null);
              }}
              testId="tag-dialog"
            />
          )}
          {asking?.kind === 'details' && <DetailsDialog id={asking.id} onSaved={onChanged} onClose={() => setAsking(null)} />}
        </>
      )}
    </section>
  );
}
