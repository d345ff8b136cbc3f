import { randomUUID } from 'node:crypto';
import { AppError } from '../contract/errors.ts';
import { cached, type Database } from '../store/database.ts';
import {
  addToOutbox, applying, clearOutbox, dropBase, dropPushedUpTo, getBase, lastOutboxSeq, nextBatch, setBase, type OutboxRow, type TeamLink,
} from './bookkeeping.ts';
import type { TeamClient } from './connect.ts';
import { decide, type Decision, type KeptNote, type ServerRow } from './merge.ts';
import { blobHashes, deleteLocalRow, readLocalRow, writeLocalRow, type Fields } from './rows.ts';
import { CHANGES_CHANNEL, SCHEMA } from './server-schema.ts';
import { fetchBlobs, uploadBlobs } from './blobs.ts';
import { syncedTable } from './tables.ts';

export const PUSH_BATCH_ROWS = 500;

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
  /** Called after each batch (progress). */
  afterBatch?: (pushed: number) => void;
  /** Called once a batch is committed on the server, before this library records it (a test kills a push there). */
  afterCommit?: () => void;
  cancelled?: () => boolean;
}

const SERVER_COLUMNS = 'version, deleted, author, edited_by, modified, fields';

export function serverRow(row: { version: string | number; deleted: boolean; author: string; edited_by: string; modified: Date; fields: Fields }): ServerRow {
  return { version: Number(row.version), deleted: row.deleted, author: row.author, editedBy: row.edited_by, modified: row.modified.toISOString(), fields: row.fields };
}

interface Outcome {
  row: OutboxRow;
  decision: Decision;
  /** The server's row after the push (null: nothing there). */
  after: ServerRow | null;
  refused: boolean;
  /** A note to keep as an earlier version beside the row (written here, pushed with the next batch). */
  kept?: KeptNote;
}

/** Sends this library's changes to the team, a batch per transaction; see docs/team-library.md. */
export async function push(db: Database, client: TeamClient, link: TeamLink, options: PushOptions = {}): Promise<PushReport> {
  const report: PushReport = { rows: 0, conflicts: 0, refused: [], bytes: 0 };
  // A push cut short after a commit: what the server already has leaves the outbox (its rows come back in the pull).
  const known = await client.query(`SELECT pushed_seq FROM ${SCHEMA}.clients WHERE client_id = $1`, [link.clientId]);
  if (known.rowCount) dropPushedUpTo(db, Number((known.rows[0] as { pushed_seq: string }).pushed_seq));
  for (;;) {
    if (options.cancelled?.()) break;
    const readUpTo = lastOutboxSeq(db);
    const { rows, upTo } = nextBatch(db, options.batchRows ?? PUSH_BATCH_ROWS);
    if (rows.length === 0) break;
    const locals = rows.map((row) => readLocalRow(db, syncedTable(row.tbl), row.rowId));
    report.bytes += await uploadBlobs(client, locals.flatMap((l) => (l ? [...l.blobs] : [])));
    const outcomes = await pushBatch(client, link, rows, locals.map((l) => l?.fields ?? null), db, upTo);
    options.afterCommit?.();
    await settle(db, client, outcomes, readUpTo, new Map(locals.flatMap((l) => (l ? [...l.blobs] : []))), link.member);
    report.rows += rows.length;
    for (const o of outcomes) {
      if (o.refused) report.refused.push({ table: o.row.tbl, id: o.row.rowId, code: 'team_not_author' });
      if (o.decision.kind === 'restore' || (o.decision.kind === 'update' && o.decision.kept)) report.conflicts += 1;
    }
    options.afterBatch?.(report.rows);
  }
  return report;
}

