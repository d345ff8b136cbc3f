import { randomUUID } from 'node:crypto';
import { AppError } from '../contract/errors.ts';
import { cached, transaction, type Database } from '../store/database.ts';
import { toBase, type BaseFields, type Fields } from './rows.ts';

// What this library knows of its team: the link, the outbox of rows changed here, and the server version and fields
// each row is based on.

export interface TeamLink {
  address: string;
  member: string;
  clientId: string;
  pulledVersion: number;
  lastSync: string | null;
  lastError: string | null;
}

export function getLink(db: Database): TeamLink | null {
  const row = cached(db, 'SELECT address, member, client_id, pulled_version, last_sync, last_error FROM team_link').get() as
    { address: string; member: string; client_id: string; pulled_version: number; last_sync: string | null; last_error: string | null } | undefined;
  return row ? { address: row.address, member: row.member, clientId: row.client_id, pulledVersion: row.pulled_version, lastSync: row.last_sync, lastError: row.last_error } : null;
}

export function requireLink(db: Database): TeamLink {
  const link = getLink(db);
  if (!link) throw new AppError('team_not_linked', 'this library follows no team', {});
  return link;
}

/**
 * Makes an empty library follow a team: what it then holds comes from the team or goes to it. The sample articles a
 * new library starts with are removed first (they are nobody's, and would not be the team's).
 */
export function linkLibrary(db: Database, address: string, member: string, now = new Date().toISOString()): TeamLink {
  transaction(db, () => {
    const linked = getLink(db);
    if (linked) throw new AppError('team_already_linked', 'already follows a team', { address: linked.address });
    const { n } = cached(db, 'SELECT count(*) AS n FROM documents WHERE sample = 0').get() as { n: number };
    if (n > 0) throw new AppError('team_library_not_empty', 'a team library starts empty', { count: n });
    cached(db, 'DELETE FROM documents WHERE sample = 1').run();
    cached(db, 'INSERT INTO team_link (id, address, member, client_id, created, modified) VALUES (1, ?, ?, ?, ?, ?)')
      .run(address, member, randomUUID(), now, now);
  });
  return getLink(db)!;
}

/** Runs `work` in one transaction with the outbox's triggers quiet: rows that came from the team do not go back. */
export function applying<T>(db: Database, work: () => T): T {
  return transaction(db, () => {
    cached(db, 'UPDATE team_link SET applying = 1').run();
    try {
      return work();
    } finally {
      cached(db, 'UPDATE team_link SET applying = 0').run();
    }
  });
}

export function setPulledVersion(db: Database, version: number): void {
  cached(db, 'UPDATE team_link SET pulled_version = max(pulled_version, ?)').run(version);
}

export function recordSync(db: Database, error: string | null, now = new Date().toISOString()): void {
  cached(db, `UPDATE team_link SET last_error = ?, modified = ?, last_sync = CASE WHEN ? IS NULL THEN ? ELSE last_sync END`).run(error, now, error, now);
}

export interface OutboxRow {
  tbl: string;
  rowId: string;
  /** Its first position in the outbox (a batch cut short ends just before the first row it leaves out). */
  first?: number;
}

/**
 * The next rows to push: the outbox read in order until `limit` different rows, and the last position read (every
 * entry up to it is one of these rows). Each is pushed as it is now, so repeated edits go once.
 */
export function nextBatch(db: Database, limit: number): { rows: OutboxRow[]; upTo: number } {
  const entries = cached(db, 'SELECT seq, tbl, row_id FROM sync_outbox ORDER BY seq LIMIT ?').all(limit * 4) as { seq: number; tbl: string; row_id: string }[];
  const seen = new Map<string, OutboxRow>();
  let upTo = 0;
  for (const e of entries) {
    const id = `${e.tbl}\u0000${e.row_id}`;
    if (!seen.has(id)) {
      if (seen.size === limit) break;
      seen.set(id, { tbl: e.tbl, rowId: e.row_id, first: e.seq });
    }
    upTo = e.seq;
  }
  return { rows: [...seen.values()], upTo };
}

