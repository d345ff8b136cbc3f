import { checkPassage, createAnnotation } from '../annotations/store.ts';
import { AppError } from '../contract/errors.ts';
import { offsetConverter } from '../contract/shared/code-points.ts';
import type { Annotation, Entity, NormalisedValueShape, SuggestionShape } from '../contract/schemas.ts';
import { cached, transaction, type Database } from '../store/database.ts';
import { notTrashed, resolveId } from '../store/documents.ts';
import { createEntity, entityNameText, findEntityByName, getEntity, knownNames, listEntities } from './registry.ts';
import { loadNameLists } from './names.ts';
import { linkPartialNames } from './partial-names.ts';
import { libraryReaderModel } from './learning/library-model.ts';
import { suggestEntities } from './suggest.ts';
import { REASON_OF_SOURCE } from './types.ts';
import { warmUpValues } from './values.ts';

// Mentions: annotations with the motivation `identifying`, each linked to one entity. Offsets are code points over
// the canonical text, like every annotation's.

export interface TagInput {
  documentId: string;
  start: number;
  end: number;
  /** An existing entity, or a new one made of `type` and `name` (an existing one of that type and name is reused). */
  entityId?: string;
  type?: string;
  name?: string;
  value?: NormalisedValueShape | null;
}

/** Tags [start, end) of an article as a mention of an entity (made on the way if need be). */
export function tagMention(db: Database, input: TagInput, now = new Date().toISOString()): { mention: Annotation; entity: Entity } {
  return transaction(db, () => {
    // The passage first: a refused one must not leave an entity made for it.
    const { text } = cached(db, 'SELECT text FROM documents WHERE id = ?').get(resolveId(db, input.documentId)) as { text: string };
    checkPassage(text, input.start, input.end);
    let entity: Entity;
    if (input.entityId) entity = getEntity(db, input.entityId);
    else {
      if (!input.type || !input.name?.trim()) throw new AppError('invalid_request', 'a mention needs an entity, or a type and a name', { issue: 'entityId, or type and name' });
      const name = entityNameText(input.name);
      entity = findEntityByName(db, input.type, name) ?? createEntity(db, { type: input.type, name }, now);
    }
    const mention = createAnnotation(db, {
      documentId: input.documentId, start: input.start, end: input.end, color: 'yellow', note: null, tags: [],
      motivation: 'identifying', entityId: entity.id, value: input.value ?? null,
    }, now);
    return { mention, entity: getEntity(db, entity.id) };
  });
}

/** Suggestions the reader turned down in an article, so they do not come back. */
export function rejectSuggestion(db: Database, documentId: string, s: Pick<SuggestionShape, 'start' | 'end' | 'type' | 'text'>, now = new Date().toISOString()): void {
  const id = resolveId(db, documentId);
  const { text } = cached(db, 'SELECT text FROM documents WHERE id = ?').get(id) as { text: string };
  checkPassage(text, s.start, s.end);
  cached(db, 'INSERT OR IGNORE INTO rejected_suggestions (document_id, start, end, type, text, created) VALUES (?, ?, ?, ?, ?, ?)')
    .run(id, s.start, s.end, s.type, s.text, now);
}

/** Context taken beyond a part of an article asked for, so that a name or a date cut by its edge is still whole. */
const PART_MARGIN = 400;

/**
 * What to suggest in an article: amounts, percentages, dates, places, people, organisations, and every name of the
 * registry found again ("unlinked mentions") — minus what is already tagged and what the reader rejected. With `start`
 * and `end` (code points), only the suggestions starting in that part, found in it and the paragraphs around it: a
 * long article is worked through piece by piece, each call short.
 */
