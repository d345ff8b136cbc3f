import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection, JobInput, MethodOutput } from '../../../app/contract/index.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { ApiError, client } from '../../api/client.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { allDocumentIds } from '../library/all-ids.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { download } from '../../shared/download.ts';

type NoteFormat = JobInput<'annotations.export'>['format'];
type EntityFormat = JobInput<'entities.export'>['format'];
type CitationFormat = JobInput<'citations.export'>['format'];
type Format = NoteFormat | EntityFormat | CitationFormat;
type Scope = 'article' | 'open' | 'selected' | 'collection' | 'library';
const NOTE_FORMATS: NoteFormat[] = ['md', 'csv', 'w3c', 'html'];
const ENTITY_FORMATS: EntityFormat[] = ['brat', 'conll', 'entities-csv', 'mentions-csv'];
const CITATION_FORMATS: CitationFormat[] = ['bibtex', 'biblatex', 'ris', 'csl'];
const isEntityFormat = (format: Format): format is EntityFormat => (ENTITY_FORMATS as string[]).includes(format);
const isCitationFormat = (format: Format): format is CitationFormat => (CITATION_FORMATS as string[]).includes(format);

interface Props {
  /** The article in the active pane, and every open one. */
  activeId: string | null;
  openIds: string[];
  /** The articles selected in the library list, if any. */
  selectedIds?: string[];
  onClose(): void;
  /** After annotations were imported: panes and counts reload. */
  onImported(): void;
}

