import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { AppError } from '../contract/errors.ts';
import type { StepControl } from '../core/steps.ts';
import { unreadable } from '../import/read-file.ts';
import { cached, latestVersion, transaction, type Database } from '../store/database.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, ARCHIVED_TABLES, decodeCell, type ArchiveHeader } from './tables.ts';
import type { ArchiveCounts } from './write-archive.ts';

const BATCH = 500;
const invalid = (reason: string) => new AppError('invalid_archive', reason, { reason });

/** True when the file starts as a gzip stream does (an archive; articles never do). */
export function looksLikeArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Brings an archive (writeArchive) into an empty library, row for row: the library then holds exactly what the
 * archived one held. Rows are written a few hundred per transaction; if anything fails part-way — a damaged file, a
 * full disk — what was written is taken out again, and the library is left empty as it was.
 */
export async function readArchive(db: Database, path: string, control: StepControl = {}): Promise<ArchiveCounts> {
  const held = (db.prepare('SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM entities) + (SELECT count(*) FROM annotations) AS n').get() as { n: number }).n;
  if (held > 0) {
    const count = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    throw new AppError('library_not_empty', `the library holds ${held} rows`, { count });
  }
  // The new library's default entity types, put back if the import has to be undone.
  const defaultTypes = db.prepare('SELECT * FROM entity_types ORDER BY rowid').all() as Record<string, unknown>[];
  const source = createReadStream(path);
  const lines = createInterface({ input: source.pipe(createGunzip()), crlfDelay: Infinity });
  const opened = new Promise<void>((resolve, reject) => {
    source.once('open', () => resolve());
    source.once('error', (error) => reject(unreadable(error)));
  });
  await opened;
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
    try {
      for await (const line of lines) {
        if (!line.trim()) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          throw invalid('a line is not JSON');
        }
        if (!header) {
          header = checkHeader(parsed);
          columns = knownColumns(db);
          // The archived library's own entity types (built-in ones included) replace the new library's defaults.
          transaction(db, () => db.exec('DELETE FROM entity_types'));
          continue;
        }
        const { t: table, r: row } = (parsed ?? {}) as { t?: unknown; r?: unknown };
        const known = typeof table === 'string' ? columns!.get(table) : undefined;
        if (!known || row === null || typeof row !== 'object') throw invalid(`a row of an unknown table (${String(table).slice(0, 40)})`);
        const unknown = Object.keys(row).find((c) => !known.has(c));
        if (unknown) throw invalid(`column “${unknown}” of ${table} is not known to this version`);
        pending.push({ table: table as string, row: row as Record<string, unknown> });
        if (pending.length >= BATCH) {
          flush();
          await control.pause?.();
          // Stopped part-way, an archive would leave half a library: it is taken out again, as on failure.
          if (control.signal?.aborted) throw new Error('archive import cancelled');
        }
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      // zlib's and the reader's own errors: a truncated or damaged file.
      throw invalid((error as Error).message);
    }
    if (!header) throw invalid('the file is empty');
    if (pending.length) flush();
    if (done !== total()) throw invalid(`the archive is incomplete (${done} of ${total()} rows)`);
    const rows = header.rows;
    return { documents: rows.documents ?? 0, annotations: rows.annotations ?? 0, entities: rows.entities ?? 0, bytes: source.bytesRead };
  } catch (error) {
    source.destroy();
    emptyAgain(db, defaultTypes);
    throw error;
  }
}

function checkHeader(value: unknown): ArchiveHeader {
  const header = value as Partial<ArchiveHeader> | null;
  if (header?.format !== ARCHIVE_FORMAT) throw invalid('it does not start as an Apostille archive');
  if (typeof header.version !== 'number' || header.version > ARCHIVE_VERSION) throw invalid(`archive version ${String(header.version)} is newer than this app knows`);
  if (typeof header.schema !== 'number' || header.schema > latestVersion()) throw invalid(`it was written by a newer version of Apostille (schema ${String(header.schema)})`);
  if (header.rows === null || typeof header.rows !== 'object') throw invalid('its header has no row counts');
  return header as ArchiveHeader;
}

function knownColumns(db: Database): Map<string, Set<string>> {
  return new Map(ARCHIVED_TABLES.map((table) => [
    table,
    new Set((db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name)),
  ]));
}

/** Takes out every row an interrupted archive import wrote: back to an empty library with its default types. */
function emptyAgain(db: Database, defaultTypes: Record<string, unknown>[]): void {
  transaction(db, () => {
    for (const table of [...ARCHIVED_TABLES].reverse()) db.exec(`DELETE FROM ${table}`);
    for (const row of defaultTypes) insertRow(db, 'entity_types', row);
  });
}

/** One row into a table, its columns named (already checked against the table's own). */
function insertRow(db: Database, table: string, row: Record<string, unknown>): void {
  const names = Object.keys(row);
  cached(db, `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
    .run(...(names.map((n) => row[n]) as never[]));
}
