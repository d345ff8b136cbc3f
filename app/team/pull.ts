import type { Database } from '../store/database.ts';
import { cached, transaction } from '../store/database.ts';
import { toAppError } from '../contract/errors.ts';
import { caseKey } from '../store/collections.ts';
import { addToOutbox, applying, dropBase, getBase, hasPending, park, parked, setBase, setPulledVersion, unpark, type Base, type TeamLink } from './bookkeeping.ts';
import { blobSizes, fetchBlobs } from './blobs.ts';
import type { TeamClient } from './connect.ts';
import { rowKey, SERVER_COLUMNS, serverRow, serverRows } from './push.ts';
import type { ServerRow } from './merge.ts';
import { blobHashes, deleteLocalRow, sameValue, updateLocalRow, writeLocalRow, type Fields } from './rows.ts';
import { SCHEMA } from './server-schema.ts';
import { SYNCED_TABLES, syncedTable, type SyncedTable } from './tables.ts';

export const PULL_PAGE_ROWS = 500;
export const PULL_PAGE_BYTES = 32 * 1024 * 1024;

export interface PullReport {
  rows: number;
  bytes: number;
  /** Rows left for the next push to merge: this library changed them too. */
  heldBack: number;
  /** Rows this library could not take (damaged, or from a newer version whose values it does not know): left out. */
  refused: { table: string; id: string; reason: string }[];
}

export interface PullOptions {
  pageRows?: number;
  pageBytes?: number;
  afterPage?: (pulled: number) => void;
  cancelled?: () => boolean;
}

const CHANGES = (limit: number) => SYNCED_TABLES.map((t) =>
  `(SELECT '${t.name}' AS tbl, id, ${SERVER_COLUMNS} FROM ${SCHEMA}.${t.name} WHERE version > $1 ORDER BY version LIMIT ${limit})`,
).join(' UNION ALL ') + ` ORDER BY version LIMIT ${limit}`;

/** Brings what the team changed since the last pull into this library, a page per transaction, in version order. */
export async function pull(db: Database, client: TeamClient, link: TeamLink, options: PullOptions = {}): Promise<PullReport> {
  const report: PullReport = { rows: 0, bytes: 0, heldBack: 0, refused: [] };
  const limit = options.pageRows ?? PULL_PAGE_ROWS;
  let since = link.pulledVersion;
  for (;;) {
    if (options.cancelled?.()) break;
    const { rows } = await client.query(CHANGES(limit), [since]);
    if (rows.length === 0) break;
    const page = (rows as (Parameters<typeof serverRow>[0] & { tbl: string; id: string })[]).map((r) => ({ tbl: r.tbl, id: r.id, server: serverRow(r) }));
    // Files this library does not have yet: those a row names that its base did not. The page goes in in parts whose
    // files stay under PULL_PAGE_BYTES (a page of large PDFs is never held in memory whole).
    const needs = page.map(({ tbl, id, server }) => {
      if (server.deleted) return [];
      const base = localBase(db, tbl, id);
      return blobHashes(server.fields).filter((h) => !base || !Object.values(base.fields).some((v) => sameValue(v, { $blob: h })));
    });
    const sizes = await blobSizes(client, needs.flat());
    for (let start = 0; start < page.length;) {
      let end = start;
      let bytes = 0;
      while (end < page.length) {
        const size = needs[end]!.reduce((n, h) => n + (sizes.get(h) ?? 0), 0);
        if (end > start && bytes + size > (options.pageBytes ?? PULL_PAGE_BYTES)) break;
        bytes += size;
        end += 1;
      }
      const part = page.slice(start, end);
      const blobs = await fetchBlobs(client, needs.slice(start, end).flat());
      for (const b of blobs.values()) report.bytes += b.byteLength;
      applying(db, () => {
        for (const { tbl, id, server } of part) {
          if (hasPending(db, tbl, id)) {
            report.heldBack += 1;
            continue;
          }
          tryRow(db, link, tbl, id, server, blobs);
        }
        since = part.at(-1)!.server.version;
        setPulledVersion(db, since);
      });
      start = end;
    }
    report.rows += page.length;
    options.afterPage?.(report.rows);
  }
  await retryParked(db, client, link);
  report.refused = parked(db).map((p) => ({ table: p.tbl, id: p.rowId, reason: p.reason }));
  return report;
}

/**
 * A row at a time, in a savepoint: one the library cannot take (its parent not here yet, a value it does not know) is
 * parked, to be tried again, and the others go in.
 */
function tryRow(db: Database, link: TeamLink, tbl: string, id: string, server: ServerRow, blobs: Map<string, Uint8Array>): boolean {
  try {
    transaction(db, () => applyRow(db, link, tbl, id, server, blobs));
    unpark(db, tbl, id);
    return true;
  } catch (error) {
    park(db, tbl, id, toAppError(error).message);
    return false;
  }
}

