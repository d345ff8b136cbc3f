import { createAnnotation, createAnnotationIn } from '../annotations/store.ts';
import { AppError } from '../contract/errors.ts';
import { offsetConverter } from '../contract/shared/code-points.ts';
import type { Annotation, Entity, NormalisedValueShape, SuggestionShape } from '../contract/schemas.ts';
import { cached, transaction, type Database } from '../store/database.ts';
import { getDocument, resolveId } from '../store/documents.ts';
import { compileKnown } from './known.ts';
import { createEntity, findEntityByName, getEntity, knownNames, listEntities } from './registry.ts';
import { suggestEntities } from './suggest.ts';

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
    let entity: Entity;
    if (input.entityId) entity = getEntity(db, input.entityId);
    else {
      if (!input.type || !input.name?.trim()) throw new AppError('invalid_request', 'a mention needs an entity, or a type and a name', { issue: 'entityId, or type and name' });
      entity = findEntityByName(db, input.type, input.name) ?? createEntity(db, { type: input.type, name: input.name }, now);
    }
    const mention = createAnnotation(db, {
      documentId: input.documentId, start: input.start, end: input.end, color: 'yellow', note: null, tags: [],
      motivation: 'identifying', entityId: entity.id, value: input.value ?? null,
    }, now);
    return { mention, entity: getEntity(db, entity.id) };
  });
}

/** Suggestions the reader turned down in an article, so they do not come back. */
export function rejectSuggestion(db: Database, documentId: string, s: Pick<SuggestionShape, 'start' | 'end' | 'type' | 'text'>): void {
  cached(db, 'INSERT OR IGNORE INTO rejected_suggestions (document_id, start, end, type, text) VALUES (?, ?, ?, ?, ?)')
    .run(resolveId(db, documentId), s.start, s.end, s.type, s.text);
}

/**
 * What to suggest in an article: amounts, percentages, dates, places, people, organisations, and every name of the
 * registry found again ("unlinked mentions") — minus what is already tagged and what the reader rejected.
 */
export function suggestForDocument(db: Database, documentId: string): SuggestionShape[] {
  const doc = getDocument(db, documentId);
  const convert = offsetConverter(doc.text);
  const tagged = cached(db, `SELECT start, end FROM annotations WHERE document_id = ? AND motivation = 'identifying' AND orphan = 0`).all(doc.id) as { start: number; end: number }[];
  const rejected = new Set((cached(db, 'SELECT start, end, type FROM rejected_suggestions WHERE document_id = ?').all(doc.id) as { start: number; end: number; type: string }[])
    .map((r) => `${r.start}:${r.end}:${r.type}`));
  const found = suggestEntities(doc.text, { language: doc.language, published: doc.published, known: knownNames(db) });
  const out: SuggestionShape[] = [];
  for (const s of found) {
    const start = convert.toCodePoint(s.start);
    const end = convert.toCodePoint(s.end);
    if (rejected.has(`${start}:${end}:${s.type}`)) continue;
    if (tagged.some((t) => t.start < end && start < t.end)) continue;
    out.push({ type: s.type, start, end, text: s.text, source: s.source, score: s.score, ...(s.value ? { value: s.value } : {}), ...(s.entityId ? { entityId: s.entityId } : {}) });
  }
  return out;
}

/** Where the same words as `text` appear across the library (code points), not yet tagged nor rejected. */
export interface IdenticalMentions {
  documents: { id: string; text: string; places: { start: number; end: number }[] }[];
  count: number;
}

/**
 * Finds every mention identical to `text` (same words, ignoring case, accents, apostrophes and elision) across the
 * library: articles are narrowed with full-text search, then matched exactly; places already tagged as an entity or
 * rejected as a suggestion there are left out.
 */
