import { listAnnotations } from '../annotations/store.ts';
import type { Annotation, DocumentFull, DocumentPage, Entity } from '../contract/schemas.ts';
import { offsetConverter } from '../contract/shared/code-points.ts';
import { pageAt } from '../contract/shared/pages.ts';
import type { HighlightColor } from '../contract/shared/colors.ts';
import { cached, type Database } from '../store/database.ts';
import { resolveId } from '../store/documents.ts';
import { bookCfis } from '../epub/book-passages.ts';

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

/**
 * An article's metadata and note, its tags and the names of its collections: what every annotation format needs
 * (never its text, which only the HTML report reads).
 */
export type ExportedDocument = Pick<DocumentFull, 'id' | 'title' | 'source' | 'author' | 'place' | 'published' | 'language' | 'url' | 'fileName' | 'note' | 'tags'>
  & { collections: string[] };

/** An entity mentioned in an article, with what every export of it needs (its type's label and colour, its mentions there). */
export interface MentionedEntity extends Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'note' | 'externalId' | 'created' | 'modified'> {
  typeLabel: string | null;
  typeColor: string;
  typeBuiltin: boolean;
  /** Mentions of it in the article (orphans left out). */
  count: number;
}

export interface AnnotatedDocument {
  doc: ExportedDocument;
  /** Highlights and notes, in text order, orphans last. Entity mentions are apart: they are not highlights. */
  annotations: Annotation[];
  /** Entity mentions (annotations linked to an entity), in text order, orphans last. */
  mentions: Annotation[];
  /** The entities the article mentions, most mentioned first (then in order of first mention). */
  entities: MentionedEntity[];
  /** For a PDF: the page (from 1) each placed annotation and mention starts on, by annotation id. */
  pageOf: Record<string, number>;
  /** For an area highlight on a PDF: its rectangle as RFC 8118's viewrect says it (left, top, width, height in points from the top left). */
  viewRectOf: Record<string, [number, number, number, number]>;
  /** For a book (EPUB), when asked for: each placed annotation's EPUB CFI in the book's own chapter files. */
  cfiOf: Record<string, string>;
}

/**
 * The page each placed annotation of a paged document starts on (an area highlight: the page it was drawn on) and an
 * area's rectangle from the page's top left (none for an article without pages).
 */
function pageNumbers(db: Database, id: string, annotations: readonly Annotation[]): Pick<AnnotatedDocument, 'pageOf' | 'viewRectOf'> {
  const row = cached(db, 'SELECT pages, text FROM documents WHERE id = ? AND pages IS NOT NULL').get(id) as { pages: string; text: string } | undefined;
  if (!row) return { pageOf: {}, viewRectOf: {} };
  const pages = JSON.parse(row.pages) as DocumentPage[];
  const toUtf16 = offsetConverter(row.text).toUtf16;
  const pageOf: Record<string, number> = {};
  const viewRectOf: AnnotatedDocument['viewRectOf'] = {};
  for (const a of annotations) {
    if (a.orphan) continue;
    const page = a.area && pages[a.area.page - 1];
    if (a.area && page) {
      const [x1, y1, x2, y2] = a.area.rect;
      pageOf[a.id] = a.area.page;
      viewRectOf[a.id] = [x1, page.height - y2, x2 - x1, y2 - y1].map((n) => Math.round(n * 100) / 100) as [number, number, number, number];
    } else pageOf[a.id] = pageAt(pages, toUtf16(a.start));
  }
  return { pageOf, viewRectOf };
}

/** A mention of an entity (motivation identifying, linked to an entity), as opposed to a highlight or a note. */
export function isMention(a: Pick<Annotation, 'entityId'>): boolean {
  return a.entityId !== null && a.entityId !== undefined;
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
      WHERE d.trashed_at IS NULL AND (d.note IS NOT NULL OR EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = d.id))
      ORDER BY d.seq`,
  ).all() as { id: string }[];
  return rows.map((r) => r.id);
}

type EntityRow = Omit<MentionedEntity, 'aliases' | 'typeBuiltin'> & { aliases: string; typeBuiltin: number };

/** The entities an article mentions, most mentioned first, then in order of first mention. */
export function mentionedEntities(db: Database, documentId: string): MentionedEntity[] {
  const rows = cached(db, `SELECT e.id, e.type, e.name, e.aliases, e.note, e.external_id AS externalId, e.created, e.modified,
        t.label AS typeLabel, t.color AS typeColor, t.builtin AS typeBuiltin, count(*) AS count
      FROM annotations a JOIN entities e ON e.id = a.entity_id JOIN entity_types t ON t.code = e.type
      WHERE a.document_id = ? AND a.orphan = 0
      GROUP BY e.id ORDER BY count DESC, min(a.start), e.name`).all(documentId) as unknown as EntityRow[];
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[], typeBuiltin: r.typeBuiltin === 1 }));
}

/** One entity with its type's label and colour (for a mention whose entity is not counted in `mentionedEntities`: an orphan's). */
export function exportedEntity(db: Database, id: string): MentionedEntity | undefined {
  const row = cached(db, `SELECT e.id, e.type, e.name, e.aliases, e.note, e.external_id AS externalId, e.created, e.modified,
        t.label AS typeLabel, t.color AS typeColor, t.builtin AS typeBuiltin, 0 AS count
      FROM entities e JOIN entity_types t ON t.code = e.type WHERE e.id = ?`).get(id) as unknown as EntityRow | undefined;
  return row && { ...row, aliases: JSON.parse(row.aliases) as string[], typeBuiltin: row.typeBuiltin === 1 };
}

/**
 * An article with its annotations, mentions apart (undefined when it is no longer in the library); `withCfis`: a
 * book's passages as EPUB CFIs too (the W3C export's).
 */
export function annotatedDocument(db: Database, id: string, withCfis = false): AnnotatedDocument | undefined {
  const row = cached(db, `SELECT ${COLUMNS} FROM documents WHERE id = ?`).get(id) as unknown as Omit<ExportedDocument, 'tags' | 'collections'> | undefined;
  if (!row) return undefined;
  const tags = (cached(db, 'SELECT tag FROM document_tags WHERE document_id = ? ORDER BY tag_key').all(id) as { tag: string }[]).map((r) => r.tag);
  const collections = (cached(db, `SELECT c.name FROM collection_documents m JOIN collections c ON c.id = m.collection_id
    WHERE m.document_id = ? ORDER BY c.name_key`).all(id) as { name: string }[]).map((r) => r.name);
  const doc: ExportedDocument = { ...row, tags, collections };
  const annotations: Annotation[] = [];
  const mentions: Annotation[] = [];
  for (const a of listAnnotations(db, id)) (isMention(a) ? mentions : annotations).push(a);
  const entities = mentions.length ? mentionedEntities(db, id) : [];
  // An orphan mention's entity is still needed to export the mention (W3C).
  for (const m of mentions) {
    if (!entities.some((e) => e.id === m.entityId)) {
      const entity = exportedEntity(db, m.entityId!);
      if (entity) entities.push(entity);
    }
  }
  return { doc, annotations, mentions, entities, ...pageNumbers(db, id, [...annotations, ...mentions]),
    cfiOf: withCfis ? bookCfis(db, id, [...annotations, ...mentions]) : {},
  };
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
