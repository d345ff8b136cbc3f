import { AppError } from '../contract/errors.ts';
import type { Block, DocumentFormat, DocumentFull, DocumentPage, DocumentSummary, Facets, ListPage, ListQuery, ListView } from '../contract/schemas.ts';
import { listQuery as listQuerySchema } from '../contract/schemas.ts';
import { cached, type Database } from './database.ts';
import { caseKey, documentGroups, moveGroups } from './collections.ts';
import { addTombstone } from './tombstones.ts';
import { CITATION_KINDS, type CitationKind } from '../contract/shared/citation-kinds.ts';
import { carryCitation, deleteWithImages, getCitation, insertDocumentImages, setCitation, type CslItem, type StoredImage } from './page-assets.ts';

/** Everything the importer knows about an article, ready to be stored. */
export interface NewDocument {
  id: string;
  title: string;
  source: string | null;
  author: string | null;
  place: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  format: DocumentFormat;
  fileName: string | null;
  encoding: string | null;
  importedAt: string;
  wordCount: number;
  text: string;
  html: string | null;
  blocks: Block[];
  original: Uint8Array;
  /** A saved web page's images, drawn from the library (the HTML names them by hash). */
  images?: StoredImage[];
  /** What the page said about itself, as a CSL-JSON item. */
  citation?: CslItem;
  /** A PDF's pages (where each is in the text, its size) and pdf.js's fingerprint of the file. */
  pages?: DocumentPage[];
  fingerprint?: string | null;
}

/**
 * The columns of a DocumentSummary, read from the documents table under `alias`: one list for the library list, an
 * article and search hits, so that each counts the same. `annotationCount` is the article's highlights and notes
 * (orphans included); entity mentions (motivation `identifying`) are counted apart.
 */
export function summaryColumns(alias = 'documents'): string {
  const d = alias;
  return `${d}.id, ${d}.title, ${d}.source, ${d}.author, ${d}.place, ${d}.published, ${d}.language, ${d}.format,
  ${d}.file_name AS fileName, ${d}.imported_at AS importedAt, ${d}.word_count AS wordCount,
  ${d}.read_at AS readAt, ${d}.archived_at AS archivedAt, ${d}.trashed_at AS trashedAt, ${d}.url,
  (SELECT count(*) FROM annotations a WHERE a.document_id = ${d}.id AND a.motivation != 'identifying') AS annotationCount,
  (SELECT count(*) FROM annotations a WHERE a.document_id = ${d}.id AND a.motivation != 'identifying' AND a.note IS NOT NULL AND a.note != '') AS noteCount`;
}

const SUMMARY_COLUMNS = summaryColumns('documents');

/** Which articles each view of the library shows: the library itself leaves out the archived and the trashed. */
const VIEWS: Record<ListView, string> = {
  library: 'trashed_at IS NULL AND archived_at IS NULL',
  archive: 'trashed_at IS NULL AND archived_at IS NOT NULL',
  trash: 'trashed_at IS NOT NULL',
  all: 'trashed_at IS NULL',
};

const SORT_COLUMNS: Record<ListQuery['sort'] & string, string> = {
  imported: 'imported_at',
  title: 'title COLLATE NOCASE',
  published: 'published',
  source: 'source',
  words: 'word_count',
};

