// A timeline: the dated mentions (DATE entities with a value) of an article, a collection, or the sentences where an
// entity is mentioned, in the order of the dates they name, each in its sentence.
import type { Database } from '../store/database.ts';
import { cached } from '../store/database.ts';

export type TimelineScope = { documentId: string } | { collectionId: string } | { entityId: string };

export interface TimelineItem {
  annotationId: string;
  documentId: string;
  title: string;
  published: string | null;
  /** The mention, in code points of the article's text (as annotations are). */
  start: number;
  end: number;
  /** The value: `2012-01-26`, `2012-W03`, `2012-03`, `2015`, or an interval of those. */
  date: string;
  /** The year it is placed in (a week in the year of its Monday: `2015-W01` begins on 29 December 2014). */
  year: string;
  /** The sentence around the mention, and where the mention lies in it (UTF-16 indices into `sentence`). */
  sentence: string;
  at: number;
  length: number;
}

/** How far around a mention its sentence is looked for, in characters. */
const REACH = 400;
/** At most this many items (the earliest dates first). */
export const TIMELINE_LIMIT = 2000;

interface Row { annotationId: string; documentId: string; title: string; published: string | null; start: number; end: number; value: string; before: string; text: string; after: string }

/** The dates to place an item by: the first point of its value, with an ISO week as its Monday; null without a year. */
export function sortKey(date: string): string | null {
  const first = date.split('/')[0]!;
  if (first.startsWith('--')) return null;
  const week = /^(\d{4})-W(\d{2})$/.exec(first);
  if (!week) return first;
  // The Monday of ISO week 1 is the Monday on or before 4 January.
  const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** Where the sentence holding the end of `before` starts, and where the one holding the start of `after` ends. */
function sentenceBounds(before: string, after: string): { from: number; to: number } {
  let from = 0;
  for (const m of before.matchAll(/\n|[.!?…][»”"’)]?[\s\u00a0]+(?=[\p{Lu}«“"\d]|$)/gu)) from = m.index + m[0].length;
  const end = /\n|[.!?…][»”"’)]?(?=[\s\u00a0]|$)/u.exec(after);
  return { from, to: end ? end.index + (end[0] === '\n' ? 0 : end[0].length) : after.length };
}

const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function rows(db: Database, scope: TimelineScope): Row[] {
  const [where, id] =
    'documentId' in scope ? ['a.document_id = ?', scope.documentId]
    : 'collectionId' in scope ? ['a.document_id IN (SELECT document_id FROM collection_documents WHERE collection_id = ?)', scope.collectionId]
    : ['a.document_id IN (SELECT document_id FROM annotations WHERE entity_id = ? AND orphan = 0)', scope.entityId];
  return cached(db, `SELECT a.id AS annotationId, a.document_id AS documentId, d.title, d.published, a.start, a.end, a.value,
        substr(d.text, max(1, a.start - ${REACH} + 1), min(a.start, ${REACH})) AS before,
        substr(d.text, a.start + 1, a.end - a.start) AS text,
        substr(d.text, a.end + 1, ${REACH}) AS after
      FROM annotations a JOIN entities e ON e.id = a.entity_id JOIN documents d ON d.id = a.document_id
      WHERE e.type = 'DATE' AND a.value IS NOT NULL AND a.orphan = 0 AND d.trashed_at IS NULL AND ${where}`).all(id) as unknown as Row[];
}

/** The timeline of a scope, earliest first; `undated`: dated mentions with no year (`--07-27`), left out. */
export function timeline(db: Database, scope: TimelineScope): { items: TimelineItem[]; undated: number; truncated: boolean } {
  // For an entity: the places it is mentioned, to keep only the dates of those sentences.
  const entityAt = new Map<string, number[]>();
  if ('entityId' in scope) {
    for (const r of db.prepare('SELECT document_id AS documentId, start FROM annotations WHERE entity_id = ? AND orphan = 0').all(scope.entityId) as { documentId: string; start: number }[]) {
      const places = entityAt.get(r.documentId);
      if (places) places.push(r.start);
      else entityAt.set(r.documentId, [r.start]);
    }
  }
  const items: (TimelineItem & { key: string })[] = [];
  let undated = 0;
  for (const r of rows(db, scope)) {
    let date: string;
    try {
      const value = JSON.parse(r.value) as { kind?: string; date?: string };
      if (value.kind !== 'date' || typeof value.date !== 'string') continue;
      date = value.date;
    } catch {
      continue;
    }
    const key = sortKey(date);
    if (key === null) {
      undated++;
      continue;
    }
    const { from, to } = sentenceBounds(r.before, r.after);
    const sentenceFrom = r.start - codePoints(r.before.slice(from));
    const sentenceTo = r.end + codePoints(r.after.slice(0, to));
    const mentions = entityAt.get(r.documentId);
    if (mentions && !mentions.some((at) => at >= sentenceFrom && at < sentenceTo)) continue;
    const lead = r.before.slice(from).replace(/^[\s\u00a0]+/u, '');
    items.push({
      annotationId: r.annotationId, documentId: r.documentId, title: r.title, published: r.published, start: r.start, end: r.end, date, year: key.slice(0, 4),
      sentence: (lead + r.text + r.after.slice(0, to)).replace(/\s+/gu, ' ').trimEnd(), at: lead.replace(/\s+/gu, ' ').length, length: r.text.replace(/\s+/gu, ' ').length, key,
    });
  }
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || (a.published ?? '').localeCompare(b.published ?? '') || a.documentId.localeCompare(b.documentId) || a.start - b.start);
  return { items: items.slice(0, TIMELINE_LIMIT).map(({ key: _, ...item }) => item), undated, truncated: items.length > TIMELINE_LIMIT };
}
