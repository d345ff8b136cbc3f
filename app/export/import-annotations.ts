import { anchor } from '../anchoring/anchor.ts';
import { describe } from '../anchoring/describe.ts';
import { CONTEXT } from '../anchoring/selectors.ts';
import type { AnnotationsImportReport } from '../contract/schemas.ts';
import type { Annotation } from '../contract/schemas.ts';
import { offsetConverter, toCodePointOffset } from '../contract/shared/code-points.ts';
import { cached, transaction, type Database } from '../store/database.ts';
import { resolveId, setDocumentNote } from '../store/documents.ts';
import { entityNameText, findEntityByName, saveEntityType } from '../entities/registry.ts';
import { parseWebAnnotations, type DocumentRef, type ParsedEntity, type ParsedPassage } from './w3c-parse.ts';

// Importing annotations (W3C Web Annotation JSON-LD, as Apostille exports them or another tool writes them):
// - a malformed or foreign file is refused whole, naming its first problem: nothing is imported;
// - each annotation goes onto the article its target names (the Apostille id, else its web address); when that
//   article is not in the library the annotation is skipped and counted, and the article listed;
// - its passage is found again in the article's text (position, then quote, then an approximate match), so an
//   export from another version of the article still lands; one that cannot be placed is kept as an orphan;
// - an annotation whose id is already in the library is a duplicate and is left alone;
// - the note on a whole article is restored when the article has none (an existing different note is kept);
// - a mention of an entity (as Apostille exports them) is linked to the same entity: the one with its id when the
//   library has it, else one of the same type and name the library already had, else the entity is created as the
//   file describes it (same id, aliases, note, external id, dates), with its type when the library lacks that type;
// - everything is written in one transaction.

export type { AnnotationsImportReport } from '../contract/schemas.ts';

export interface Article {
  id: string;
  text: string;
  note: string | null;
  toUtf16(codePoint: number): number;
}

/** An article's row, ready to place passages in. */
export function articleOf(row: { id: string; text: string; note: string | null }): Article {
  return { ...row, toUtf16: offsetConverter(row.text).toUtf16 };
}

function articleFinder(db: Database) {
  const byId = cached(db, 'SELECT id, text, note FROM documents WHERE id = ?');
  const byUrl = cached(db, 'SELECT id FROM documents WHERE url = ? ORDER BY seq DESC LIMIT 1');
  const articles = new Map<string, Article | null>();
  const load = (id: string): Article | null => {
    let article = articles.get(id);
    if (article === undefined) {
      const row = byId.get(id) as { id: string; text: string; note: string | null } | undefined;
      article = row ? articleOf(row) : null;
      articles.set(id, article);
    }
    return article;
  };
  const resolve = (ref: string): string | null => {
    try {
      const id = resolveId(db, ref);
      // resolveId also takes prefixes; an import wants the article itself (or the one that replaced it).
      return id !== ref && id.startsWith(ref) ? null : id;
    } catch {
      return null;
    }
  };
  const byRef = new Map<string, Article | null>();
  const find = (ref: DocumentRef): Article | null => {
    for (const id of ref.ids) {
      const found = resolve(id);
      if (found) return load(found);
    }
    for (const url of ref.urls) {
      const row = byUrl.get(url) as { id: string } | undefined;
      if (row) return load(row.id);
    }
    return null;
  };
  return (ref: DocumentRef): Article | null => {
    const key = JSON.stringify([ref.ids, ref.urls]);
    let article = byRef.get(key);
    if (article === undefined) byRef.set(key, (article = find(ref)));
    return article;
  };
}

/**
 * The quote and context of [start, end) as describe() gives them, read from a window around the passage: describe
 * converts offsets from the start of the text, which over thousands of annotations of a long article adds up.
 */
function describeAt(article: Article, start: number, end: number): Pick<Annotation, 'exact' | 'prefix' | 'suffix'> {
  const from = article.toUtf16(start);
  const to = article.toUtf16(end);
  const windowStart = Math.max(0, from - CONTEXT * 2);
  const window = article.text.slice(windowStart, to + CONTEXT * 2);
  const offset = (units: number) => toCodePointOffset(window, units - windowStart);
  const { exact, prefix, suffix } = describe(window, offset(from), offset(to)).quote;
  return { exact, prefix, suffix };
}

/**
 * Writes an imported annotation as it is (the store's restoreAnnotation does the same, but reads the whole article
 * for each one, which an import of thousands cannot afford; the article is known to exist here).
 */
