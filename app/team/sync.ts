import { AppError } from '../contract/errors.ts';
import type { Database } from '../store/database.ts';
import { getLink, linkLibrary, recordSync, requireLink, type TeamLink } from './bookkeeping.ts';
import { connectTeam, parseAddress, teamError, type TeamClient } from './connect.ts';
import { pull, type PullOptions, type PullReport } from './pull.ts';
import { push, type PushOptions, type PushReport } from './push.ts';
import { initSchema, SCHEMA, SERVER_SCHEMA_VERSION } from './server-schema.ts';

export interface SyncReport {
  pushed: PushReport;
  pulled: PullReport;
}

export interface SyncOptions extends PushOptions, PullOptions {
  /** The member's password, when the address does not carry it (else PGPASSWORD or ~/.pgpass). */
  password?: string;
}

/** The server holds a team library this version can use. */
export async function checkServer(client: TeamClient, address: string): Promise<void> {
  let found: number;
  try {
    const { rows } = await client.query(`SELECT value FROM ${SCHEMA}.meta WHERE key = 'schema_version'`);
    found = Number((rows[0] as { value: string } | undefined)?.value ?? 0);
  } catch (error) {
    throw teamError(error, address, '');
  }
  if (found > SERVER_SCHEMA_VERSION) throw new AppError('team_schema_newer', `server schema ${found}`, { found, known: SERVER_SCHEMA_VERSION });
  if (found < 1) throw new AppError('team_not_initialised', 'no schema version', { address });
}

async function withTeam<T>(uri: string, password: string | undefined, work: (client: TeamClient, address: string) => Promise<T>): Promise<T> {
  const { address, member } = parseAddress(uri);
  const client = await connectTeam(uri, password);
  try {
    return await work(client, address);
  } catch (error) {
    throw teamError(error, address, member);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `apostille team init`: the schema, roles and policies of a new team library, in the database the address names. */
export async function initTeam(uri: string, password?: string): Promise<{ address: string; owner: string }> {
  const { database, member } = parseAddress(uri);
  return withTeam(uri, password, async (client, address) => {
    const exists = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [SCHEMA]);
    if (exists.rowCount) throw new AppError('team_refused', 'already initialised', { reason: `${address} already holds a team library` });
    await initSchema(client, database, member);
    return { address, owner: member };
  });
}

/** Makes this (empty) library follow the team at `uri`, and brings in everything the team has. */
export async function joinTeam(db: Database, uri: string, options: SyncOptions = {}): Promise<{ link: TeamLink; pulled: PullReport }> {
  return withTeam(uri, options.password, async (client, address) => {
    await checkServer(client, address);
    const link = linkLibrary(db, address, parseAddress(uri).member);
    const pulled = await pull(db, client, link, options);
    recordSync(db, null);
    return { link: getLink(db)!, pulled };
  });
}

/**
 * One round: this library's changes go to the team, then the team's come here. The address is the library's own
 * (its password given, or from PGPASSWORD or ~/.pgpass).
 */
export async function syncLibrary(db: Database, options: SyncOptions = {}): Promise<SyncReport> {
  const link = requireLink(db);
  try {
    return await withTeam(link.address, options.password, async (client, address) => {
      await checkServer(client, address);
      const pushed = await push(db, client, link, options);
      const pulled = await pull(db, client, getLink(db)!, options);
      recordSync(db, null);
      return { pushed, pulled };
    });
  } catch (error) {
    const failure = error instanceof AppError ? error : teamError(error, link.address, link.member);
    recordSync(db, failure.code);
    throw failure;
  }
}

/** Members management over one connection, its errors worded for the reader. */
export function withMembers<T>(uri: string, password: string | undefined, work: (client: TeamClient) => Promise<T>): Promise<T> {
  return withTeam(uri, password, async (client, address) => {
    await checkServer(client, address);
    return work(client);
  });
}
