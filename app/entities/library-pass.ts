import { createAnnotationIn } from '../annotations/store.ts';
import { offsetConverter } from '../contract/shared/code-points.ts';
import { foldWords } from '../contract/shared/text-query.ts';
import type { SuggestionGroup } from '../contract/jobs.ts';
import type { Entity, NormalisedValueShape } from '../contract/schemas.ts';
import type { StepControl } from '../core/steps.ts';
import { cached, transaction, type Database } from '../store/database.ts';
import { besideCapitalisedWord, compileKnown } from './known.ts';
import { suggestForDocument } from './mentions.ts';
import { createEntity, findEntityByName, getEntity, knownNames } from './registry.ts';
import { suggestNames } from './suggest.ts';
import type { SuggestContext } from './types.ts';

// Work over the whole library, as jobs: gathering every article's suggestions by words, and accepting one suggestion
// everywhere. Each goes article by article, pausing between them, so that it reports progress and stops on cancel.

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
export async function findIdentical(db: Database, text: string, entity: Pick<Entity, 'id' | 'type'>, control: StepControl = {}): Promise<IdenticalMentions> {
  const matcher = compileKnown([{ entityId: entity.id, type: entity.type, name: text }]);
  const documents: IdenticalMentions['documents'] = [];
  let count = 0;
  const ids = candidateIds(db, text);
  const body = cached(db, 'SELECT text, language, published FROM documents WHERE id = ?');
  const known = knownNames(db);
  for (let i = 0; i < ids.length && !control.signal?.aborted; i++) {
    const id = ids[i]!;
    const row = body.get(id) as { text: string; language: string | null; published: string | null } | undefined;
    const hits = row ? matcher.find(row.text).filter((hit) => !insideLongerName(row.text, hit, { language: row.language, published: row.published, known })) : [];
    if (hits.length > 0) {
      const convert = offsetConverter(row!.text);
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
      if (places.length > 0) {
        documents.push({ id, text: row!.text, places });
        count += places.length;
      }
    }
    control.progress?.({ done: i + 1, total: ids.length });
    await control.pause?.();
  }
  return { documents, count };
}

/** Context read around a place to see whether a longer name holds it (cut at the paragraph's edges). */
const AROUND = 160;

/**
 * Whether the words at [start, end) (UTF-16) are part of a longer name suggested there: `Orange` within
 * `Orange Business Services` or `Orange Cloud` is not a mention of Orange. Most places have no capitalised word
 * beside them and are answered at once; the others by the suggesters, over the words around.
 */
function insideLongerName(text: string, hit: { start: number; end: number }, context: SuggestContext): boolean {
  if (!besideCapitalisedWord(text, hit.start, hit.end)) return false;
  const from = Math.max(text.lastIndexOf('\n', hit.start - 1) + 1, hit.start - AROUND);
  const lineEnd = text.indexOf('\n', hit.end);
  const to = Math.min(lineEnd === -1 ? text.length : lineEnd, hit.end + AROUND);
  return suggestNames(text.slice(from, to), context)
    .some((s) => s.start + from <= hit.start && s.end + from >= hit.end && s.end - s.start > hit.end - hit.start);
}

/** Articles whose text may hold `phrase`: an FTS5 phrase query (accents and case folded by the index's tokenizer). */
function candidateIds(db: Database, phrase: string): string[] {
  const words = phrase.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return [];
  const query = `"${words.join(' ').replaceAll('"', '')}"`;
  const rows = cached(db, 'SELECT d.id FROM documents_fts f JOIN documents d ON d.seq = f.rowid WHERE documents_fts MATCH ?').all(query) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Articles written per transaction while accepting: other writers wait milliseconds between two. */
const WRITE_BATCH = 50;

/**
 * Accepts every mention identical to `text` across the library as the entity given (or one named `text`): found
 * first, then written a few articles per transaction. Stopped part-way, what was written stays. Returns the entity
 * and how many mentions were made in how many articles.
 */
export async function acceptAllIdentical(
  db: Database, input: { type: string; text: string; entityId?: string; value?: NormalisedValueShape | null }, control: StepControl = {}, now = new Date().toISOString(),
): Promise<{ entity: Entity; tagged: number; documents: number }> {
  const entity = input.entityId
    ? getEntity(db, input.entityId)
    : transaction(db, () => findEntityByName(db, input.type, input.text) ?? createEntity(db, { type: input.type, name: input.text }, now));
  // Finding is most of the work: progress counts the articles searched, and one step more for the writing.
  let candidates = 0;
  const found = await findIdentical(db, input.text, entity, {
    ...control,
    progress: (p) => control.progress?.({ done: p.done, total: (candidates = p.total) + 1 }),
  });
  const result = { tagged: 0, documents: 0 };
  for (let from = 0; from < found.documents.length && !control.signal?.aborted; from += WRITE_BATCH) {
    const batch = found.documents.slice(from, from + WRITE_BATCH);
    transaction(db, () => {
      for (const doc of batch) {
        const convert = offsetConverter(doc.text);
        for (const { start, end } of doc.places) {
          createAnnotationIn(db, doc, { documentId: doc.id, start, end, color: 'yellow', note: null, tags: [], motivation: 'identifying', entityId: entity.id, value: input.value ?? null }, now, convert);
        }
        result.tagged += doc.places.length;
        result.documents++;
      }
    });
    await control.pause?.();
  }
  control.progress?.({ done: candidates + 1, total: candidates + 1 });
  return { entity: getEntity(db, entity.id), ...result };
}

/** How often the running pass publishes its groups so far (sorting thousands of groups is not free). */
const SNAPSHOT_MS = 400;
const SHOWN = 200;

/**
 * The suggestions of many articles gathered by type and words (ignoring case and accents), most frequent first. The
 * groups so far go with the progress, so the reader can start accepting before the pass ends.
 */
export async function suggestionGroups(
  db: Database, documentIds: readonly string[], control: StepControl<{ done: number; total: number; groups: SuggestionGroup[] }> = {},
): Promise<SuggestionGroup[]> {
  const groups = new Map<string, SuggestionGroup & { forms: Map<string, number>; docs: Set<string> }>();
  const ranked = () => [...groups.values()]
    .map(({ forms, docs, ...group }) => ({ ...group, text: [...forms].sort((a, b) => b[1] - a[1])[0]![0], documents: docs.size }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  let lastSnapshot = 0;
  for (let i = 0; i < documentIds.length && !control.signal?.aborted; i++) {
    const id = documentIds[i]!;
    for (const s of suggestForDocument(db, id)) {
      const key = `${s.type}|${foldWords(s.text)}`;
      let group = groups.get(key);
      if (!group) {
        group = { type: s.type, text: s.text, count: 0, documents: 0, forms: new Map(), docs: new Set(), ...(s.entityId ? { entityId: s.entityId } : {}), ...(s.value ? { value: s.value } : {}) };
        groups.set(key, group);
      }
      group.count++;
      group.docs.add(id);
      group.forms.set(s.text, (group.forms.get(s.text) ?? 0) + 1);
    }
    if (control.progress && (Date.now() - lastSnapshot > SNAPSHOT_MS || i === documentIds.length - 1)) {
      lastSnapshot = Date.now();
      control.progress({ done: i + 1, total: documentIds.length, groups: ranked().slice(0, SHOWN) });
    }
    await control.pause?.();
  }
  return ranked();
}

