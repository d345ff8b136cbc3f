import type { ExportFile } from '../contract/schemas.ts';
import type { StepControl } from '../core/steps.ts';
import { resolveId } from '../store/documents.ts';
import type { Database } from '../store/database.ts';
import { citationItems } from './citation-items.ts';
import { CITATION_FILES, formatCitations, type CitationFormat } from './format-citations.ts';

export { citationItem, citationItems } from './citation-items.ts';
export { formatCitations, CITATION_FORMATS, type CitationFormat } from './format-citations.ts';

/** The citations of the articles named, of a collection's, or of the library's (not those in the Trash), as one file. */
export async function exportCitations(
  db: Database, { format, documentIds, collectionId }: { format: CitationFormat; documentIds?: string[]; collectionId?: string }, control: StepControl = {},
): Promise<{ file: ExportFile; documents: number }> {
  const ids = documentIds?.map((id) => resolveId(db, id)) ?? (collectionId !== undefined
    ? (db.prepare(`SELECT d.id FROM collection_documents c JOIN documents d ON d.id = c.document_id
        WHERE c.collection_id = ? AND d.trashed_at IS NULL ORDER BY d.seq`).all(collectionId) as { id: string }[]).map((r) => r.id)
    : (db.prepare('SELECT id FROM documents WHERE trashed_at IS NULL ORDER BY seq').all() as { id: string }[]).map((r) => r.id));
  control.progress?.({ done: 0, total: ids.length });
  const items = citationItems(db, ids);
  const content = await formatCitations(items, format);
  control.progress?.({ done: ids.length, total: ids.length });
  const { extension, mediaType } = CITATION_FILES[format];
  return { file: { fileName: `${ids.length === 1 ? items[0]!['citation-key'] : 'citations'}${extension}`, mimeType: mediaType, content }, documents: ids.length };
}