export function suggestForDocument(db: Database, documentId: string, start?: number, end?: number): SuggestionShape[] {
  const id = resolveId(db, documentId);
  const doc = cached(db, 'SELECT text, language, published FROM documents WHERE id = ?').get(id) as { text: string; language: string | null; published: string | null };
  const { text } = doc;
  const convert = offsetConverter(text);
  const from = start === undefined ? 0 : convert.toUtf16(start);
  const to = end === undefined ? text.length : Math.max(from, convert.toUtf16(end));
  // The part, widened by a margin and then to whole paragraphs (a sentence's start matters to the name rules).
  const sliceFrom = from === 0 ? 0 : Math.max(0, text.lastIndexOf('\n', Math.max(0, from - PART_MARGIN)) + 1);
  const next = to >= text.length ? -1 : text.indexOf('\n', Math.min(text.length, to + PART_MARGIN));
  const sliceTo = next === -1 ? text.length : next;
  const [cpFrom, cpTo] = [convert.toCodePoint(from), convert.toCodePoint(to)];
  const tagged = cached(db, `SELECT start, end FROM annotations WHERE document_id = ? AND motivation = 'identifying' AND orphan = 0 AND end > ? AND start < ?`)
    .all(id, cpFrom, convert.toCodePoint(sliceTo)) as { start: number; end: number }[];
  const rejected = new Set((cached(db, 'SELECT start, end, type FROM rejected_suggestions WHERE document_id = ? AND start >= ? AND start < ?').all(id, cpFrom, cpTo) as { start: number; end: number; type: string }[])
    .map((r) => `${r.start}:${r.end}:${r.type}`));
  const known = knownNames(db);
  const part = sliceFrom === 0 && sliceTo === text.length ? text : text.slice(sliceFrom, sliceTo);
  const suggested = linkPartialNames(suggestEntities(part, { language: doc.language, published: doc.published, known }), known);
  const model = libraryReaderModel(db);
  const found = model ? model.apply(part, suggested) : suggested;
  // Code points already tagged, relative to the part's start: a suggestion overlapping one is left out.
  const taggedFrom = convert.toCodePoint(sliceFrom);
  const isTagged = new Uint8Array(convert.toCodePoint(sliceTo) - taggedFrom);
  for (const t of tagged) isTagged.fill(1, Math.max(0, t.start - taggedFrom), Math.max(0, t.end - taggedFrom));
  const out: SuggestionShape[] = [];
  for (const s of found) {
    if (s.start + sliceFrom < from || s.start + sliceFrom >= to) continue;
    const start = convert.toCodePoint(s.start + sliceFrom);
    const end = convert.toCodePoint(s.end + sliceFrom);
    if (rejected.has(`${start}:${end}:${s.type}`)) continue;
    if (isTagged.subarray(start - taggedFrom, end - taggedFrom).includes(1)) continue;
    out.push({
      type: s.type, start, end, text: s.text, source: s.source, score: s.score, reason: s.reason ?? REASON_OF_SOURCE[s.source],
      ...(s.value ? { value: s.value } : {}), ...(s.entityId ? { entityId: s.entityId } : {}), ...(s.entityName ? { entityName: s.entityName } : {}),
    });
  }
  return out;
}

export interface EntityPage {
  entity: Entity;
  mentions: {
    annotationId: string; documentId: string; title: string; published: string | null; start: number; end: number;
    before: string; text: string; after: string; value: NormalisedValueShape | null;
  }[];
  documents: { id: string; title: string; published: string | null; mentions: number }[];
  cooccurring: { entity: Entity; documents: number }[];
}

const CONTEXT = 70;

