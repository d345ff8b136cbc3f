import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AppError, toAppError } from '../contract/errors.ts';
import type { StepControl } from '../core/steps.ts';
import { unreadable } from '../import/read-file.ts';
import { cached, latestVersion, transaction, type Database } from '../store/database.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, ARCHIVED_TABLES, decodeCell, type ArchiveHeader } from './tables.ts';
import type { ArchiveCounts } from './write-archive.ts';

const BATCH = 500;
/** An archive refused: `reason` a code each front end words in the reader's language; `detail` stays in the message. */
const invalid = (reason: 'EMPTY_ARCHIVE' | 'INCOMPLETE_ARCHIVE' | 'NOT_AN_ARCHIVE' | 'NEWER_ARCHIVE' | 'DAMAGED_ARCHIVE', detail: string = reason) =>
  new AppError('invalid_archive', detail, { reason });

// What even an empty library holds of its own (its entity types, its settings): the archived library's replace them,
// and they are put back if the import has to be undone.
const OWN_TABLES = ['entity_types', 'library_settings'] as const;
type OwnRows = Record<(typeof OWN_TABLES)[number], Record<string, unknown>[]>;

/** True when the file starts as a gzip stream does (an archive; articles never do). */
export function looksLikeArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Brings an archive (writeArchive) into an empty library, row for row: the library then holds exactly what the
 * archived one held. Rows are written a few hundred per transaction; if anything fails part-way — a damaged file, a
 * full disk, a cancel — what was written is taken out again, and the library is left as it was.
 */
export async function readArchive(db: Database, path: string, control: StepControl = {}): Promise<ArchiveCounts> {
  refuseNonEmpty(db);
  const own = Object.fromEntries(OWN_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()])) as OwnRows;
  const source = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    source.once('open', () => resolve());
    source.once('error', (error) => reject(unreadable(error)));
  });
  // The reader's errors reach readRows while it reads; once it has stopped (a bad line found before the end), zlib may
  // still fail on what was already piped in: that error is not the library's, and must not go uncaught.
  const gunzip = createGunzip().on('error', () => {});
  // A file that fails to be read part-way ends the reading with its reason (a pipe does not pass errors on).
  source.on('error', (error) => gunzip.destroy(unreadable(error)));
  try {
    const counts = await readRows(db, source.pipe(gunzip), control);
    return { ...counts, bytes: source.bytesRead };
  } catch (error) {
    try {
      undo(db, own);
    } catch {
      // Undoing failed too (the disk is still full): why the import failed is what the reader must hear.
    }
    throw error;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

function refuseNonEmpty(db: Database): void {
  const held = ARCHIVED_TABLES.filter((t) => !(OWN_TABLES as readonly string[]).includes(t))
    .reduce((n, table) => n + (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, 0);
  if (held > 0) {
    const count = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    throw new AppError('library_not_empty', `the library holds ${held} rows`, { count });
  }
}

/** The archive's lines into the library, a batch per transaction. Throws what went wrong, as what it is. */
async function readRows(db: Database, input: Readable, control: StepControl): Promise<Omit<ArchiveCounts, 'bytes'>> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let header: ArchiveHeader | undefined;
  let columns: Map<string, Set<string>> | undefined;
  let pending: { table: string; row: Record<string, unknown> }[] = [];
  let done = 0;
  const total = () => Object.values(header?.rows ?? {}).reduce((a, b) => a + b, 0);
  const flush = () => {
    const batch = pending;
    pending = [];
    transaction(db, () => {
      for (const { table, row } of batch) insertRow(db, table, Object.fromEntries(Object.entries(row).map(([k, v]) => [k, decodeCell(v)])));
    });
    done += batch.length;
    control.progress?.({ done, total: total() });
  };
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      const parsed = parseLine(line);
      if (!header) {
        header = checkHeader(parsed);
        columns = knownColumns(db);
        transaction(db, () => OWN_TABLES.forEach((t) => db.exec(`DELETE FROM ${t}`)));
        continue;
      }
      pending.push(checkRow(parsed, columns!));
      if (pending.length >= BATCH) {
        flush();
        await control.pause?.();
      }
      // Stopped part-way, an archive would leave half a library: it is taken out again, as on failure.
      if (control.signal?.aborted) throw new Error('archive import cancelled');
    }
    if (!header) throw invalid('EMPTY_ARCHIVE');
    if (pending.length) flush();
  } catch (error) {
    throw asArchiveError(error);
  }
  if (done !== total()) throw invalid('INCOMPLETE_ARCHIVE', `${done} of ${total()} rows`);
  const rows = header.rows;
  return { documents: rows.documents ?? 0, annotations: rows.annotations ?? 0, entities: rows.entities ?? 0 };
}

