import { createHash } from 'node:crypto';
import { cached, type Database } from '../store/database.ts';
import { ORIGINAL_FIELD, type SyncedTable } from './tables.ts';

/** A row as the team sees it: its columns but the local ones, bytes replaced by their hash. */
export type Fields = Record<string, string | number | null | { $blob: string }>;

export interface LocalRow {
  fields: Fields;
  /** The bytes the fields name, by hash. */
  blobs: Map<string, Uint8Array>;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The row of `table` named `key`, or null when this library has none (deleted). */
export function readLocalRow(db: Database, table: SyncedTable, key: string): LocalRow | null {
  const row = cached(db, `SELECT * FROM ${table.name} WHERE ${table.key} = ?`).get(key) as Record<string, unknown> | undefined;
  if (!row) return null;
  const fields: Fields = {};
  const blobs = new Map<string, Uint8Array>();
  const asBlob = (bytes: Uint8Array) => {
    const hash = hashBytes(bytes);
    blobs.set(hash, bytes);
    return { $blob: hash };
  };
  for (const [column, value] of Object.entries(row)) {
    if (table.local?.includes(column)) continue;
    if (value instanceof Uint8Array) fields[column] = asBlob(value);
    else if (typeof value === 'bigint') fields[column] = Number(value);
    else fields[column] = value as string | number | null;
  }
  if (table.name === 'documents') {
    const original = cached(db, 'SELECT bytes FROM document_originals WHERE document_seq = ?').get(row.seq as number) as { bytes: Uint8Array } | undefined;
    fields[ORIGINAL_FIELD] = original ? asBlob(original.bytes) : null;
  }
  return { fields, blobs };
}

/** The hashes of the blobs that fields name. */
export function blobHashes(fields: Fields): string[] {
  return Object.values(fields).flatMap((v) => (v !== null && typeof v === 'object' ? [v.$blob] : []));
}

const columnsOf = new WeakMap<Database, Map<string, Set<string>>>();

/** The table's columns in this library (a server row may carry fields a newer version added: they are left out). */
function localColumns(db: Database, table: string): Set<string> {
  let byTable = columnsOf.get(db);
  if (!byTable) columnsOf.set(db, (byTable = new Map()));
  let columns = byTable.get(table);
  if (!columns) {
    columns = new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
    byTable.set(table, columns);
  }
  return columns;
}

/** A field as SQLite stores it: a file named by its hash becomes its bytes. */
function cell(value: Fields[string], blob: (hash: string) => Uint8Array): string | number | null | Uint8Array {
  return value !== null && typeof value === 'object' ? blob(value.$blob) : value;
}

/**
 * Writes a row the server sent (inserted or updated in place, so that its children stay); `author`, for a table that
 * keeps it, is the member who made it (null: this member).
 */
export function writeLocalRow(db: Database, table: SyncedTable, fields: Fields, blob: (hash: string) => Uint8Array, author: string | null = null): void {
  const known = localColumns(db, table.name);
  const columns = Object.keys(fields).filter((c) => known.has(c) && !table.local?.includes(c));
  const values = columns.map((c) => cell(fields[c]!, blob));
  const updates = columns.filter((c) => c !== table.key).map((c) => `${c} = excluded.${c}`);
  cached(db, `INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (${table.key}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`).run(...values);
  if (table.authored) cached(db, `UPDATE ${table.name} SET author = ? WHERE ${table.key} = ?`).run(author, fields[table.key] as string);
  if (table.name === 'documents') writeOriginal(db, fields.id as string, fields[ORIGINAL_FIELD] ?? null, blob);
}

export function deleteLocalRow(db: Database, table: SyncedTable, key: string): void {
  cached(db, `DELETE FROM ${table.name} WHERE ${table.key} = ?`).run(key);
}

/** A field as a base keeps it: a long text by its hash (an article's text is not kept twice). */
export type BaseValue = Fields[string] | { $sha: string };
export type BaseFields = Record<string, BaseValue>;

const LONG_TEXT = 512;

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function toBase(fields: Fields): BaseFields {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' && v.length > LONG_TEXT ? { $sha: sha(v) } : v]));
}

/** Whether two values of a field are the same (either may be a base's: a long text by its hash). */
export function sameValue(a: BaseValue | undefined, b: BaseValue | undefined): boolean {
  const isObject = (v: BaseValue | undefined): v is { $blob: string } | { $sha: string } => v !== null && typeof v === 'object';
  if (isObject(a) && isObject(b)) {
    if ('$blob' in a || '$blob' in b) return '$blob' in a && '$blob' in b && a.$blob === b.$blob;
    return a.$sha === b.$sha;
  }
  if (isObject(a) || isObject(b)) {
    const [hashed, other] = isObject(a) ? [a, b] : [b as { $sha: string }, a];
    return '$sha' in hashed && typeof other === 'string' && other.length > LONG_TEXT && sha(other) === hashed.$sha;
  }
  return (a ?? null) === (b ?? null);
}

/**
 * Writes only the fields that changed of a row this library has (so that an article whose note changed is not
 * indexed again, nor its original file rewritten).
 */
export function updateLocalRow(db: Database, table: SyncedTable, key: string, changed: Fields, blob: (hash: string) => Uint8Array, author: string | null = null): void {
  const known = localColumns(db, table.name);
  const columns = Object.keys(changed).filter((c) => known.has(c) && !table.local?.includes(c) && c !== table.key);
  if (columns.length) {
    const values = columns.map((c) => cell(changed[c]!, blob));
    cached(db, `UPDATE ${table.name} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${table.key} = ?`).run(...values, key);
  }
  if (table.authored) cached(db, `UPDATE ${table.name} SET author = ? WHERE ${table.key} = ?`).run(author, key);
  if (table.name === 'documents' && ORIGINAL_FIELD in changed) writeOriginal(db, key, changed[ORIGINAL_FIELD]!, blob);
}

function writeOriginal(db: Database, id: string, original: Fields[string], blob: (hash: string) => Uint8Array): void {
  const { seq } = cached(db, 'SELECT seq FROM documents WHERE id = ?').get(id) as { seq: number };
  if (original !== null && typeof original === 'object') {
    cached(db, 'INSERT OR REPLACE INTO document_originals (document_seq, bytes) VALUES (?, ?)').run(seq, blob(original.$blob));
  } else {
    cached(db, 'DELETE FROM document_originals WHERE document_seq = ?').run(seq);
  }
}