async function pushBatch(client: TeamClient, link: TeamLink, rows: OutboxRow[], locals: (Fields | null)[], db: Database, upTo: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await client.query('BEGIN');
  try {
    // Pushes take turns: versions are then committed in the order they are given, and a pull never skips one.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('${SCHEMA}.push'))`);
    const servers = await serverRows(client, rows);
    for (const [i, row] of rows.entries()) {
      const table = `${SCHEMA}.${row.tbl}`;
      const server = servers.get(`${row.tbl}\u0000${row.rowId}`) ?? null;
      const decision = decide(locals[i]!, getBase(db, row.tbl, row.rowId), server);
      const origin = `${link.clientId}:${upTo}`;
      let after: ServerRow | null = server;
      let refused = false;
      let kept: KeptNote | undefined;
      if (decision.kind === 'insert') {
        const done = await client.query(`INSERT INTO ${table} (id, version, origin, fields) VALUES ($1, 0, $2, $3) RETURNING ${SERVER_COLUMNS}`, [row.rowId, origin, decision.fields]);
        after = serverRow(done.rows[0]);
      } else if (decision.kind === 'update') {
        const done = await client.query(`UPDATE ${table} SET fields = $2, deleted = $3, origin = $4 WHERE id = $1 RETURNING ${SERVER_COLUMNS}`,
          [row.rowId, decision.fields, decision.deleted, origin]);
        if (done.rowCount) after = serverRow(done.rows[0]);
        else refused = true;
        if (decision.kept && !refused) kept = decision.kept;
      }
      const note = locals[i]?.note;
      if (refused && typeof note === 'string' && note.trim() && note !== server?.fields.note) {
        // The server keeps its author's row; this member's note is not lost: it stays beside it as another version.
        kept = { note, author: link.member, modified: new Date().toISOString() };
      }
      outcomes.push({ row, decision, after, refused, ...(kept && { kept }) });
    }
    // Members connected are told once the batch is committed (NOTIFY is sent at commit), with the newest version.
    const newest = Math.max(0, ...outcomes.map((o) => o.after?.version ?? 0));
    await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, String(newest)]);
    await client.query(`INSERT INTO ${SCHEMA}.clients (client_id, pushed_seq) VALUES ($1, $2)
      ON CONFLICT (client_id) DO UPDATE SET pushed_seq = excluded.pushed_seq, modified = now()`, [link.clientId, upTo]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return outcomes;
}

/** The server's copies of a batch's rows, read at once table by table (a read per row would double the round trips). */
async function serverRows(client: TeamClient, rows: OutboxRow[]): Promise<Map<string, ServerRow>> {
  const byTable = new Map<string, string[]>();
  for (const row of rows) byTable.set(row.tbl, [...(byTable.get(row.tbl) ?? []), row.rowId]);
  const found = new Map<string, ServerRow>();
  for (const [tbl, ids] of byTable) {
    const { rows: got } = await client.query(`SELECT id, ${SERVER_COLUMNS} FROM ${SCHEMA}.${tbl} WHERE id = ANY($1)`, [ids]);
    for (const r of got) found.set(`${tbl}\u0000${r.id as string}`, serverRow(r));
  }
  return found;
}

/** After a committed batch: the outbox forgets what went, the bases follow the server, and merged rows come back here. */
async function settle(db: Database, client: TeamClient, outcomes: Outcome[], readUpTo: number, have: Map<string, Uint8Array>, member: string): Promise<void> {
  const toWrite = (o: Outcome): Fields | undefined =>
    o.decision.kind === 'restore' || o.refused ? o.after?.fields : o.decision.kind === 'update' ? o.decision.local : undefined;
  const needed = outcomes.flatMap((o) => blobHashes(toWrite(o) ?? {})).filter((h) => !have.has(h));
  const blobs = new Map([...have, ...await fetchBlobs(client, needed)]);
  const blob = (hash: string) => {
    const bytes = blobs.get(hash);
    if (!bytes) throw new AppError('team_refused', `blob ${hash} missing`, { reason: `a file (${hash.slice(0, 12)}…) is missing on the server` });
    return bytes;
  };
  applying(db, () => {
    for (const o of outcomes) {
      const table = syncedTable(o.row.tbl);
      clearOutbox(db, o.row, readUpTo);
      const after = o.after;
      const takeServers = o.decision.kind === 'restore' || o.refused;
      if (!after || after.deleted) {
        dropBase(db, o.row.tbl, o.row.rowId);
        if (takeServers) deleteLocalRow(db, table, o.row.rowId);
      } else {
        setBase(db, o.row.tbl, o.row.rowId, after.version, after.fields);
        const fields = toWrite(o);
        if (fields) writeLocalRow(db, table, fields, blob, after.author === member ? null : after.author);
      }
      if (o.kept) keepNote(db, o.row, o.kept);
    }
  });
}

/** An earlier version of a note, beside its annotation or article; it goes to the team like any new row. */
function keepNote(db: Database, row: OutboxRow, kept: KeptNote): void {
  const id = randomUUID();
  cached(db, `INSERT INTO note_revisions (id, target_table, target_id, note, author, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(id, row.tbl, row.rowId, kept.note, kept.author, kept.modified, new Date().toISOString());
  addToOutbox(db, 'note_revisions', id);
}
