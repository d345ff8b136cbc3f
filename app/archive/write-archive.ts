import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { unwritable } from '../export/to-file.ts';
import type { StepControl } from '../core/steps.ts';
import { schemaVersion, type Database } from '../store/database.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, ARCHIVED_TABLES, encodeCell, type ArchiveHeader } from './tables.ts';

const PAGE = 200;

export interface ArchiveCounts {
  documents: number;
  annotations: number;
  entities: number;
  bytes: number;
}

/**
 * The whole library in one file: gzipped JSON lines, a header and then every row of every table that holds what the
 * reader made or brought (articles with their original files, annotations, entities and their types, rejected
 * suggestions, the library's settings). Read page by page from `db`, which should be a snapshot (withSnapshot);
 * written under a temporary name.
 */
export async function writeArchive(db: Database, path: string, control: StepControl = {}): Promise<ArchiveCounts> {
  const temporary = `${path}.partial`;
  const gzip = createGzip();
  const file = createWriteStream(temporary);
  const failed = new Promise<never>((_, reject) => {
    file.on('error', (error) => reject(unwritable(error)));
    gzip.on('error', reject);
  });
  failed.catch(() => {});
  gzip.pipe(file);
  const write = async (line: unknown) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await Promise.race([once(gzip, 'drain'), failed]);
  };
  try {
    const rows: Record<string, number> = {};
    for (const table of ARCHIVED_TABLES) rows[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const header: ArchiveHeader = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, schema: schemaVersion(db), created: new Date().toISOString(), rows };
    await write(header);
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of ARCHIVED_TABLES) {
      const page = db.prepare(`SELECT rowid AS _rowid, * FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE}`);
      for (let after = -Infinity; !control.signal?.aborted;) {
        const batch = page.all(after === -Infinity ? Number.MIN_SAFE_INTEGER : after) as Record<string, unknown>[];
        if (batch.length === 0) break;
        for (const { _rowid, ...row } of batch) {
          await write({ t: table, r: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, encodeCell(v)])) });
          after = _rowid as number;
        }
        done += batch.length;
        control.progress?.({ done, total });
        await control.pause?.();
      }
    }
    gzip.end();
    await Promise.race([once(file, 'close'), failed]);
    if (control.signal?.aborted) {
      rmSync(temporary, { force: true });
    } else {
      try {
        renameSync(temporary, path);
      } catch (error) {
        throw unwritable(error);
      }
    }
    return { documents: rows.documents ?? 0, annotations: rows.annotations ?? 0, entities: rows.entities ?? 0, bytes: file.bytesWritten };
  } catch (error) {
    gzip.destroy();
    file.destroy();
    rmSync(temporary, { force: true });
    throw error;
  }
}
