import type { SearchHit, SearchResult } from '../contract/schemas.ts';
import type { Database } from '../store/database.ts';
import { toFtsQuery } from './fts-query.ts';

export { toFtsQuery } from './fts-query.ts';

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** Ranked full-text search over titles and texts, accent- and case-insensitive, with marked snippets. */
export function searchDocuments(db: Database, query: string, limit = 50): SearchResult {
  const match = toFtsQuery(query);
  if (!match) return { total: 0, hits: [] };
  const hits = db
    .prepare(
      `SELECT d.id, d.title, d.source, d.author, d.place, d.published, d.language, d.format, d.file_name AS fileName,
              d.imported_at AS importedAt, d.word_count AS wordCount,
              snippet(documents_fts, -1, '${MARK_START}', '${MARK_END}', '…', 14) AS snippet, rank AS score
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(match, limit) as unknown as SearchHit[];
  const total =
    hits.length < limit
      ? hits.length
      : (db.prepare('SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?').get(match) as { n: number }).n;
  return { total, hits };
}