/**
 * A failure as the reader should hear of it: the library's own state (a full disk, a lock, damage) as it is; anything
 * else — zlib's and the reader's errors, rows the schema refuses — means the archive is truncated or damaged.
 */
function asArchiveError(error: unknown): AppError {
  const appError = toAppError(error);
  return appError.code === 'internal' ? invalid('DAMAGED_ARCHIVE', appError.message) : appError;
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw invalid('DAMAGED_ARCHIVE', 'a line is not JSON');
  }
}

function checkHeader(value: unknown): ArchiveHeader {
  const header = value as Partial<ArchiveHeader> | null;
  if (header?.format !== ARCHIVE_FORMAT) throw invalid('NOT_AN_ARCHIVE');
  if (typeof header.version !== 'number' || header.version > ARCHIVE_VERSION) throw invalid('NEWER_ARCHIVE', `archive version ${String(header.version)}`);
  if (typeof header.schema !== 'number' || header.schema > latestVersion()) throw invalid('NEWER_ARCHIVE', `schema ${String(header.schema)}`);
  if (header.rows === null || typeof header.rows !== 'object') throw invalid('DAMAGED_ARCHIVE', 'its header has no row counts');
  return header as ArchiveHeader;
}

function checkRow(value: unknown, columns: Map<string, Set<string>>): { table: string; row: Record<string, unknown> } {
  const { t: table, r: row } = (value ?? {}) as { t?: unknown; r?: unknown };
  const known = typeof table === 'string' ? columns.get(table) : undefined;
  if (!known || row === null || typeof row !== 'object') throw invalid('DAMAGED_ARCHIVE', `a row of an unknown table (${String(table).slice(0, 40)})`);
  const unknown = Object.keys(row).find((c) => !known.has(c));
  if (unknown) throw invalid('NEWER_ARCHIVE', `column “${unknown}” of ${String(table)} is not known to this version`);
  return { table: table as string, row: row as Record<string, unknown> };
}

function knownColumns(db: Database): Map<string, Set<string>> {
  return new Map(ARCHIVED_TABLES.map((table) => [
    table,
    new Set((db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name)),
  ]));
}

/**
 * Takes out every row an interrupted archive import wrote, and puts back the library's own types and settings. The
 * full-text indexes are rebuilt over the empty tables: that frees their pages even on a full disk.
 */
function undo(db: Database, own: OwnRows): void {
  transaction(db, () => {
    for (const table of [...ARCHIVED_TABLES].reverse()) db.exec(`DELETE FROM ${table}`);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'").all() as { name: string }[];
    for (const { name } of indexes) db.exec(`INSERT INTO "${name}" ("${name}") VALUES ('rebuild')`);
    for (const table of OWN_TABLES) for (const row of own[table]) insertRow(db, table, row);
  });
}

/** One row into a table, its columns named (already checked against the table's own). */
function insertRow(db: Database, table: string, row: Record<string, unknown>): void {
  const names = Object.keys(row);
  cached(db, `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
    .run(...(names.map((n) => row[n]) as never[]));
}
