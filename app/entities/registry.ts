import { randomUUID } from 'node:crypto';
import { foldForMatching } from '../anchoring/fold.ts';
import { AppError } from '../contract/errors.ts';
import type { Entity, EntityType } from '../contract/schemas.ts';
import { notTrashed } from '../store/documents.ts';
import { cached, transaction, type Database } from '../store/database.ts';
import type { KnownName } from './types.ts';

// The entity registry: types (built-in and the reader's own, each with a colour) and entities (a canonical name,
// aliases, a note, an optional external identifier). Mentions are annotations linked to an entity (mentions.ts).

export function listEntityTypes(db: Database): EntityType[] {
  const rows = cached(db, 'SELECT code, label, color, builtin FROM entity_types ORDER BY position').all() as { code: string; label: string | null; color: string; builtin: number }[];
  return rows.map((r) => ({ code: r.code, label: r.label, color: r.color, builtin: r.builtin === 1 }));
}

/** Adds a type of the reader's own (PRODUCT, EVENT…), or changes a type's label and colour. */
export function saveEntityType(db: Database, type: { code: string; label: string | null; color: string }): EntityType {
  const existing = cached(db, 'SELECT builtin FROM entity_types WHERE code = ?').get(type.code) as { builtin: number } | undefined;
  if (existing) {
    cached(db, 'UPDATE entity_types SET label = ?, color = ? WHERE code = ?').run(existing.builtin ? null : type.label, type.color, type.code);
  } else {
    cached(db, 'INSERT INTO entity_types (code, label, color, builtin, position) VALUES (?, ?, ?, 0, (SELECT max(position) + 1 FROM entity_types))')
      .run(type.code, type.label ?? type.code, type.color);
  }
  return listEntityTypes(db).find((t) => t.code === type.code)!;
}

function requireType(db: Database, code: string): void {
  if (!cached(db, 'SELECT 1 FROM entity_types WHERE code = ?').get(code)) {
    throw new AppError('invalid_request', `no entity type ${code}`, { issue: `unknown entity type ${code}` });
  }
}

const ENTITY_COLUMNS = `e.id, e.type, e.name, e.aliases, e.note, e.external_id AS externalId, e.created, e.modified,
  (SELECT count(*) FROM annotations a WHERE a.entity_id = e.id AND ${notTrashed('a.document_id')}) AS mentionCount,
  (SELECT count(DISTINCT a.document_id) FROM annotations a WHERE a.entity_id = e.id AND ${notTrashed('a.document_id')}) AS documentCount`;

type EntityRow = Omit<Entity, 'aliases'> & { aliases: string };
const fromRow = (row: EntityRow): Entity => ({ ...row, aliases: JSON.parse(row.aliases) as string[] });

/** Names kept as given, without repeats (the canonical name is never also an alias). */
/**
 * An entity's name as stored: control characters dropped (SQLite counts a text only up to a NUL, which would make a
 * name empty to the library) and runs of white space, line ends included, made one space. Empty: a refused request.
 */
export function entityNameText(raw: string): string {
  const name = cleanText(raw);
  if (!name) throw new AppError('invalid_request', 'an entity needs a name', { issue: 'the name is empty once its control characters are left out' });
  return name;
}

function cleanText(raw: string): string {
  return raw.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/gu, '').replace(/\s+/gu, ' ').trim();
}

function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([foldForMatching(name).toLowerCase()]);
  const kept: string[] = [];
  for (const alias of aliases) {
    const text = cleanText(alias);
    const key = foldForMatching(text).toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept;
}

export interface NewEntity {
  type: string;
  name: string;
  aliases?: readonly string[];
  note?: string | null;
  externalId?: string | null;
}