export function insertDocument(db: Database, doc: NewDocument): void {
  const info = cached(
    db,
    `INSERT INTO documents (id, title, source, author, place, url, published, language, format, file_name, encoding,
        imported_at, word_count, fingerprint, pages, text, html, blocks)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
      doc.id, doc.title, doc.source, doc.author, doc.place, doc.url, doc.published, doc.language, doc.format,
      doc.fileName, doc.encoding, doc.importedAt, doc.wordCount, doc.fingerprint ?? null, doc.pages ? JSON.stringify(doc.pages) : null,
      doc.text, doc.html, JSON.stringify(doc.blocks),
    );
  cached(db, 'INSERT INTO document_originals (document_seq, bytes) VALUES (?, ?)').run(info.lastInsertRowid, doc.original);
  if (doc.images?.length) insertDocumentImages(db, doc.id, doc.images, doc.importedAt);
  if (doc.citation) setCitation(db, doc.id, doc.citation, doc.importedAt);
}

export function findTitle(db: Database, id: string): string | undefined {
  const row = cached(db, 'SELECT title FROM documents WHERE id = ?').get(id) as { title: string } | undefined;
  return row?.title;
}

/** Accepts a full id or an unambiguous prefix of one (at least 4 characters), as git does. */
export function resolveId(db: Database, idOrPrefix: string): string {
  const rows = cached(db, `SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2`)
    .all(idOrPrefix, `${idOrPrefix}\u{10FFFF}`) as { id: string }[];
  const exact = rows.find((r) => r.id === idOrPrefix);
  if (exact) return exact.id;
  if (rows.length === 0) {
    // An article re-imported as a new version: its old id still leads to it.
    const redirect = cached(db, 'SELECT new_id AS id FROM document_redirects WHERE old_id = ?').get(idOrPrefix) as { id: string } | undefined;
    if (redirect) return redirect.id;
  }
  if (rows.length === 0) throw new AppError('not_found', `no document ${idOrPrefix}`, { id: idOrPrefix });
  if (rows.length > 1) throw new AppError('ambiguous_id', `several documents start with ${idOrPrefix}`, { id: idOrPrefix });
  return rows[0]!.id;
}

export function getDocument(db: Database, idOrPrefix: string): DocumentFull {
  const id = resolveId(db, idOrPrefix);
  const row = cached(db, `SELECT ${SUMMARY_COLUMNS}, encoding, text, html, blocks, pages, note FROM documents WHERE id = ?`)
    .get(id) as (Omit<DocumentFull, 'blocks' | 'tags' | 'collectionIds' | 'kind' | 'section' | 'pages'> & { blocks: string; pages: string | null }) | undefined;
  if (!row) throw new AppError('not_found', `no document ${id}`, { id });
  const citation = getCitation(db, id);
  const kind = (CITATION_KINDS as readonly string[]).includes(citation?.type ?? '') ? (citation!.type as CitationKind) : null;
  const section = typeof citation?.section === 'string' ? citation.section : null;
  const pages = row.pages === null ? null : JSON.parse(row.pages) as DocumentPage[];
  return { ...row, blocks: JSON.parse(row.blocks) as Block[], pages, ...documentGroups(db, id), kind, section };
}

/** Sets (or, with null, clears) the reader's note on a whole article. */
export function setDocumentNote(db: Database, idOrPrefix: string, note: string | null): string | null {
  const id = resolveId(db, idOrPrefix);
  const value = note?.trim() ? note : null;
  cached(db, 'UPDATE documents SET note = ? WHERE id = ?').run(value, id);
  return value;
}

/**
 * The article an incoming one is a new version of: the same PDF (its fingerprint, whatever the file is called now),
 * the same web address, or the same file name and title (an edited copy of the same file). The most recent such
 * article wins.
 */
export function findPreviousVersion(db: Database, doc: Pick<NewDocument, 'url' | 'fileName' | 'title' | 'fingerprint'>): string | undefined {
  if (doc.fingerprint) {
    const same = cached(db, 'SELECT id FROM documents WHERE fingerprint = ? AND fingerprint IS NOT NULL ORDER BY seq DESC LIMIT 1').get(doc.fingerprint) as { id: string } | undefined;
    if (same) return same.id;
  }
  // Two indexed lookups (documents_by_url, documents_by_file): an import must not scan the library per file.
  const byUrl = doc.url === null ? undefined
    : cached(db, 'SELECT id, seq FROM documents WHERE url = ? AND url IS NOT NULL ORDER BY seq DESC LIMIT 1').get(doc.url) as { id: string; seq: number } | undefined;
  const byFile = doc.fileName === null ? undefined
    : cached(db, 'SELECT id, seq FROM documents WHERE file_name = ? AND title = ? AND file_name IS NOT NULL ORDER BY seq DESC LIMIT 1').get(doc.fileName, doc.title) as { id: string; seq: number } | undefined;
  if (byUrl && byFile) return byUrl.seq > byFile.seq ? byUrl.id : byFile.id;
  return (byUrl ?? byFile)?.id;
}

/**
 * Retires article `oldId` in favour of `newId` (already stored): its note carries over, and its id (and the ids it
 * had itself replaced) redirect to the new one. Annotations must have been moved first; the old row is then deleted.
 */
export function retireDocument(db: Database, oldId: string, newId: string, now = new Date().toISOString()): void {
  cached(db, 'UPDATE documents SET note = (SELECT note FROM documents WHERE id = ?) WHERE id = ? AND note IS NULL').run(oldId, newId);
  // Where it was filed stays: its collections, tags, whether it was read or archived, and whether it is a sample.
  cached(db, `UPDATE documents SET (read_at, archived_at, sample) = (SELECT read_at, archived_at, sample FROM documents WHERE id = ?)
    WHERE id = ?`).run(oldId, newId);
  moveGroups(db, oldId, newId);
  cached(db, 'UPDATE document_redirects SET new_id = ? WHERE new_id = ?').run(newId, oldId);
  cached(db, 'INSERT OR REPLACE INTO document_redirects (old_id, new_id, replaced_at) VALUES (?, ?, ?)').run(oldId, newId, now);
  carryCitation(db, oldId, newId);
  deleteWithImages(db, oldId, () => cached(db, 'DELETE FROM documents WHERE id = ?').run(oldId).changes > 0);
}

/** A PDF or a book: its original file is what the page draws. */
export function hasDrawnOriginal(db: Database, id: string): boolean {
  return cached(db, "SELECT 1 FROM documents WHERE id = ? AND format IN ('pdf', 'epub')").get(id) !== undefined;
}

export function getOriginal(db: Database, id: string): Uint8Array {
  const row = cached(db, 'SELECT o.bytes FROM document_originals o JOIN documents d ON d.seq = o.document_seq WHERE d.id = ?')
    .get(resolveId(db, id)) as { bytes: Uint8Array } | undefined;
  if (!row) throw new AppError('not_found', `no original for ${id}`, { id });
  return row.bytes;
}

/** Articles not in the Trash, as a condition on a column holding a document id: trashed ones count nowhere. */
export function notTrashed(column: string): string {
  return `${column} NOT IN (SELECT id FROM documents INDEXED BY documents_by_marks WHERE trashed_at IS NOT NULL)`;
}

export function listDocuments(db: Database, query: ListQuery = {}): ListPage {
  const q = listQuerySchema.parse(query);
  const where: string[] = [VIEWS[q.view]];
  const params: (string | number)[] = [];
  if (q.unread) where.push('read_at IS NULL');
  if (q.collectionId !== null) {
    where.push('id IN (SELECT document_id FROM collection_documents WHERE collection_id = ?)');
    params.push(q.collectionId);
  }
  if (q.tag !== null) {
    where.push('id IN (SELECT document_id FROM document_tags WHERE tag_key = ?)');
    params.push(caseKey(q.tag));
  }
  if (q.source !== null) {
    where.push('source = ?');
    params.push(q.source);
  }
  if (q.language !== null) {
    where.push('language = ?');
    params.push(q.language);
  }
  if (q.entityIds.length > 0) {
    // Articles that mention every one of the entities.
    where.push(`id IN (SELECT document_id FROM annotations WHERE entity_id IN (${q.entityIds.map(() => '?').join(', ')})
      AND orphan = 0 GROUP BY document_id HAVING count(DISTINCT entity_id) = ?)`);
    params.push(...q.entityIds, q.entityIds.length);
  }
  const whereSql = `WHERE ${where.join(' AND ')}`;
  // The count reads the marks' index; the page follows the sort's index, the marks checked on the rows it passes
  // (a unary + keeps SQLite from choosing the marks' index and sorting the whole library) — except for the archive
  // and the Trash, usually small, where the marks' index is the way in.
  const pageWhere = q.view === 'library' || q.view === 'all' ? whereSql.replace(/\b(trashed_at|archived_at|read_at) IS/g, '+$1 IS') : whereSql;
  const direction = q.descending ? 'DESC' : 'ASC';
  const total = (cached(db, `SELECT count(*) AS n FROM documents ${whereSql}`).get(...params) as { n: number }).n;
  const items = cached(db,
      `SELECT ${SUMMARY_COLUMNS} FROM documents ${pageWhere}
       ORDER BY ${SORT_COLUMNS[q.sort]} ${direction}, seq ${direction} LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as unknown as DocumentSummary[];
  return { total, offset: q.offset, items };
}

export function documentFacets(db: Database): Facets {
  // Counted from the column's index, then those in the Trash (few, found by their own index) taken off: filtering
  // every row on trashed_at would read each article's text on the way.
  const group = (column: 'source' | 'language') => {
    const trashed = new Map((cached(db, `SELECT ${column} AS value, count(*) AS count FROM documents INDEXED BY documents_by_marks WHERE trashed_at IS NOT NULL AND ${column} IS NOT NULL
      GROUP BY ${column}`).all() as { value: string; count: number }[]).map((r) => [r.value, r.count]));
    return (cached(db, `SELECT ${column} AS value, count(*) AS count FROM documents WHERE ${column} IS NOT NULL GROUP BY ${column}`).all() as { value: string; count: number }[])
      .map((r) => ({ value: r.value, count: r.count - (trashed.get(r.value) ?? 0) }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  };
  const counts = cached(db, `SELECT count(*) FILTER (WHERE trashed_at IS NULL AND archived_at IS NULL) AS library,
      count(*) FILTER (WHERE trashed_at IS NULL AND archived_at IS NOT NULL) AS archive,
      count(*) FILTER (WHERE trashed_at IS NOT NULL) AS trash,
      count(*) FILTER (WHERE trashed_at IS NULL AND archived_at IS NULL AND read_at IS NULL) AS unread,
      count(*) FILTER (WHERE trashed_at IS NULL AND sample = 1) AS samples
    FROM documents`).get() as Facets['counts'];
  const tags = cached(db, `SELECT min(t.tag) AS value, count(*) AS count FROM document_tags t
      WHERE ${notTrashed('t.document_id')} GROUP BY t.tag_key ORDER BY count DESC, t.tag_key`).all() as { value: string; count: number }[];
  return { sources: group('source'), languages: group('language'), tags, counts };
}

/** The articles in the library (those in the Trash are not counted). */
export function countDocuments(db: Database): number {
  return (cached(db, 'SELECT count(*) AS n FROM documents WHERE trashed_at IS NULL').get() as { n: number }).n;
}

/** Deletes an article for good (its annotations with it), leaving a tombstone. */
export function removeDocument(db: Database, idOrPrefix: string, now = new Date().toISOString()): boolean {
  return deleteDocumentRow(db, resolveId(db, idOrPrefix), now);
}

/** Deletes the article of this full id, if it is still there, leaving a tombstone. */
export function deleteDocumentRow(db: Database, id: string, now = new Date().toISOString()): boolean {
  const removed = deleteWithImages(db, id, () => cached(db, 'DELETE FROM documents WHERE id = ?').run(id).changes > 0);
  if (removed) addTombstone(db, id, 'document', now);
  return removed;
}
