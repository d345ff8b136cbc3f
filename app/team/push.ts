import { randomUUID } from 'node:crypto';
import { transaction, type Database } from '../store/database.ts';
import {
  applying, changedSince, clearOutbox, dropBase, dropPushedUpTo, getBase, lastOutboxSeq, nextBatch, park, pendingBatch, setBase,
  setPendingBatch, type OutboxRow, type TeamLink,
} from './bookkeeping.ts';
import { fetchBlobs, uploadBlobs } from './blobs.ts';
import type { TeamClient } from './connect.ts';
import { decide, type Decision, type KeptNote, type ServerRow } from './merge.ts';
import { blobHashes, deleteLocalRow, readLocalRow, writeLocalRow, type Fields, type LocalRow } from './rows.ts';
import { CHANGES_CHANNEL, SCHEMA } from './server-schema.ts';
import { syncedTable } from './tables.ts';

export const PUSH_BATCH_ROWS = 500;
/** A batch's files held in memory at once, at most (but one row's, however large). */
export const PUSH_BATCH_BYTES = 32 * 1024 * 1024;

export interface PushReport {
  rows: number;
  /** Notes kept in two versions, and local deletes undone by an edit there. */
  conflicts: number;
  /** Changes the server refused (another member's annotation): the server's row is back here, the note kept. */
  refused: { table: string; id: string; code: 'team_not_author' }[];
  bytes: number;
}

export interface PushOptions {
  batchRows?: number;
  batchBytes?: number;
  /** Called after each batch (progress). */
  afterBatch?: (pushed: number) => void;
  /** Called once a batch is committed on the server, before this library records it (a test kills a push there). */
  afterCommit?: () => void;
  cancelled?: () => boolean;
}

export const SERVER_COLUMNS = 'version, deleted, author, edited_by, modified, fields';

/** A row's name across tables. */
export const rowKey = (tbl: string, id: string): string => `${tbl}\u0000${id}`;

export function serverRow(row: { version: string | number; deleted: boolean; author: string; edited_by: string; modified: Date; fields: Fields }): ServerRow {
  return { version: Number(row.version), deleted: row.deleted, author: row.author, editedBy: row.edited_by, modified: row.modified.toISOString(), fields: row.fields };
}

interface Outcome {
  row: OutboxRow;
  decision: Decision;
  /** The server's row after the push (null: nothing there). */
  after: ServerRow | null;
  refused: boolean;
  /** The server's note this push replaced, kept beside it as an earlier version (written in the same transaction). */
  kept?: { id: string; fields: Fields; server: ServerRow };
}

/** Tables whose rows other members' annotations hang on (deleting one would take those with it). */
const PARENT_COLUMN: Record<string, string> = { documents: 'document_id', entities: 'entity_id' };

/** Sends this library's changes to the team, a batch per transaction; see docs/team-library.md. */
export async function push(db: Database, client: TeamClient, link: TeamLink, options: PushOptions = {}): Promise<PushReport> {
  const report: PushReport = { rows: 0, conflicts: 0, refused: [], bytes: 0 };
  // A push cut short between the server's commit and this library's record: the server says whether that batch
  // landed (its token), and what it holds leaves the outbox. A copy of the library (a backup restored) has no such
  // token, and drops nothing: its rows are merged again instead.
  const known = await client.query(`SELECT pushed_seq, last_batch FROM ${SCHEMA}.clients WHERE client_id = $1`, [link.clientId]);
  const landed = known.rows[0] as { pushed_seq: string; last_batch: string | null } | undefined;
  const pending = pendingBatch(db);
  if (landed && pending !== null && landed.last_batch === pending) dropPushedUpTo(db, Number(landed.pushed_seq));
  if (pending !== null) setPendingBatch(db, null);
  for (;;) {
    if (options.cancelled?.()) break;
    const readUpTo = lastOutboxSeq(db);
    const candidates = nextBatch(db, options.batchRows ?? PUSH_BATCH_ROWS);
    if (candidates.rows.length === 0) break;
    const { rows, locals, upTo } = takeUpTo(db, candidates, options.batchBytes ?? PUSH_BATCH_BYTES);
    report.bytes += await uploadBlobs(client, locals.flatMap((l) => (l ? [...l.blobs] : [])));
    const batch = randomUUID();
    setPendingBatch(db, batch);
    const outcomes = await pushBatch(client, link, rows, locals.map((l) => l?.fields ?? null), db, upTo, batch);
    options.afterCommit?.();
    await settle(db, client, outcomes, readUpTo, new Map(locals.flatMap((l) => (l ? [...l.blobs] : []))), link.member);
    report.rows += rows.length;
    for (const o of outcomes) {
      if (o.refused) report.refused.push({ table: o.row.tbl, id: o.row.rowId, code: 'team_not_author' });
      if (o.decision.kind === 'restore' || o.kept || (o.decision.kind === 'update' && o.decision.joined)) report.conflicts += 1;
    }
    options.afterBatch?.(report.rows);
  }
  return report;
}