export function createEntity(db: Database, input: NewEntity, now = new Date().toISOString()): Entity {
  requireType(db, input.type);
  const id = randomUUID();
  const name = entityNameText(input.name);
  cached(db, 'INSERT INTO entities (id, type, name, aliases, note, external_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, input.type, name, JSON.stringify(cleanAliases(name, input.aliases ?? [])), input.note ?? null, input.externalId?.trim() || null, now, now);
  return getEntity(db, id);
}

export function getEntity(db: Database, id: string): Entity {
  const row = cached(db, `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = ?`).get(id) as EntityRow | undefined;
  if (!row) throw new AppError('not_found', `no entity ${id}`, { id });
  return fromRow(row);
}

export interface EntityChange {
  type?: string;
  name?: string;
  aliases?: readonly string[];
  note?: string | null;
  externalId?: string | null;
}

/** Renames, retypes, sets aliases, note or external identifier. */
export function updateEntity(db: Database, id: string, change: EntityChange, now = new Date().toISOString()): Entity {
  const current = getEntity(db, id);
  if (change.type !== undefined) requireType(db, change.type);
  const name = change.name === undefined || !cleanText(change.name) ? current.name : entityNameText(change.name);
  // A rename keeps the old name as an alias, so mentions written the old way are still found.
  const aliases = change.aliases ?? (name !== current.name ? [...current.aliases, current.name] : current.aliases);
  cached(db, 'UPDATE entities SET type = ?, name = ?, aliases = ?, note = ?, external_id = ?, modified = ? WHERE id = ?').run(
    change.type ?? current.type, name, JSON.stringify(cleanAliases(name, aliases)),
    change.note === undefined ? current.note : change.note, change.externalId === undefined ? current.externalId : change.externalId?.trim() || null, now, id,
  );
  return getEntity(db, id);
}

/** Deletes an entity and its mentions. */
export function removeEntity(db: Database, id: string): boolean {
  return cached(db, 'DELETE FROM entities WHERE id = ?').run(id).changes > 0;
}

/**
 * Merges entity `from` into `into`: its mentions move over, its name and aliases become aliases, notes are joined, and
 * `from` is deleted.
 */
export function mergeEntities(db: Database, into: string, from: string, now = new Date().toISOString()): Entity {
  if (into === from) throw new AppError('invalid_request', 'an entity cannot be merged into itself', { issue: 'the same entity twice' });
  return transaction(db, () => {
    const target = getEntity(db, into);
    const source = getEntity(db, from);
    cached(db, 'UPDATE annotations SET entity_id = ? WHERE entity_id = ?').run(into, from);
    const note = [target.note, source.note].filter((n) => n?.trim()).join('\n\n') || null;
    cached(db, 'DELETE FROM entities WHERE id = ?').run(from);
    return updateEntity(db, into, { aliases: [...target.aliases, source.name, ...source.aliases], note, externalId: target.externalId ?? source.externalId }, now);
  });
}

export interface EntityQuery {
  type?: string;
  /** Matches names and aliases, ignoring case and accents. */
  query?: string;
  /** Only entities mentioned in these articles (counts then are theirs). */
  documentIds?: readonly string[];
  limit?: number;
}

/** Entities by mentions, most mentioned first; for some articles, counted in those articles only. */
export function listEntities(db: Database, q: EntityQuery = {}): Entity[] {
  const limit = q.limit ?? 500;
  const params: (string | number)[] = [];
  let sql: string;
  if (q.documentIds?.length) {
    const marks = q.documentIds.map(() => '?').join(', ');
    sql = `SELECT e.id, e.type, e.name, e.aliases, e.note, e.external_id AS externalId, e.created, e.modified,
        count(*) AS mentionCount, count(DISTINCT a.document_id) AS documentCount
      FROM entities e JOIN annotations a ON a.entity_id = e.id
      WHERE a.document_id IN (${marks}) ${q.type ? 'AND e.type = ?' : ''}
      GROUP BY e.id ORDER BY mentionCount DESC, e.name COLLATE NOCASE`;
    params.push(...q.documentIds);
  } else {
    sql = `SELECT ${ENTITY_COLUMNS} FROM entities e ${q.type ? 'WHERE e.type = ?' : ''} ORDER BY mentionCount DESC, e.name COLLATE NOCASE`;
  }
  if (q.type) params.push(q.type);
  let rows = (db.prepare(sql).all(...params) as EntityRow[]).map(fromRow);
  if (q.query?.trim()) {
    const wanted = fold(q.query);
    rows = rows
      .map((e) => ({ e, rank: [e.name, ...e.aliases].reduce((best, n) => Math.min(best, rankName(fold(n), wanted)), 9) }))
      .filter((r) => r.rank < 9)
      .sort((a, b) => a.rank - b.rank || b.e.mentionCount - a.e.mentionCount)
      .map((r) => r.e);
  }
  return rows.slice(0, limit);
}

const fold = (text: string): string => foldForMatching(text).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** 0 exact, 1 prefix, 2 a word's prefix, 3 inside; 9 no match. */
function rankName(name: string, wanted: string): number {
  if (name === wanted) return 0;
  if (name.startsWith(wanted)) return 1;
  if (name.split(/[\s'’-]+/).some((w) => w.startsWith(wanted))) return 2;
  return name.includes(wanted) ? 3 : 9;
}

/** The entity of a type with this name or alias (ignoring case and accents), if any. */
export function findEntityByName(db: Database, type: string, name: string): Entity | undefined {
  const wanted = fold(name);
  return listEntities(db, { type, limit: 100_000 }).find((e) => [e.name, ...e.aliases].some((n) => fold(n) === wanted));
}

const knownCache = new WeakMap<Database, { signature: string; names: KnownName[] }>();

/**
 * Every name and alias in the registry, for finding unlinked mentions. The same array comes back while the registry
 * is unchanged, so the matcher compiled from it (known.ts keeps one per array) is reused from article to article.
 */
export function knownNames(db: Database): KnownName[] {
  const { n, latest } = cached(db, 'SELECT count(*) AS n, max(modified) AS latest FROM entities').get() as { n: number; latest: string | null };
  const signature = `${n}|${latest}`;
  const hit = knownCache.get(db);
  if (hit?.signature === signature) return hit.names;
  const rows = cached(db, 'SELECT id, type, name, aliases FROM entities').all() as { id: string; type: string; name: string; aliases: string }[];
  const names = rows.flatMap((r) => [r.name, ...(JSON.parse(r.aliases) as string[])].map((name) => ({ entityId: r.id, type: r.type, name })));
  knownCache.set(db, { signature, names });
  return names;
}
