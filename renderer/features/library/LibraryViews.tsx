import { useTranslation } from 'react-i18next';
import type { Collection, Facets, ListView } from '../../../app/contract/index.ts';
import type { ListFilter } from './useDocumentPages.ts';
import { useEntityFocus } from '../entities/entity-focus.tsx';

interface Props {
  filter: ListFilter;
  facets: Facets;
  collections: Collection[];
  onChange(filter: ListFilter): void;
  onNewCollection(): void;
}

const VIEWS = ['library', 'archive', 'trash'] as const satisfies readonly ListView[];

/** Which part of the library is listed: the library, the archive or the Trash; a collection; a tag; unread only. */
export function LibraryViews({ filter, facets, collections, onChange, onNewCollection }: Props) {
  const { openTimeline } = useEntityFocus();
  const { t } = useTranslation();
  const set = (change: Partial<ListFilter>) => onChange({ ...filter, ...change });
  return (
    <div className="library-views">
      <div className="view-buttons" role="group" aria-label={t('manage.views')}>
        {VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            className="view-button"
            aria-pressed={filter.view === view}
            onClick={() => set({ view })}
            data-testid={`view-${view}`}
          >
            {t(`manage.view.${view}`)} <span className="view-count">{facets.counts[view]}</span>
          </button>
        ))}
        <label className="toggle unread-toggle" hidden={filter.view === 'trash'}>
          <input type="checkbox" checked={filter.unread} onChange={(e) => set({ unread: e.target.checked })} data-testid="filter-unread" />
          {t('manage.unreadOnly', { count: facets.counts.unread })}
        </label>
      </div>
      <div className="library-filters">
        <select
          value={filter.collectionId ?? ''}
          onChange={(e) => (e.target.value === '+' ? onNewCollection() : set({ collectionId: e.target.value || null }))}
          aria-label={t('manage.collection')}
          data-testid="filter-collection"
        >
          <option value="">{t('manage.allCollections')}</option>
          {collections.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.count})</option>)}
          <option value="+">{t('manage.newCollection')}</option>
        </select>
        {filter.collectionId && (
          <button type="button" className="link-button" data-testid="collection-timeline"
            onClick={() => openTimeline({ scope: { collectionId: filter.collectionId! }, title: collections.find((c) => c.id === filter.collectionId)?.name ?? '' })}>
            {t('timeline.open')}
          </button>
        )}
        <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value || null })} aria-label={t('manage.tag')} data-testid="filter-tag" disabled={facets.tags.length === 0 && filter.tag === null}>
          <option value="">{t('manage.allTags')}</option>
          {facets.tags.map((tag) => <option key={tag.value} value={tag.value}>{tag.value} ({tag.count})</option>)}
        </select>
      </div>
    </div>
  );
}