/** The batch's rows as they are here, until their files pass `maxBytes`: the rest waits for the next batch. */
function takeUpTo(db: Database, batch: { rows: OutboxRow[]; upTo: number }, maxBytes: number) {
  const rows: OutboxRow[] = [];
  const locals: (LocalRow | null)[] = [];
  let bytes = 0;
  let upTo = batch.upTo;
  for (const row of batch.rows) {
    const local = readLocalRow(db, syncedTable(row.tbl), row.rowId);
    const size = local ? [...local.blobs.values()].reduce((n, b) => n + b.byteLength, 0) : 0;
    if (rows.length > 0 && bytes + size > maxBytes) {
      upTo = row.first! - 1;
      break;
    }
    rows.push(row);
    locals.push(local);
    bytes += size;
  }
  return { rows, locals, upTo };
}

async function pushBatch(
  client: TeamClient, link: TeamLink, rows: OutboxRow[], locals: (Fields | null)[], db: Database, upTo: number, batch: string,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await client.query('BEGIN');
  try {
    // Pushes take turns: versions are then committed in the order they are given, and a pull never skips one.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('${SCHEMA}.push'))`);
    const servers = await serverRows(client, rows);
    const origin = `${link.clientId}:${upTo}`;
    for (const [i, row] of rows.entries()) {
      const table = `${SCHEMA}.${row.tbl}`;
      const server = servers.get(rowKey(row.tbl, row.rowId)) ?? null;
      let decision = decide(row.tbl, locals[i]!, getBase(db, row.tbl, row.rowId), server);
      // Deleting an article or an entity would take other members' annotations with it: their work wins, as an edit
      // wins over a delete, and the row comes back here.
      if (decision.kind === 'update' && decision.deleted && server && PARENT_COLUMN[row.tbl] && await othersHangOn(client, row.tbl, row.rowId)) {
        decision = { kind: 'restore', server };
      }
      let after: ServerRow | null = server;
      let refused = false;
      let keptRow: Outcome['kept'];
      if (decision.kind === 'insert') {
        const done = await client.query(`INSERT INTO ${table} (id, version, origin, fields) VALUES ($1, 0, $2, $3) RETURNING ${SERVER_COLUMNS}`, [row.rowId, origin, decision.fields]);
        after = serverRow(done.rows[0]);
      } else if (decision.kind === 'update') {
        // The server's note is kept before the row takes the new one, so that the server sees whose text it was;
        // taken back if the change is refused.
        if (decision.kept) {
          await client.query('SAVEPOINT keep_note');
          keptRow = await keepNote(client, row, decision.kept, origin);
        }
        const done = await client.query(`UPDATE ${table} SET fields = $2, deleted = $3, origin = $4 WHERE id = $1 RETURNING ${SERVER_COLUMNS}`,
          [row.rowId, decision.fields, decision.deleted, origin]);
        if (done.rowCount) after = serverRow(done.rows[0]);
        else refused = true;
        if (keptRow && refused) {
          await client.query('ROLLBACK TO SAVEPOINT keep_note');
          keptRow = undefined;
        }
      }
      const note = locals[i]?.note;
      if (refused && typeof note === 'string' && note.trim() && note !== server?.fields.note) {
        // The server keeps its author's row; this member's note is not lost: it stays beside it as another version.
        keptRow = await keepNote(client, row, { note, author: link.member, modified: new Date().toISOString() }, origin);
      }
      outcomes.push({ row, decision, after, refused, ...(keptRow && { kept: keptRow }) });
    }
    // Members connected are told once the batch is committed (NOTIFY is sent at commit), with the newest version.
    const newest = Math.max(0, ...outcomes.map((o) => Math.max(o.after?.version ?? 0, o.kept?.server.version ?? 0)));
    await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, String(newest)]);
    await client.query(`INSERT INTO ${SCHEMA}.clients (client_id, pushed_seq, last_batch) VALUES ($1, $2, $3)
      ON CONFLICT (client_id) DO UPDATE SET pushed_seq = excluded.pushed_seq, last_batch = excluded.last_batch, modified = now()`, [link.clientId, upTo, batch]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return outcomes;
}