export function insert(db: Database, a: Annotation): void {
  cached(
    db,
    `INSERT INTO annotations (id, document_id, motivation, exact, prefix, suffix, start, end, color, note, tags, created, modified, orphan, entity_id, value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.documentId, a.motivation, a.exact, a.prefix, a.suffix, a.start, a.end, a.color, a.note, JSON.stringify(a.tags), a.created, a.modified, a.orphan ? 1 : 0,
    a.entityId ?? null, a.value ? JSON.stringify(a.value) : null);
}

/** Fallback colour of an entity type the file names without one. */
const TYPE_COLOR = '#4b5563';

/** Links the entities of imported mentions to the library's: same id, else same type and name, else a new one. */
function entityLinker(db: Database, now: string) {
  const byId = cached(db, 'SELECT id FROM entities WHERE id = ?');
  const typeExists = cached(db, 'SELECT 1 FROM entity_types WHERE code = ?');
  const resolved = new Map<string, string>();
  const created = new Set<string>();
  return (entity: ParsedEntity): string => {
    let id = resolved.get(entity.id);
    if (id !== undefined) return id;
    if (byId.get(entity.id)) id = entity.id;
    else {
      const named = typeExists.get(entity.type) ? findEntityByName(db, entity.type, entity.name) : undefined;
      if (named && !created.has(named.id)) id = named.id;
      else {
        if (!typeExists.get(entity.type)) saveEntityType(db, { code: entity.type, label: entity.typeLabel ?? entity.type, color: entity.typeColor ?? TYPE_COLOR });
        const name = entityNameText(entity.name);
        const aliases = [...new Set(entity.aliases.map((a) => a.trim()).filter((a) => a && a !== name))];
        const createdAt = entity.created ?? now;
        cached(db, 'INSERT INTO entities (id, type, name, aliases, note, external_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(entity.id, entity.type, name, JSON.stringify(aliases), entity.note, entity.externalId, createdAt, entity.modified ?? createdAt);
        created.add(entity.id);
        id = entity.id;
      }
    }
    resolved.set(entity.id, id);
    return id;
  };
}

/** Where a passage goes in `article`: its selectors anchored again, or null (an orphan). */
export function place(article: Article, item: Pick<ParsedPassage, 'quote' | 'position'>): Pick<Annotation, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'> & { moved: boolean } | null {
  const { text } = article;
  const { quote, position } = item;
  if (position) {
    const from = article.toUtf16(position.start);
    const to = article.toUtf16(position.end);
    // The common case (an export of this very text) needs no search: the quote is where the position says.
    if (quote ? text.slice(from, to) === quote.exact : to <= text.length && from < to) {
      return { ...describeAt(article, position.start, position.end), start: position.start, end: position.end, moved: false };
    }
  }
  if (!quote) return null;
  const found = anchor(text, {
    quote: { type: 'TextQuoteSelector', ...quote },
    position: position ? { type: 'TextPositionSelector', ...position } : undefined,
  });
  if (!found) return null;
  const moved = !position || found.start !== position.start || found.end !== position.end;
  return { ...describeAt(article, found.start, found.end), start: found.start, end: found.end, moved };
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Imports a Web Annotation JSON-LD file's annotations into the library; all or nothing. */
export function importAnnotations(db: Database, content: string, now = new Date().toISOString()): AnnotationsImportReport {
  const items = parseWebAnnotations(content, now);
  const report: AnnotationsImportReport = {
    imported: 0, orphans: 0, moved: 0, duplicates: 0, skipped: 0, missingDocuments: [], notesRestored: 0, notesKept: 0,
  };
  const missing = new Set<string>();
  transaction(db, () => {
    const find = articleFinder(db);
    const linkEntity = entityLinker(db, now);
    const exists = cached(db, 'SELECT 1 FROM annotations WHERE id = ?');
    for (const item of items) {
      const article = find(item.ref);
      if (!article) {
        report.skipped++;
        missing.add(item.ref.label);
        continue;
      }
      if (item.kind === 'other') {
        report.skipped++;
        continue;
      }
      if (item.kind === 'note') {
        if (article.note === null) {
          article.note = setDocumentNote(db, article.id, item.note);
          report.notesRestored++;
        } else if (article.note === item.note) report.duplicates++;
        else report.notesKept++;
        continue;
      }
      if (exists.get(item.annotation.id)) {
        report.duplicates++;
        continue;
      }
      if (item.entity) item.annotation.entityId = linkEntity(item.entity);
      const placed = place(article, item);
      let annotation: Annotation;
      if (placed) {
        const { moved, ...target } = placed;
        annotation = { ...item.annotation, ...target, documentId: article.id, orphan: false };
        if (moved) report.moved++;
      } else {
        const quote = item.quote ?? { exact: '', prefix: '', suffix: '' };
        const at = item.orphanPosition ?? item.position ?? { start: 0, end: Math.max(1, codePointLength(quote.exact)) };
        annotation = { ...item.annotation, ...quote, ...at, documentId: article.id, orphan: true };
        report.orphans++;
      }
      insert(db, annotation);
      report.imported++;
    }
  });
  report.missingDocuments = [...missing];
  return report;
}
