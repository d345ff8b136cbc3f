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

/**
 * Writes a row the server sent (inserted or updated in place, so that its children stay); `author`, for a table that
 * keeps it, is the member who made it (null: this member).
 */
export function writeLocalRow(db: Database, table: SyncedTable, fields: Fields, blob: (hash: string) => Uint8Array, author: string | null = null): void {
  const known = localColumns(db, table.name);
  const columns = Object.keys(fields).filter((c) => known.has(c) && !table.local?.includes(c));
  const values = columns.map((c) => {
    const value = fields[c]!;
    return value !== null && typeof value === 'object' ? blob(value.$blob) : value;
  });
  const updates = columns.filter((c) => c !== table.key).map((c) => `${c} = excluded.${c}`);
  cached(db, `INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (${table.key}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`).run(...values);
  if (table.authored) cached(db, `UPDATE ${table.name} SET author = ? WHERE ${table.key} = ?`).run(author, fields[table.key] as string);
  if (table.name === 'documents') {
    const original = fields[ORIGINAL_FIELD];
    const { seq } = cached(db, 'SELECT seq FROM documents WHERE id = ?').get(fields.id as string) as { seq: number };
    if (original !== null && typeof original === 'object') {
      cached(db, 'INSERT OR REPLACE INTO document_originals (document_seq, bytes) VALUES (?, ?)').run(seq, blob(original.$blob));
    } else {
      cached(db, 'DELETE FROM document_originals WHERE document_seq = ?').run(seq);
    }
  }
}

export function deleteLocalRow(db: Database, table: SyncedTable, key: string): void {
  cached(db, `DELETE FROM ${table.name} WHERE ${table.key} = ?`).run(key);
}

export function sameValue(a: Fields[string] | undefined, b: Fields[string] | undefined): boolean {
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') return a.$blob === b.$blob;
  return (a ?? null) === (b ?? null);
}