/** An entity across the library: every mention in context, the articles it is in, the entities found alongside. */
export function entityPage(db: Database, id: string): EntityPage {
  const entity = getEntity(db, id);
  // SQLite's substr counts characters (code points), as mention offsets do.
  const rows = cached(db, `SELECT a.id AS annotationId, a.document_id AS documentId, d.title, d.published, a.start, a.end, a.value,
        substr(d.text, max(1, a.start - ${CONTEXT} + 1), min(a.start, ${CONTEXT})) AS before,
        substr(d.text, a.start + 1, a.end - a.start) AS text,
        substr(d.text, a.end + 1, ${CONTEXT}) AS after
      FROM annotations a JOIN documents d ON d.id = a.document_id
      WHERE a.entity_id = ? AND a.orphan = 0 AND d.trashed_at IS NULL
      ORDER BY d.published DESC, d.seq, a.start`).all(id) as (Omit<EntityPage['mentions'][number], 'value'> & { value: string | null })[];
  const mentions = rows.map((r) => ({ ...r, before: r.before.replace(/\s+/g, ' '), after: r.after.replace(/\s+/g, ' '), value: r.value ? (JSON.parse(r.value) as NormalisedValueShape) : null }));
  const byDocument = new Map<string, EntityPage['documents'][number]>();
  for (const m of mentions) {
    const doc = byDocument.get(m.documentId) ?? { id: m.documentId, title: m.title, published: m.published, mentions: 0 };
    doc.mentions++;
    byDocument.set(m.documentId, doc);
  }
  const cooccurring = (cached(db, `SELECT b.entity_id AS id, count(DISTINCT b.document_id) AS documents
      FROM annotations a JOIN annotations b ON b.document_id = a.document_id AND b.entity_id IS NOT NULL AND b.entity_id != a.entity_id
      WHERE a.entity_id = ? AND ${notTrashed('a.document_id')} GROUP BY b.entity_id ORDER BY documents DESC LIMIT 30`).all(id) as { id: string; documents: number }[])
    .map((r) => ({ entity: getEntity(db, r.id), documents: r.documents }));
  return { entity, mentions, documents: [...byDocument.values()], cooccurring };
}

/** What several articles have in common: entities mentioned in two or more, and values (amounts, dates…) they share. */
export function sharedBetween(db: Database, documentIds: readonly string[]): {
  entities: { entity: Entity; documentIds: string[] }[];
  values: { type: string; value: NormalisedValueShape; texts: string[]; documentIds: string[] }[];
} {
  const ids = [...new Set(documentIds.map((d) => resolveId(db, d)))];
  if (ids.length < 2) return { entities: [], values: [] };
  const marks = ids.map(() => '?').join(', ');
  const entityRows = db.prepare(`SELECT entity_id AS id, group_concat(DISTINCT document_id) AS docs FROM annotations
      WHERE document_id IN (${marks}) AND entity_id IS NOT NULL AND orphan = 0 GROUP BY entity_id HAVING count(DISTINCT document_id) >= 2`).all(...ids) as { id: string; docs: string }[];
  const entities = entityRows.map((r) => ({ entity: getEntity(db, r.id), documentIds: r.docs.split(',') })).sort((a, b) => b.documentIds.length - a.documentIds.length || b.entity.mentionCount - a.entity.mentionCount);
  const valueRows = db.prepare(`SELECT e.type, a.value, a.exact, a.document_id AS doc FROM annotations a JOIN entities e ON e.id = a.entity_id
      WHERE a.document_id IN (${marks}) AND a.value IS NOT NULL AND a.orphan = 0`).all(...ids) as { type: string; value: string; exact: string; doc: string }[];
  const byValue = new Map<string, { type: string; value: NormalisedValueShape; texts: Set<string>; documentIds: Set<string> }>();
  for (const r of valueRows) {
    const entry = byValue.get(r.value) ?? { type: r.type, value: JSON.parse(r.value) as NormalisedValueShape, texts: new Set(), documentIds: new Set() };
    entry.texts.add(r.exact);
    entry.documentIds.add(r.doc);
    byValue.set(r.value, entry);
  }
  const values = [...byValue.values()].filter((v) => v.documentIds.size >= 2).map((v) => ({ type: v.type, value: v.value, texts: [...v.texts], documentIds: [...v.documentIds] }));
  return { entities, values };
}

/** Articles that mention every one of the given entities (the library filter "articles mentioning X and Y"). */
export function documentsMentioning(db: Database, entityIds: readonly string[]): string[] {
  if (entityIds.length === 0) return [];
  const marks = entityIds.map(() => '?').join(', ');
  return (db.prepare(`SELECT document_id AS id FROM annotations WHERE entity_id IN (${marks}) AND orphan = 0 AND ${notTrashed('document_id')}
      GROUP BY document_id HAVING count(DISTINCT entity_id) = ?`).all(...entityIds, entityIds.length) as { id: string }[]).map((r) => r.id);
}

export { listEntities };

/** Loads what suggestions need (place lists, the recognisers of both languages) ahead of the first article. */
export function warmUp(): void {
  loadNameLists();
  warmUpValues('fr');
  warmUpValues('en');
}
