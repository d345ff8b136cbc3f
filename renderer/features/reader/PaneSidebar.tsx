// A pane's side panel: the notes and entities tabs, and the article note the notes tab shows.
import { useCallback, useEffect, useMemo, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, DocumentFull, Entity, NormalisedValueShape } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar.tsx';
import { useHistory } from '../annotations/history.tsx';
import { EntityPanel } from '../entities/EntityPanel.tsx';
import { useEntityFocus } from '../entities/entity-focus.tsx';
import type { useArticleEntities } from '../entities/useArticleEntities.ts';
import { useOfferDelete } from '../entities/useOfferDelete.ts';

export type SideTab = 'notes' | 'entities';

/** The article's own note, and saving it (a stable function, as the sidebar's memoised cards want). */
export function useDocumentNote(doc: Pick<DocumentFull, 'id' | 'note'>) {
  const [documentNote, setDocumentNote] = useState(doc.note);
  // The article note too may change from elsewhere (an import of annotations).
  const { revision } = useHistory();
  useEffect(() => {
    if (revision > 0) void client.call('documents.get', { id: doc.id }).then((fresh) => setDocumentNote(fresh.note));
  }, [revision, doc.id]);
  const saveDocumentNote = useCallback((note: string | null) => {
    void client.call('documents.setNote', { id: doc.id, note }).then((saved) => setDocumentNote(saved.note));
  }, [doc.id]);
  return [documentNote, saveDocumentNote] as const;
}

interface Props {
  tab: SideTab;
  onTab(tab: SideTab): void;
  /** The notes tab's annotation sidebar. */
  notes: ComponentProps<typeof AnnotationSidebar>;
  mentions: Annotation[];
  article: ReturnType<typeof useArticleEntities>;
  /** Brings a passage (code points) into view. */
  onShow(start: number, end: number): void;
  /** Says something in the pane's status line. */
  flash(message: string): void;
  /** Deletes an annotation (a mention here), as Undo can bring back. */
  removeMention(id: string): Promise<void>;
  /** The article's title (its timeline is called after it). */
  title: string;
}

/** The pane's side panel: its annotations in one tab, its entities and the suggested ones in the other. */
export function PaneSidebar({ tab, onTab, notes, mentions, article, onShow, flash, removeMention, title }: Props) {
  const { t } = useTranslation();
  const { openTimeline } = useEntityFocus();
  const values = useMemo(() => {
    const byEntity = new Map<string, NormalisedValueShape>();
    for (const m of mentions) if (m.entityId && m.value && !byEntity.has(m.entityId)) byEntity.set(m.entityId, m.value);
    return byEntity;
  }, [mentions]);
  const offerDelete = useOfferDelete();
  const untag = async (entity: Entity) => {
    for (const m of mentions.filter((a) => a.entityId === entity.id)) await removeMention(m.id);
    await offerDelete(entity);
  };
  return (
    <div className="pane-side">
      <div className="side-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'notes'} className={tab === 'notes' ? 'on' : ''} onClick={() => onTab('notes')} data-testid="tab-notes">
          {t('annotations.title')} <span className="count">{notes.annotations.length}</span>
        </button>
        <button type="button" role="tab" aria-selected={tab === 'entities'} className={tab === 'entities' ? 'on' : ''} onClick={() => onTab('entities')} data-testid="tab-entities">
          {t('entities.title')} <span className="count">{article.entities.length}</span>
          {(article.suggestions?.length ?? 0) > 0 && <span className="count suggested" title={t('entities.suggestions')}>+{article.suggestions!.length}</span>}
        </button>
      </div>
      {tab === 'notes' ? (
        <AnnotationSidebar {...notes} />
      ) : (
        <EntityPanel
          entities={article.entities}
          suggestions={article.suggestions}
          complete={article.complete}
          onAccept={(list) => void article.acceptMany(list)}
          onReject={(list) => void article.rejectMany(list)}
          onAcceptAll={(sug) => void article.acceptAll(sug).then((r) => r && flash(t('entities.acceptedAll', { count: r.tagged, articles: t('entities.articles', { count: r.documents }) })))}
          onShow={onShow}
          onUntag={(entity) => void untag(entity)}
          onTimeline={() => openTimeline({ scope: { documentId: notes.documentId }, title })}
          values={values}
        />
      )}
    </div>
  );
}