/** Parked rows, tried again as the server has them now, in version order, until no more go in. */
async function retryParked(db: Database, client: TeamClient, link: TeamLink): Promise<void> {
  let waiting = parked(db);
  while (waiting.length) {
    const servers = await serverRows(client, waiting);
    const rows: { tbl: string; id: string; server: ServerRow }[] = [];
    for (const p of waiting) {
      const server = servers.get(rowKey(p.tbl, p.rowId));
      // Gone from the server altogether: nothing left to take.
      if (server) rows.push({ tbl: p.tbl, id: p.rowId, server });
      else unpark(db, p.tbl, p.rowId);
    }
    rows.sort((a, b) => a.server.version - b.server.version);
    const blobs = await fetchBlobs(client, rows.flatMap((r) => (r.server.deleted ? [] : blobHashes(r.server.fields))));
    let took = 0;
    applying(db, () => {
      for (const r of rows) if (!hasPending(db, r.tbl, r.id) && tryRow(db, link, r.tbl, r.id, r.server, blobs)) took += 1;
    });
    const still = parked(db);
    if (took === 0 || still.length === 0) return;
    waiting = still;
  }
}


/** Writes one pulled row: its deletion, the fields that changed since its base, or the whole row when new here. */
function applyRow(db: Database, link: TeamLink, tbl: string, id: string, server: ServerRow, blobs: Map<string, Uint8Array>): void {
  const table = syncedTable(tbl);
  const author = server.author === link.member ? null : server.author;
  const blob = (hash: string) => {
    const bytes = blobs.get(hash);
    if (!bytes) throw new Error(`the file ${hash} is missing on the server`);
    return bytes;
  };
  const base = localBase(db, tbl, id);
  if (server.deleted) {
    deleteLocalRow(db, table, id);
    dropBase(db, tbl, id);
  } else if (base) {
    // A row this library has as of its base: only what changed since is written.
    const changed = Object.fromEntries(Object.entries(server.fields).filter(([f, v]) => !sameValue(v, base.fields[f])));
    updateLocalRow(db, table, id, changed, blob, author);
    setBase(db, tbl, id, server.version, server.fields);
  } else {
    const fields = meet(db, table, id, server.fields);
    if (fields) writeLocalRow(db, table, fields, blob, author);
    setBase(db, tbl, id, server.version, server.fields);
    // A row renamed here, or one that goes (null): the next push tells the team.
    if (fields !== server.fields) addToOutbox(db, tbl, id);
  }
}

/** The base of a row this library holds (a base whose row is gone here is no help to write it again). */
function localBase(db: Database, tbl: string, id: string): Base | null {
  const base = getBase(db, tbl, id);
  const table = syncedTable(tbl);
  return base && cached(db, `SELECT 1 FROM ${table.name} WHERE ${table.key} = ?`).get(id) ? base : null;
}

/**
 * Two members made "the same" row offline (a tag, a membership, a collection's name): every member settles it alike.
 * The row with the smaller id stays; the other is deleted (merged), or renamed after its id (a collection). Returns the fields to
 * write: the server's, renamed ones, or null when the incoming row is the one that goes.
 */
function meet(db: Database, table: SyncedTable, id: string, fields: Fields): Fields | null {
  if (!table.unique) return fields;
  const { columns, onMeeting } = table.unique;
  const other = cached(db, `SELECT ${table.key} AS key FROM ${table.name} WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')} AND ${table.key} <> ?`)
    .get(...columns.map((c) => fields[c] as string), id) as { key: string } | undefined;
  if (!other) return fields;
  if (onMeeting === 'merge') {
    // The later row goes, for every member alike; the deletion is pushed.
    if (other.key > id) {
      deleteLocalRow(db, table, other.key);
      addToOutbox(db, table.name, other.key);
      return fields;
    }
    return null;
  }
  // A collection: the one with the greater id is renamed after its own id ("Brexit (3f2a9c1e)"), a name every member
  // gives it alike, whatever else its library holds and in whatever order the rows came.
  const renamed = (name: string, key: string) => `${name} (${key.replaceAll('-', '').slice(-8)})`;
  if (other.key > id) {
    const current = cached(db, 'SELECT name FROM collections WHERE id = ?').get(other.key) as { name: string };
    const name = renamed(current.name, other.key);
    cached(db, 'UPDATE collections SET name = ?, name_key = ? WHERE id = ?').run(name, caseKey(name), other.key);
    addToOutbox(db, table.name, other.key);
    return fields;
  }
  const name = renamed(fields.name as string, id);
  return { ...fields, name, name_key: caseKey(name) };
}