/** Whether another member's annotation, not deleted, hangs on this article or entity. */
async function othersHangOn(client: TeamClient, tbl: string, id: string): Promise<boolean> {
  const { rowCount } = await client.query(
    `SELECT 1 FROM ${SCHEMA}.annotations WHERE fields->>'${PARENT_COLUMN[tbl]}' = $1 AND NOT deleted AND author <> current_user LIMIT 1`, [id]);
  return (rowCount ?? 0) > 0;
}

/**
 * The server's note this push replaces, kept as an earlier version in the same transaction (so that a push cut short
 * after its commit loses no text).
 */
async function keepNote(client: TeamClient, row: OutboxRow, kept: KeptNote, origin: string): Promise<{ id: string; fields: Fields; server: ServerRow }> {
  const id = randomUUID();
  const fields: Fields = { id, target_table: row.tbl, target_id: row.rowId, note: kept.note, author: kept.author, created: kept.modified, modified: new Date().toISOString() };
  const { rows } = await client.query(`INSERT INTO ${SCHEMA}.note_revisions (id, version, origin, fields) VALUES ($1, 0, $2, $3) RETURNING ${SERVER_COLUMNS}`, [id, origin, fields]);
  // As the server stamped it (it decides who wrote the text).
  const server = serverRow(rows[0]);
  return { id, fields: server.fields, server };
}

/** The server's copies of rows, read at once table by table (a read per row would double the round trips); by rowKey. */
export async function serverRows(client: TeamClient, rows: readonly OutboxRow[]): Promise<Map<string, ServerRow>> {
  const byTable = new Map<string, string[]>();
  for (const row of rows) byTable.set(row.tbl, [...(byTable.get(row.tbl) ?? []), row.rowId]);
  const found = new Map<string, ServerRow>();
  for (const [tbl, ids] of byTable) {
    const { rows: got } = await client.query(`SELECT id, ${SERVER_COLUMNS} FROM ${SCHEMA}.${tbl} WHERE id = ANY($1)`, [ids]);
    for (const r of got) found.set(rowKey(tbl, r.id as string), serverRow(r));
  }
  return found;
}

/**
 * After a committed batch: the outbox forgets what went, the bases follow the server, and merged or restored rows come
 * back here. A row edited here while the push was on its way is left as it is (its next push merges it again); one that
 * cannot go in yet (its parent is not back) is parked for the pull.
 */
async function settle(db: Database, client: TeamClient, outcomes: Outcome[], readUpTo: number, have: Map<string, Uint8Array>, member: string): Promise<void> {
  const toWrite = (o: Outcome): Fields | undefined =>
    o.decision.kind === 'restore' || o.refused ? o.after?.fields : o.decision.kind === 'update' ? o.decision.local : undefined;
  const needed = outcomes.flatMap((o) => blobHashes(toWrite(o) ?? {})).filter((h) => !have.has(h));
  const blobs = new Map([...have, ...await fetchBlobs(client, needed)]);
  const blob = (hash: string) => {
    const bytes = blobs.get(hash);
    if (!bytes) throw new Error(`the file ${hash} is missing on the server`);
    return bytes;
  };
  applying(db, () => {
    for (const o of outcomes) {
      const table = syncedTable(o.row.tbl);
      clearOutbox(db, o.row, readUpTo);
      const after = o.after;
      const takeServers = o.decision.kind === 'restore' || o.refused;
      if (o.kept) {
        writeLocalRow(db, syncedTable('note_revisions'), o.kept.fields, blob);
        setBase(db, 'note_revisions', o.kept.id, o.kept.server.version, o.kept.fields);
      }
      if (changedSince(db, o.row.tbl, o.row.rowId, readUpTo)) continue;
      try {
        transaction(db, () => {
          if (!after || after.deleted) {
            dropBase(db, o.row.tbl, o.row.rowId);
            if (takeServers) deleteLocalRow(db, table, o.row.rowId);
          } else {
            setBase(db, o.row.tbl, o.row.rowId, after.version, after.fields);
            const fields = toWrite(o);
            if (fields) writeLocalRow(db, table, fields, blob, after.author === member ? null : after.author);
          }
        });
      } catch (error) {
        park(db, o.row.tbl, o.row.rowId, (error as Error).message);
      }
    }
    setPendingBatch(db, null);
  });
}
