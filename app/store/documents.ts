import { AppError } from '../contract/errors.ts';
import type { Block, DocumentFormat, DocumentFull, DocumentSummary, Facets, ListPage, ListQuery } from '../contract/schemas.ts';
import { listQuery as listQuerySchema } from '../contract/schemas.ts';
import { cached, type Database } from './database.ts';

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
  (SELECT count(*) FROM annotations a WHERE a.document_id = ${d}.id AND a.motivation != 'identifying') AS annotationCount`;
}

const SUMMARY_COLUMNS = summaryColumns('documents');

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
        imported_at, word_count, text, html, blocks)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
      doc.id, doc.title, doc.source, doc.author, doc.place, doc.url, doc.published, doc.language, doc.format,
      doc.fileName, doc.encoding, doc.importedAt, doc.wordCount, doc.text, doc.html, JSON.stringify(doc.blocks),
    );
  cached(db, 'INSERT INTO document_originals (document_seq, bytes) VALUES (?, ?)').run(info.lastInsertRowid, doc.original);
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
  const row = cached(db, `SELECT ${SUMMARY_COLUMNS}, url, encoding, text, html, blocks, note FROM documents WHERE id = ?`)
    .get(id) as (Omit<DocumentFull, 'blocks'> & { blocks: string }) | undefined;
  if (!row) throw new AppError('not_found', `no document ${id}`, { id });
  return { ...row, blocks: JSON.parse(row.blocks) as Block[] };
}

/** Sets (or, with null, clears) the reader's note on a whole article. */
export function setDocumentNote(db: Database, idOrPrefix: string, note: string | null): string | null {
  const id = resolveId(db, idOrPrefix);
  const value = note?.trim() ? note : null;
  cached(db, 'UPDATE documents SET note = ? WHERE id = ?').run(value, id);
  return value;
}

/**
 * The article an incoming one is a new version of: same web address, or same file name and same title (an edited
 * copy of the same file). The most recent such article wins.
 */
export function findPreviousVersion(db: Database, doc: Pick<NewDocument, 'url' | 'fileName' | 'title'>): string | undefined {
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
  cached(db, 'UPDATE document_redirects SET new_id = ? WHERE new_id = ?').run(newId, oldId);
  cached(db, 'INSERT OR REPLACE INTO document_redirects (old_id, new_id, replaced_at) VALUES (?, ?, ?)').run(oldId, newId, now);
  cached(db, 'DELETE FROM documents WHERE id = ?').run(oldId);
}

export function getOriginal(db: Database, id: string): Uint8Array {
  const row = cached(db, 'SELECT o.bytes FROM document_originals o JOIN documents d ON d.seq = o.document_seq WHERE d.id = ?')
    .get(resolveId(db, id)) as { bytes: Uint8Array } | undefined;
  if (!row) throw new AppError('not_found', `no original for ${id}`, { id });
  return row.bytes;
}

export function listDocuments(db: Database, query: ListQuery = {}): ListPage {
  const q = listQuerySchema.parse(query);
  const where: string[] = [];
  const params: (string | number)[] = [];
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
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = q.descending ? 'DESC' : 'ASC';
  const total = (cached(db, `SELECT count(*) AS n FROM documents ${whereSql}`).get(...params) as { n: number }).n;
  const items = cached(db,
      `SELECT ${SUMMARY_COLUMNS} FROM documents ${whereSql}
       ORDER BY ${SORT_COLUMNS[q.sort]} ${direction}, seq ${direction} LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as unknown as DocumentSummary[];
  return { total, offset: q.offset, items };
}

export function documentFacets(db: Database): Facets {
  const group = (column: 'source' | 'language') =>
    cached(db, `SELECT ${column} AS value, count(*) AS count FROM documents WHERE ${column} IS NOT NULL GROUP BY ${column} ORDER BY count DESC, value`)
      .all() as { value: string; count: number }[];
  return { sources: group('source'), languages: group('language') };
}

export function countDocuments(db: Database): number {
  return (cached(db, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

export function removeDocument(db: Database, idOrPrefix: string): boolean {
  const id = resolveId(db, idOrPrefix);
  return cached(db, 'DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}
