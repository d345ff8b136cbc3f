import { listAnnotations } from '../annotations/store.ts';
import type { Annotation, DocumentFull } from '../contract/schemas.ts';
import type { HighlightColor } from '../contract/shared/colors.ts';
import { cached, type Database } from '../store/database.ts';
import { resolveId } from '../store/documents.ts';

export const ANNOTATION_FORMATS = ['md', 'csv', 'w3c', 'html'] as const;
export type AnnotationFormat = (typeof ANNOTATION_FORMATS)[number];

export interface AnnotationExportOptions {
  format: AnnotationFormat;
  /** Articles to export (full ids or unambiguous prefixes), in this order; absent: every article with annotations or a note. */
  documentIds?: readonly string[];
  /** What each colour means to the reader (settings' colorLabels). */
  labels: Partial<Record<HighlightColor, string>>;
  /** Language of headings and colour names: 'fr…' is French, anything else English. */
  language: string;
}

/** An article's metadata and note: what every annotation format needs (never its text, which only the HTML report reads). */
export type ExportedDocument = Pick<DocumentFull, 'id' | 'title' | 'source' | 'author' | 'place' | 'published' | 'language' | 'url' | 'fileName' | 'note'>;

export interface AnnotatedDocument {
  doc: ExportedDocument;
  /** In text order, orphans last. */
  annotations: Annotation[];
}

export interface ExportCount {
  documents: number;
  annotations: number;
}

const COLUMNS = 'id, title, source, author, place, published, language, url, file_name AS fileName, note';

/** The ids of the articles to export: those asked for (resolved, without repeats), else every one with something to export. */
export function exportedDocumentIds(db: Database, documentIds?: readonly string[]): string[] {
  if (documentIds) return [...new Set(documentIds.map((id) => resolveId(db, id)))];
  const rows = cached(db,
    `SELECT id FROM documents d
      WHERE d.note IS NOT NULL OR EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = d.id)
      ORDER BY d.seq`,
  ).all() as { id: string }[];
  return rows.map((r) => r.id);
}

/** Each article with its annotations, one at a time. */
export function* annotatedDocuments(db: Database, ids: readonly string[]): Generator<AnnotatedDocument> {
  const select = cached(db, `SELECT ${COLUMNS} FROM documents WHERE id = ?`);
  for (const id of ids) {
    const doc = select.get(id) as unknown as ExportedDocument | undefined;
    if (doc) yield { doc, annotations: listAnnotations(db, id) };
  }
}

/** How many annotations the articles hold (for totals announced before the items). */
export function countAnnotations(db: Database, ids: readonly string[]): number {
  const count = cached(db, 'SELECT count(*) AS n FROM annotations WHERE document_id = ?');
  let total = 0;
  for (const id of ids) total += (count.get(id) as { n: number }).n;
  return total;
}

/** How many of the articles carry a note of their own. */
export function countNotes(db: Database, ids: readonly string[]): number {
  const select = cached(db, 'SELECT note FROM documents WHERE id = ?');
  let total = 0;
  for (const id of ids) {
    const row = select.get(id) as { note: string | null } | undefined;
    if (row?.note?.trim()) total++;
  }
  return total;
}
