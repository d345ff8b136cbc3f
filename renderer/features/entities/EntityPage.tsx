import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity, MethodOutput } from '../../../app/contract/index.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { ApiError, client } from '../../api/client.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { formatDate } from '../../shared/format.ts';
import { Markdown } from '../../shared/Markdown.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import { useEntityFocus } from './entity-focus.tsx';
import { useOfferDelete } from './useOfferDelete.ts';
import { useEntityTypes } from './entity-types.tsx';
import { formatValue } from './format-value.ts';

type Page = MethodOutput<'entities.page'>;

/**
 * One entity across the library: its names, note and identifier (editable), every mention with its context (a click
 * opens the article at that place), the articles it appears in, and the entities found alongside it.
 */
export function EntityPage({ id, onOpenArticle, onClose }: { id: string; onOpenArticle(documentId: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { types, label } = useEntityTypes();
  const focus = useEntityFocus();
  const offerDelete = useOfferDelete();
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editingNote, setEditingNote] = useState(false);
  const [alias, setAlias] = useState('');
  const [mergeQuery, setMergeQuery] = useState('');
  const [mergeMatches, setMergeMatches] = useState<Entity[]>([]);

  const fail = useCallback((e: unknown) => setError(formatError(language, e instanceof ApiError ? e.shape : { code: 'internal', message: String(e) })), [language]);
  const load = useCallback(() => client.call('entities.page', { id }).then(setPage, fail), [id, fail]);
  useEffect(() => {
    void load();
  }, [load, focus.revision]);
  useEffect(() => {
    if (!page || !mergeQuery.trim()) return setMergeMatches([]);
    void client.call('entities.list', { type: page.entity.type, query: mergeQuery, limit: 6 }).then((list) => setMergeMatches(list.filter((e) => e.id !== id)));
  }, [mergeQuery, page, id]);

  const change = async (patch: Omit<Parameters<typeof client.call<'entities.update'>>[1], 'id'>) => {
    try {
      await client.call('entities.update', { id, ...patch });
      focus.changed();
    } catch (e) {
      fail(e);
    }
  };
  if (!page) return <Dialog title={t('entities.page')} closeLabel={t('importer.close')} onClose={onClose} testId="entity-page">{error && <p role="alert">{error}</p>}</Dialog>;
  const { entity, mentions, documents, cooccurring } = page;
  const names = new Set([entity.name, ...entity.aliases].map((n) => n.toLocaleLowerCase()));
  const otherForms = [...new Set(mentions.map((m) => m.text.trim()))].filter((text) => !names.has(text.toLocaleLowerCase()));

  return (
    <Dialog title={entity.name} closeLabel={t('importer.close')} onClose={onClose} testId="entity-page">
      <div className={`entity-page type-${entity.type}`}>
        {error && <p className="export-message bad" role="alert">{error}</p>}
        <div className="entity-fields">
          <label>{t('entities.name')}
            <input defaultValue={entity.name} key={entity.name} onBlur={(e) => e.target.value.trim() && e.target.value !== entity.name && void change({ name: e.target.value })} data-testid="entity-name" />
          </label>
          <label>{t('entities.type')}
            <select value={entity.type} onChange={(e) => void change({ type: e.target.value })} data-testid="entity-type">
              {types.map((type) => <option key={type.code} value={type.code}>{label(type.code)}</option>)}
            </select>
          </label>
          <label>{t('entities.externalId')}
            <input defaultValue={entity.externalId ?? ''} key={entity.externalId} placeholder="Q12345" onBlur={(e) => e.target.value !== (entity.externalId ?? '') && void change({ externalId: e.target.value || null })} data-testid="entity-external" />
          </label>
        </div>
        <div className="entity-aliases">
          <span className="hint">{t('entities.aliases')}</span>
          {entity.aliases.map((a) => (
            <span key={a} className="alias-chip">{a}<button type="button" aria-label={t('entities.removeAlias', { alias: a })} onClick={() => void change({ aliases: entity.aliases.filter((x) => x !== a) })}>×</button></span>
          ))}
          <input value={alias} onChange={(e) => setAlias(e.target.value)} placeholder={t('entities.addAlias')} aria-label={t('entities.addAlias')}
            onKeyDown={(e) => e.key === 'Enter' && alias.trim() && (void change({ aliases: [...entity.aliases, alias.trim()] }), setAlias(''))} data-testid="alias-input" />
          {otherForms.map((form) => (
            <button key={form} type="button" className="link-button" onClick={() => void change({ aliases: [...entity.aliases, form] })} data-testid="alias-from-mention">
              {t('entities.aliasFromMention', { form })}
            </button>
          ))}
        </div>
        <div className="entity-note">
          <span className="hint">{t('entities.note')}</span>
          {editingNote ? (
            <textarea autoFocus rows={3} defaultValue={entity.note ?? ''} onBlur={(e) => (setEditingNote(false), e.target.value !== (entity.note ?? '') && void change({ note: e.target.value.trim() ? e.target.value : null }))} data-testid="entity-note-input" />
          ) : (
            <div onClick={() => setEditingNote(true)} className="entity-note-view" data-testid="entity-note">
              {entity.note ? <Markdown source={entity.note} /> : <span className="link-button">{t('entities.addNote')}</span>}
            </div>
          )}
        </div>
        <h3>
          {t('entities.mentions', { count: mentions.length, articles: t('entities.articles', { count: documents.length }) })}
          <button type="button" className="link-button heading-action" onClick={() => (onClose(), focus.openTimeline({ scope: { entityId: id }, title: entity.name }))} data-testid="entity-timeline">
            {t('timeline.open')}
          </button>
        </h3>
        <ol className="kwic" data-testid="kwic">
          {mentions.map((m) => (
            <li key={m.annotationId} onClick={() => (onOpenArticle(m.documentId), focus.revealPassage({ documentId: m.documentId, start: m.start, end: m.end }), focus.select(entity.id), onClose())} data-testid="kwic-line">
              <span className="kwic-before"><bdi dir="ltr">{m.before}</bdi></span>
              <mark className="kwic-text">{m.text}</mark>
              <span className="kwic-after">{m.after}</span>
              <span className="kwic-source">
                {m.title}{m.published ? ` · ${formatDate(m.published, language)}` : ''}{m.value ? ` · ${formatValue(m.value, language)}` : ''}
                <button type="button" className="link-button danger" title={t('entities.untag')} aria-label={t('entities.untag')} data-testid="untag-mention"
                  onClick={(e) => (e.stopPropagation(), void client.call('annotations.remove', { id: m.annotationId }).then(() => (focus.changed(), offerDelete(entity)), fail))}>×</button>
              </span>
            </li>
          ))}
        </ol>
        {cooccurring.length > 0 && (
          <>
            <h3>{t('entities.cooccurring')}</h3>
            <p className="cooccurring">
              {cooccurring.map((c) => (
                <button key={c.entity.id} type="button" className={`entity-chip type-${c.entity.type}`} onClick={() => focus.openPage(c.entity.id)}>
                  {c.entity.name} <span className="count">{c.documents}</span>
                </button>
              ))}
            </p>
          </>
        )}
        <div className="entity-actions">
          <input value={mergeQuery} onChange={(e) => setMergeQuery(e.target.value)} placeholder={t('entities.mergeInto')} aria-label={t('entities.mergeInto')} data-testid="merge-input" />
          {mergeMatches.map((m) => (
            <button key={m.id} type="button" onClick={() => void client.call('entities.merge', { into: m.id, from: id }).then(() => (focus.changed(), focus.openPage(m.id)), fail)} data-testid="merge-option">
              {t('entities.mergeWith', { name: m.name })}
            </button>
          ))}
          <button type="button" className="link-button danger" onClick={() => void client.call('entities.remove', { id }).then(() => (focus.changed(), focus.select(null), onClose()), fail)} data-testid="delete-entity">
            {t('entities.delete')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