export function lastOutboxSeq(db: Database): number {
  return (cached(db, 'SELECT coalesce(max(seq), 0) AS s FROM sync_outbox').get() as { s: number }).s;
}

export function pendingCount(db: Database): number {
  return (cached(db, 'SELECT count(*) AS n FROM (SELECT DISTINCT tbl, row_id FROM sync_outbox)').get() as { n: number }).n;
}

/** The server has what was pushed up to `seq` (read back after a push that was cut short). */
export function dropPushedUpTo(db: Database, seq: number): void {
  cached(db, 'DELETE FROM sync_outbox WHERE seq <= ?').run(seq);
}

export function clearOutbox(db: Database, row: OutboxRow, upTo: number): void {
  cached(db, 'DELETE FROM sync_outbox WHERE tbl = ? AND row_id = ? AND seq <= ?').run(row.tbl, row.rowId, upTo);
}

export function hasPending(db: Database, tbl: string, rowId: string): boolean {
  return changedSince(db, tbl, rowId, 0);
}

/** Puts a row in the outbox by hand (a change made while applying, which the triggers leave out). */
export function addToOutbox(db: Database, tbl: string, rowId: string): void {
  cached(db, 'INSERT INTO sync_outbox (tbl, row_id) VALUES (?, ?)').run(tbl, rowId);
}

export interface Base {
  version: number;
  fields: BaseFields;
}

export function getBase(db: Database, tbl: string, rowId: string): Base | null {
  const row = cached(db, 'SELECT version, base FROM sync_rows WHERE tbl = ? AND row_id = ?').get(tbl, rowId) as { version: number; base: string } | undefined;
  return row ? { version: row.version, fields: JSON.parse(row.base) as BaseFields } : null;
}

/** The server's version of a row and its fields then (long texts by their hash). */
export function setBase(db: Database, tbl: string, rowId: string, version: number, fields: Fields): void {
  cached(db, 'INSERT OR REPLACE INTO sync_rows (tbl, row_id, version, base) VALUES (?, ?, ?, ?)').run(tbl, rowId, version, JSON.stringify(toBase(fields)));
}

export function dropBase(db: Database, tbl: string, rowId: string): void {
  cached(db, 'DELETE FROM sync_rows WHERE tbl = ? AND row_id = ?').run(tbl, rowId);
}

/** A row from the team that could not go in yet (its parent is not here, or a value is not known): tried again later. */
export function park(db: Database, tbl: string, rowId: string, reason: string): void {
  cached(db, 'INSERT OR REPLACE INTO sync_parked (tbl, row_id, reason) VALUES (?, ?, ?)').run(tbl, rowId, reason);
}

export function unpark(db: Database, tbl: string, rowId: string): void {
  cached(db, 'DELETE FROM sync_parked WHERE tbl = ? AND row_id = ?').run(tbl, rowId);
}

export function parked(db: Database): { tbl: string; rowId: string; reason: string }[] {
  return (cached(db, 'SELECT tbl, row_id, reason FROM sync_parked ORDER BY tbl, row_id').all() as { tbl: string; row_id: string; reason: string }[])
    .map((r) => ({ tbl: r.tbl, rowId: r.row_id, reason: r.reason }));
}

/** The batch this library is pushing, set before it goes and cleared once recorded (see push.ts). */
export function setPendingBatch(db: Database, batch: string | null): void {
  cached(db, 'UPDATE team_link SET pending_batch = ?').run(batch);
}

export function pendingBatch(db: Database): string | null {
  return (cached(db, 'SELECT pending_batch FROM team_link').get() as { pending_batch: string | null } | undefined)?.pending_batch ?? null;
}

/** Whether the row changed here after outbox position `seq` (an edit made while a push was on its way). */
export function changedSince(db: Database, tbl: string, rowId: string, seq: number): boolean {
  return cached(db, 'SELECT 1 FROM sync_outbox WHERE tbl = ? AND row_id = ? AND seq > ? LIMIT 1').get(tbl, rowId, seq) !== undefined;
}