export function findIdentical(db: Database, text: string, entity: Pick<Entity, 'id' | 'type'>): IdenticalMentions {
  const matcher = compileKnown([{ entityId: entity.id, type: entity.type, name: text }]);
  const documents: IdenticalMentions['documents'] = [];
  let count = 0;
  for (const { id, text: body } of candidateDocuments(db, text)) {
    const hits = matcher.find(body);
    if (hits.length === 0) continue;
    const convert = offsetConverter(body);
    const existing = cached(db, `SELECT start, end FROM annotations WHERE document_id = ? AND motivation = 'identifying' AND orphan = 0`).all(id) as { start: number; end: number }[];
    const rejected = cached(db, 'SELECT start, end FROM rejected_suggestions WHERE document_id = ?').all(id) as { start: number; end: number }[];
    const places: { start: number; end: number }[] = [];
    for (const hit of hits) {
      const start = convert.toCodePoint(hit.start);
      const end = convert.toCodePoint(hit.end);
      if (existing.some((t) => t.start < end && start < t.end) || rejected.some((r) => r.start === start && r.end === end)) continue;
      if (places.some((p) => p.start < end && start < p.end)) continue;
      places.push({ start, end });
    }
    if (places.length === 0) continue;
    documents.push({ id, text: body, places });
    count += places.length;
  }
  return { documents, count };
}

/**
 * Accepts every mention identical to `text` across the library as the entity given (or one named `text`), in one
 * transaction. Returns the entity and how many mentions were made in how many articles.
 */
export function acceptAllIdentical(db: Database, input: { type: string; text: string; entityId?: string; value?: NormalisedValueShape | null }, now = new Date().toISOString()): { entity: Entity; tagged: number; documents: number } {
  return transaction(db, () => {
    const entity = input.entityId ? getEntity(db, input.entityId) : (findEntityByName(db, input.type, input.text) ?? createEntity(db, { type: input.type, name: input.text }, now));
    const found = findIdentical(db, input.text, entity);
    for (const doc of found.documents) {
      const convert = offsetConverter(doc.text);
      for (const { start, end } of doc.places) {
        createAnnotationIn(db, doc, { documentId: doc.id, start, end, color: 'yellow', note: null, tags: [], motivation: 'identifying', entityId: entity.id, value: input.value ?? null }, now, convert);
      }
    }
    return { entity: getEntity(db, entity.id), tagged: found.count, documents: found.documents.length };
  });
}

/** Articles whose text may hold `phrase`: an FTS5 phrase query (accents and case folded by the index's tokenizer). */
function* candidateDocuments(db: Database, phrase: string): Generator<{ id: string; text: string }> {
  const words = phrase.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return;
  const query = `"${words.join(' ').replaceAll('"', '')}"`;
  const statement = db.prepare(`SELECT d.id, d.text FROM documents_fts f JOIN documents d ON d.seq = f.rowid WHERE documents_fts MATCH ?`);
  for (const row of statement.iterate(query) as Iterable<{ id: string; text: string }>) yield row;
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
      WHERE a.entity_id = ? AND a.orphan = 0
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
      WHERE a.entity_id = ? GROUP BY b.entity_id ORDER BY documents DESC LIMIT 30`).all(id) as { id: string; documents: number }[])
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
  return (db.prepare(`SELECT document_id AS id FROM annotations WHERE entity_id IN (${marks}) AND orphan = 0
      GROUP BY document_id HAVING count(DISTINCT entity_id) = ?`).all(...entityIds, entityIds.length) as { id: string }[]).map((r) => r.id);
}

/** Suggestions of many articles, gathered by type and words: how often, in how many articles. */
export interface SuggestionGroup {
  type: string;
  /** The words as most often written. */
  text: string;
  count: number;
  documents: number;
  entityId?: string;
  value?: NormalisedValueShape;
}

/**
 * The suggestions of a batch of articles gathered by type and words (ignoring case and accents), most frequent first:
 * a pass over the whole library is a series of such batches, each small enough to report progress between them.
 */
export function suggestionGroups(db: Database, documentIds: readonly string[]): SuggestionGroup[] {
  const groups = new Map<string, SuggestionGroup & { forms: Map<string, number>; docs: Set<string> }>();
  for (const id of documentIds) {
    for (const s of suggestForDocument(db, id)) {
      const key = `${s.type}|${foldKey(s.text)}`;
      let group = groups.get(key);
      if (!group) {
        group = { type: s.type, text: s.text, count: 0, documents: 0, forms: new Map(), docs: new Set(), ...(s.entityId ? { entityId: s.entityId } : {}), ...(s.value ? { value: s.value } : {}) };
        groups.set(key, group);
      }
      group.count++;
      group.docs.add(id);
      group.forms.set(s.text, (group.forms.get(s.text) ?? 0) + 1);
    }
  }
  return [...groups.values()]
    .map(({ forms, docs, ...group }) => ({ ...group, text: [...forms].sort((a, b) => b[1] - a[1])[0]![0], documents: docs.size }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

const foldKey = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

export { listEntities };
