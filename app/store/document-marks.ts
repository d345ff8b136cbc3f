import { AppError } from '../contract/errors.ts';
import type { DocumentDetails, DocumentMarks, DocumentSummary } from '../contract/schemas.ts';
import { cached, type Database } from './database.ts';
import { deleteDocumentRow, resolveId, summaryColumns } from './documents.ts';
import { getCitation, setCitation } from './page-assets.ts';

const MARK_COLUMNS = { trashed: 'trashed_at', archived: 'archived_at', read: 'read_at' } as const;

/**
 * Puts articles in the Trash or takes them out, archives or unarchives them, marks them read or unread. Each mark
 * is set to now (or cleared) only where it changes, so that undoing gives back exactly what was there.
 * Returns the resolved ids and how many articles changed.
 */
export function markDocuments(db: Database, ids: readonly string[], marks: DocumentMarks, now = new Date().toISOString()): { ids: string[]; changed: number } {
  const resolved = [...new Set(ids.map((id) => resolveId(db, id)))];
  let changed = 0;
  for (const id of resolved) {
    let changedHere = false;
    for (const [mark, column] of Object.entries(MARK_COLUMNS) as [keyof typeof MARK_COLUMNS, string][]) {
      const wanted = marks[mark];
      if (wanted === undefined) continue;
      const sql = wanted
        ? `UPDATE documents SET ${column} = ?, modified = ? WHERE id = ? AND ${column} IS NULL`
        : `UPDATE documents SET ${column} = NULL, modified = ? WHERE id = ? AND ${column} IS NOT NULL`;
      const result = wanted ? cached(db, sql).run(now, now, id) : cached(db, sql).run(now, id);
      if (result.changes > 0) changedHere = true;
    }
    if (changedHere) changed++;
  }
  return { ids: resolved, changed };
}

/** The sample articles not already in the Trash, moved into it (undone by taking the same ids out again). */
export function trashSamples(db: Database, now = new Date().toISOString()): { ids: string[]; changed: number } {
  const ids = (cached(db, 'SELECT id FROM documents WHERE sample = 1 AND trashed_at IS NULL').all() as { id: string }[]).map((r) => r.id);
  return markDocuments(db, ids, { trashed: true }, now);
}

export function markSamples(db: Database, ids: readonly string[]): void {
  for (const id of ids) cached(db, 'UPDATE documents SET sample = 1 WHERE id = ?').run(id);
}

/** The articles in the Trash: of those named (ids or prefixes), or all of them, oldest first. */
export function trashedIds(db: Database, only?: readonly string[]): string[] {
  if (!only) return (cached(db, 'SELECT id FROM documents WHERE trashed_at IS NOT NULL ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
  const inTrash = cached(db, 'SELECT 1 FROM documents WHERE id = ? AND trashed_at IS NOT NULL');
  return [...new Set(only.map((id) => resolveId(db, id)))].filter((id) => inTrash.get(id) !== undefined);
}

/** Deletes articles for good, with their annotations; each leaves a tombstone. */
export function removeForGood(db: Database, ids: readonly string[], now = new Date().toISOString()): number {
  let removed = 0;
  for (const id of ids) if (deleteDocumentRow(db, id, now)) removed++;
  return removed;
}

const DETAIL_COLUMNS: Record<Exclude<keyof DocumentDetails, 'kind' | 'section'>, string> = {
  title: 'title', source: 'source', author: 'author', place: 'place', published: 'published', language: 'language', url: 'url',
};

/** Changes an article's details (title, source, authors, date, place, language, address): searched and exported as given. */
export function updateDocumentDetails(db: Database, idOrPrefix: string, details: DocumentDetails, now = new Date().toISOString()): DocumentSummary {
  const id = resolveId(db, idOrPrefix);
  const { kind, section, ...columns } = details;
  if (kind !== undefined || section !== undefined) {
    const citation = getCitation(db, id) ?? { type: 'article-newspaper' };
    if (kind !== undefined) citation.type = kind ?? 'article-newspaper';
    if (section !== undefined) {
      if (section?.trim()) citation.section = section.trim();
      else delete citation.section;
    }
    setCitation(db, id, citation, now);
  }
  const entries = (Object.entries(columns) as [keyof typeof DETAIL_COLUMNS, string | null | undefined][]).filter(([, v]) => v !== undefined);
  if (entries.length > 0) {
    const sets = entries.map(([key]) => `${DETAIL_COLUMNS[key]} = ?`).join(', ');
    const values = entries.map(([, value]) => (typeof value === 'string' ? value.trim() || null : null));
    if (details.title !== undefined && !details.title?.trim()) throw new AppError('invalid_request', 'an article needs a title', { issue: 'an article needs a title' });
    cached(db, `UPDATE documents SET ${sets}, modified = ? WHERE id = ?`).run(...values, now, id);
  }
  const row = cached(db, `SELECT ${summaryColumns('documents')} FROM documents WHERE id = ?`).get(id) as unknown as DocumentSummary;
  return row;
}


