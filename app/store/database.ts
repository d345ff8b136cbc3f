import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { AppError, toAppError } from '../contract/errors.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export type Database = DatabaseSync;

/**
 * How long a writer waits for another (the CLI beside the app, a job beside a note being saved) before the library is
 * reported locked. Every transaction of ours is short; the wait is spent trying again every few milliseconds.
 */
export const BUSY_TIMEOUT_MS = 30_000;
/**
 * SQLite's own wait on a writing connection, kept short: its busy handler sleeps up to 100 ms between tries, so a
 * writer beside a busy one (an import committing every few milliseconds) would miss the gaps between its transactions
 * and wait seconds. Writes retry on their own, every 1–8 ms, until BUSY_TIMEOUT_MS (see beginImmediate, whileBusy).
 */
const SQLITE_BUSY_MS = 10;

const pauseCell = new Int32Array(new SharedArrayBuffer(4));
/** Sleeps this thread (a worker's, or the CLI's) without spinning. */
export function sleepSync(ms: number): void {
  Atomics.wait(pauseCell, 0, 0, ms);
}

/** Another connection holds the write lock (SQLite's busy or locked). */
export function isBusy(error: unknown): boolean {
  return toAppError(error).code === 'library_locked';
}

/** The next wait between two tries: growing from 1 to 8 ms, with jitter so that two waiting writers do not keep step. */
export function nextWait(previous: number): number {
  return Math.min(8, previous * 2) * (0.5 + Math.random() / 2);
}

export interface OpenOptions {
  /** Stop at this schema version (tests of upgrades from earlier versions). */
  upToVersion?: number;
  migrations?: readonly Migration[];
  /** A connection that only reads (it neither migrates nor changes the journal mode; writes are refused). */
  readOnly?: boolean;
  /** Called before pending migrations run on a library that has data, with the versions from and to. */
  beforeMigration?: (db: Database, from: number, to: number) => void;
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * What the file's own header says, read without SQLite (which would write to it): an empty or foreign file, or one of
 * a newer schema, is refused before anything can touch it.
 */
export function checkHeader(file: string, known = latestVersion()): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // No file yet: a new library.
  }
  if (size === 0) throw new AppError('library_empty_file', 'the library file is empty', { file });
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new AppError('library_not_database', 'the file is not an SQLite database', { file });
  }
  const version = header.readUInt32BE(60);
  if (version > known) throw new AppError('library_too_new', `schema ${version} is newer than ${known}`, { found: version, known });
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const migrations = options.migrations ?? MIGRATIONS;
  if (file !== ':memory:') {
    checkHeader(file, latestVersion(migrations));
    mkdirSync(dirname(file), { recursive: true });
  }
  const db = new DatabaseSync(file);
  try {
    // A reading connection waits in SQLite (it rarely has to); a writing one retries by itself (beginImmediate).
    db.exec(`PRAGMA busy_timeout = ${options.readOnly ? BUSY_TIMEOUT_MS : SQLITE_BUSY_MS}`);
    // The version again, through SQLite this time (a write-ahead log may hold a newer one), before anything is set.
    refuseNewer(db, migrations);
    if (options.readOnly) {
      db.exec('PRAGMA query_only = 1');
    } else {
      db.exec('PRAGMA journal_mode = WAL');
      db.exec('PRAGMA synchronous = NORMAL');
    }
    db.exec('PRAGMA foreign_keys = ON');
    // 64 MB of page cache: full-text index merges during bulk imports stay in memory.
    db.exec('PRAGMA cache_size = -65536');
    if (!options.readOnly) migrate(db, migrations, options.upToVersion, options.beforeMigration);
  } catch (error) {
    db.close();
    throw toAppError(error);
  }
  return db;
}

export function schemaVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

function refuseNewer(db: Database, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const known = latestVersion(migrations);
  if (current > known) throw new AppError('library_too_new', `schema ${current} is newer than ${known}`, { found: current, known });
}

export function migrate(db: Database, migrations: readonly Migration[], upTo = Infinity, before?: OpenOptions['beforeMigration']): void {
  assertIncreasing(migrations);
  const pendingFrom = (current: number) => migrations.filter((m) => m.version > current && m.version <= upTo);
  const seen = schemaVersion(db);
  if (pendingFrom(seen).length === 0) return;
  if (seen > 0) before?.(db, seen, Math.min(upTo, latestVersion(migrations)));
  // PRAGMA foreign_keys is ignored inside a transaction: it is turned off before, and on again after.
  const rebuilds = pendingFrom(seen).some((m) => m.rebuildsTables);
  if (rebuilds) db.exec('PRAGMA foreign_keys = OFF');
  try {
    transaction(db, () => {
      // Read again under the write lock: another process may have migrated meanwhile.
      refuseNewer(db, migrations);
      for (const migration of pendingFrom(schemaVersion(db))) {
        db.exec(migration.up);
        db.exec(`PRAGMA user_version = ${migration.version}`);
      }
      if (rebuilds && db.prepare('PRAGMA foreign_key_check').all().length > 0) {
        throw new Error('a rebuilt table broke a reference between tables');
      }
    });
  } finally {
    if (rebuilds) db.exec('PRAGMA foreign_keys = ON');
  }
}

function assertIncreasing(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && m.version <= previous.version) {
      throw new Error(`migration ${m.name} (${m.version}) does not come after ${previous.name} (${previous.version})`);
    }
  });
}

/**
 * Runs `work` atomically: all of it is written, or none. Nested calls become savepoints. When SQLite has already
 * rolled the transaction back itself (a full disk, an I/O error), its own error is the one reported.
 */
export function transaction<T>(db: Database, work: () => T): T {
  // Savepoints nest under one name: RELEASE and ROLLBACK TO act on the innermost one of that name.
  const nested = db.isTransaction;
  if (nested) db.exec('SAVEPOINT nested');
  else beginImmediate(db);
  try {
    const result = work();
    db.exec(nested ? 'RELEASE nested' : 'COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) {
      try {
        db.exec(nested ? 'ROLLBACK TO nested; RELEASE nested' : 'ROLLBACK');
      } catch {
        // The rollback failing too must not hide why the work failed.
      }
    }
    throw error;
  }
}

/** Takes the write lock, trying again every few milliseconds while another writer holds it, up to BUSY_TIMEOUT_MS. */
function beginImmediate(db: Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let wait = 1; ; wait = nextWait(wait)) {
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      sleepSync(wait);
    }
  }
}

const statements = new WeakMap<Database, Map<string, StatementSync>>();

/** A prepared statement, prepared once per database: hot paths (bulk import) should not re-parse their SQL. */
export function cached(db: Database, sql: string): StatementSync {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.prepare(sql)));
  return statement;
}
