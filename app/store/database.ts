import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { AppError, toAppError } from '../contract/errors.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export type Database = DatabaseSync;

export interface OpenOptions {
  /** Stop at this schema version (tests of upgrades from earlier versions). */
  upToVersion?: number;
  migrations?: readonly Migration[];
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA synchronous = NORMAL');
    // 64 MB of page cache: full-text index merges during bulk imports stay in memory.
    db.exec('PRAGMA cache_size = -65536');
    migrate(db, options.migrations ?? MIGRATIONS, options.upToVersion);
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

export function migrate(db: Database, migrations: readonly Migration[], upTo = Infinity): void {
  assertIncreasing(migrations);
  const current = schemaVersion(db);
  const known = latestVersion(migrations);
  if (current > known) {
    throw new AppError('library_too_new', `schema ${current} is newer than ${known}`, { found: current, known });
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return;
  transaction(db, () => {
    for (const migration of pending) {
      db.exec(migration.up);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    }
  });
}

function assertIncreasing(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && m.version <= previous.version) {
      throw new Error(`migration ${m.name} (${m.version}) does not come after ${previous.name} (${previous.version})`);
    }
  });
}

/** Runs `work` atomically: all of it is written, or none. Nested calls become savepoints. */
export function transaction<T>(db: Database, work: () => T): T {
  // Savepoints nest under one name: RELEASE and ROLLBACK TO act on the innermost one of that name.
  const nested = db.isTransaction;
  db.exec(nested ? 'SAVEPOINT nested' : 'BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec(nested ? 'RELEASE nested' : 'COMMIT');
    return result;
  } catch (error) {
    db.exec(nested ? 'ROLLBACK TO nested; RELEASE nested' : 'ROLLBACK');
    throw error;
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
