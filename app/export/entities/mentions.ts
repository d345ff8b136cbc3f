import type { NormalisedValueShape } from '../../contract/schemas.ts';
import { cached, type Database } from '../../store/database.ts';
import { resolveId } from '../../store/documents.ts';

// What the entity exports read: the articles to export, and each article's mentions with their entities.

export interface ExportedMention {
  /** The annotation's id. */
  id: string;
  documentId: string;
  entityId: string;
  type: string;
  name: string;
  externalId: string | null;
  /** Code points over the canonical text. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  value: NormalisedValueShape | null;
  orphan: boolean;
}

export interface EntityDocument {
  id: string;
  title: string;
  language: string | null;
  text: string;
}

/**
 * The articles to export: those asked for (ids or unambiguous prefixes, resolved, without repeats, in that order),
 * else every article that mentions an entity, in the library's order.
 */
export function entityDocumentIds(db: Database, documentIds?: readonly string[]): string[] {
  if (documentIds) return [...new Set(documentIds.map((id) => resolveId(db, id)))];
  const rows = cached(db, `SELECT id FROM documents d
      WHERE d.trashed_at IS NULL AND EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = d.id AND a.entity_id IS NOT NULL) ORDER BY d.seq`).all() as { id: string }[];
  return rows.map((r) => r.id);
}

export function entityDocument(db: Database, id: string): EntityDocument | undefined {
  return cached(db, 'SELECT id, title, language, text FROM documents WHERE id = ?').get(id) as EntityDocument | undefined;
}

type Row = Omit<ExportedMention, 'value' | 'orphan'> & { value: string | null; orphan: number };

/** An article's mentions, in text order, orphans (whose passage was lost) last. */
export function documentMentions(db: Database, documentId: string): ExportedMention[] {
  const rows = cached(db, `SELECT a.id, a.document_id AS documentId, e.id AS entityId, e.type, e.name, e.external_id AS externalId,
        a.start, a.end, a.exact, a.prefix, a.suffix, a.value, a.orphan
      FROM annotations a JOIN entities e ON e.id = a.entity_id
      WHERE a.document_id = ? ORDER BY a.orphan, a.start, a.end, a.seq`).all(documentId) as unknown as Row[];
  return rows.map((r) => ({ ...r, value: r.value === null ? null : (JSON.parse(r.value) as NormalisedValueShape), orphan: r.orphan === 1 }));
}

/**
 * A normalised value as text: `500000000 EUR`, `44.4%`, `2012-01-26` (or `--07-27` without a year). The same text in
 * brat notes and in the mentions CSV.
 */
export function valueText(value: NormalisedValueShape): string {
  switch (value.kind) {
    case 'money': return `${value.amount} ${value.currency}`;
    case 'percent': return `${Number((value.ratio * 100).toPrecision(12))}%`;
    case 'date': return value.date;
  }
}

/**
 * Mentions that can stand side by side in a format without nesting (brat allows overlaps, BIO does not): in text
 * order, the longer first where two start together, and any mention overlapping one kept is left out.
 */
export function withoutOverlaps<T extends { start: number; end: number }>(mentions: readonly T[]): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const m of sorted) if (!kept.length || kept.at(-1)!.end <= m.start) kept.push(m);
  return kept;
}