/** One group of export formats, as radio buttons of the dialog's one format choice. */
function FormatGroup({ legend, formats, format, onChange }: { legend: string; formats: Format[]; format: Format; onChange(format: Format): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-choices">
      <legend>{legend}</legend>
      {formats.map((value) => (
        <label key={value} className="radio">
          <input type="radio" name="format" value={value} checked={format === value} onChange={() => onChange(value)} data-testid={`format-${value}`} />
          {t(`export.formats.${value}`)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Exports highlights and notes — of the active article, the open ones or the whole library — as Markdown (Obsidian),
 * CSV, W3C Web Annotation JSON-LD or a printable HTML report, entities for other tools, and citations (BibTeX,
 * BibLaTeX, RIS, CSL-JSON); imports a W3C file back.
 */
export function ExportDialog({ activeId, openIds, selectedIds = [], onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [scope, setScope] = useState<Scope>(selectedIds.length > 0 ? 'selected' : activeId ? 'article' : 'library');
  const [collections, setCollections] = useState<Collection[]>([]);
  const [collectionId, setCollectionId] = useState('');
  useEffect(() => void client.call('collections.list', {}).then((list) => (setCollections(list), setCollectionId(list[0]?.id ?? ''))).catch(() => undefined), []);
  const [format, setFormat] = useState<Format>('md');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string } | null>(null);
  const ids = scope === 'article' ? (activeId ? [activeId] : []) : scope === 'open' ? [...new Set(openIds)] : scope === 'selected' ? selectedIds : undefined;
  const reportNeedsOne = format === 'html' && (scope === 'collection' || ids?.length !== 1);
  const chosen = collections.find((c) => c.id === collectionId);
  const scopes: Scope[] = ['article', ...(openIds.length > 1 ? ['open' as const] : []), ...(selectedIds.length > 0 ? ['selected' as const] : []),
    ...(collections.length > 0 ? ['collection' as const] : []), 'library'];

  /** The articles of the chosen collection, archived ones included, those in the Trash left out (the list's "all" view). */
  const collectionIds = () => allDocumentIds({ collectionId, view: 'all' });

  const fail = (error: unknown) =>
    setMessage({ kind: 'bad', text: formatError(language, error instanceof ApiError ? error.shape : { code: 'internal', message: String(error) }) });

  const chosenIds = ids;
  const exportNow = async () => {
    setBusy(true);
    setMessage(null);
    try {
      // An export of the whole library can take a while: it is a job (its progress and Cancel are in the tray).
      const ids = scope === 'collection' ? await collectionIds() : chosenIds;
      if (ids?.length === 0) return setMessage({ kind: 'bad', text: t('export.nothingChosen') });
      const running = isCitationFormat(format)
        ? await client.runJob('citations.export', ids ? { format, documentIds: ids } : { format })
        : isEntityFormat(format)
        ? await client.runJob('entities.export', ids ? { format, documentIds: ids } : { format })
        // Markdown of several articles: one note per article, in a .zip (as the CLI writes a folder of notes).
        : await client.runJob('annotations.export', { format, language, ...(ids && { documentIds: ids }), ...(format === 'md' && ids?.length !== 1 && { bundle: 'zip' as const }) });
      const outcome = await running.outcome;
      if (outcome.state === 'failed') return fail(new ApiError(outcome.error!));
      if (outcome.state === 'cancelled' || !outcome.result) return;
      // brat gives several files (each article's .txt and .ann, and the configuration): each is saved.
      const { files } = outcome.result;
      files.forEach(download);
      setMessage({ kind: 'ok', text: files.length === 1 ? t('export.done', { file: files[0]!.fileName }) : t('export.doneFiles', { count: files.length }) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const report: MethodOutput<'annotations.import'> = await client.call('annotations.import', { content: await file.text(), fileName: file.name });
      const parts = [t('export.imported', { count: report.imported })];
      if (report.duplicates) parts.push(t('export.duplicates', { count: report.duplicates }));
      if (report.orphans) parts.push(t('export.orphans', { count: report.orphans }));
      if (report.skipped) parts.push(t('export.skipped', { count: report.skipped }));
      if (report.notesRestored) parts.push(t('export.notesRestored', { count: report.notesRestored }));
      setMessage({ kind: 'ok', text: parts.join(' · ') });
      onImported();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('export.title')} closeLabel={t('importer.close')} onClose={onClose} testId="export-dialog">
      <fieldset className="export-choices">
        <legend>{t('export.scope')}</legend>
        {scopes.map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="scope" value={value} checked={scope === value} disabled={(value === 'article' || value === 'open') && openIds.length === 0} onChange={() => setScope(value)} data-testid={`scope-${value}`} />
            {t(`export.scopes.${value}`, { count: value === 'selected' ? selectedIds.length : value === 'collection' ? (chosen?.count ?? 0) : openIds.length })}
            {value === 'collection' && (
              <select value={collectionId} onChange={(e) => (setCollectionId(e.target.value), setScope('collection'))} aria-label={t('manage.collection')} data-testid="export-collection">
                {collections.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.count})</option>)}
              </select>
            )}
          </label>
        ))}
      </fieldset>
      <FormatGroup legend={t('export.format')} formats={NOTE_FORMATS} format={format} onChange={setFormat} />
      <FormatGroup legend={t('export.entityFormat')} formats={ENTITY_FORMATS} format={format} onChange={setFormat} />
      <FormatGroup legend={t('export.citationFormat')} formats={CITATION_FORMATS} format={format} onChange={setFormat} />
      {reportNeedsOne && <p className="hint">{t('export.reportNeedsOne')}</p>}
      <div className="export-actions">
        <button type="button" className="primary" disabled={busy || reportNeedsOne} onClick={() => void exportNow()} data-testid="export-now">{t('export.export')}</button>
        <label className="button-like">
          {t('export.import')}
          <input type="file" hidden accept=".jsonld,.json,application/ld+json,application/json" onChange={(e) => (void importFile(e.target.files?.[0]), (e.target.value = ''))} data-testid="import-annotations" />
        </label>
      </div>
      {message && <p className={`export-message ${message.kind}`} role={message.kind === 'bad' ? 'alert' : 'status'} data-testid="export-message">{message.text}</p>}
    </Dialog>
  );
}
