import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, toAppError } from '../contract/errors.ts';
import { MAX_IMPORT_BYTES, type ImportReport } from '../contract/schemas.ts';
import { transaction, type Database } from '../store/database.ts';
import { reanchorAnnotations } from '../annotations/reanchor.ts';
import { findPreviousVersion, findTitle, insertDocument, resolveId, retireDocument } from '../store/documents.ts';
import { formatSize, parseFile } from './parse-file.ts';

/** A file to import: its name and a way to get its bytes (read lazily, so a huge batch is never all in memory). */
export interface ImportSource {
  name: string;
  read: () => Uint8Array;
  /** The article this file is a new version of, when the reader says so (else it is recognised by address or file). */
  replaces?: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

const CHUNK = 250;

/**
 * Imports every source it can. A file that fails is reported with its error and the rest still land; each chunk of
 * documents is written in one transaction, so an interrupted import leaves whole documents only.
 */
export function importSources(db: Database, sources: ImportSource[], onProgress?: (p: ImportProgress) => void): ImportReport {
  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  const importedAt = new Date().toISOString();
  for (let from = 0; from < sources.length; from += CHUNK) {
    const chunk = sources.slice(from, from + CHUNK);
    transaction(db, () => {
      chunk.forEach((source, i) => {
        importOne(db, source, importedAt, report);
        onProgress?.({ done: from + i + 1, total: sources.length, file: source.name });
      });
    });
  }
  return report;
}

function importOne(db: Database, source: ImportSource, importedAt: string, report: ImportReport): void {
  try {
    const doc = parseFile(source.name, source.read(), importedAt);
    const existing = findTitle(db, doc.id);
    if (existing !== undefined) {
      report.duplicates.push({ file: source.name, id: doc.id, title: existing });
      return;
    }
    const previous = source.replaces !== undefined ? resolveId(db, source.replaces) : findPreviousVersion(db, doc);
    if (previous === undefined) {
      transaction(db, () => insertDocument(db, doc));
      report.imported.push({ file: source.name, id: doc.id, title: doc.title });
      return;
    }
    // A new version: stored, the annotations moved onto its text, the old version retired — all or nothing.
    const moved = transaction(db, () => {
      insertDocument(db, doc);
      const result = reanchorAnnotations(db, previous, doc.id, doc.text, importedAt);
      retireDocument(db, previous, doc.id, importedAt);
      return result;
    });
    report.updated.push({ file: source.name, id: doc.id, previousId: previous, title: doc.title, ...moved });
  } catch (error) {
    report.failed.push({ file: source.name, error: toAppError(error).toJSON() });
  }
}

export function sourceFromBytes(name: string, bytes: Uint8Array, replaces?: string): ImportSource {
  return replaces === undefined ? { name, read: () => bytes } : { name, read: () => bytes, replaces };
}

/**
 * Files and folders on disk → import sources. Folders are walked recursively (hidden entries skipped); a path that
 * cannot be read becomes a source whose read() throws the reason, so it is reported like any other bad file.
 */
export function sourcesFromPaths(paths: string[]): ImportSource[] {
  const sources: ImportSource[] = [];
  const visit = (path: string, explicit: boolean): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      sources.push(failing(path, unreadable(error)));
      return;
    }
    if (stats.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (error) {
        sources.push(failing(path, unreadable(error)));
        return;
      }
      for (const entry of entries) if (!entry.startsWith('.')) visit(join(path, entry), false);
    } else if (explicit || stats.isFile()) {
      const size = stats.size;
      sources.push({
        name: path,
        read: () => {
          if (size > MAX_IMPORT_BYTES) throw new AppError('too_large', `${size} bytes`, { size: formatSize(size), limit: formatSize(MAX_IMPORT_BYTES) });
          try {
            return readFileSync(path);
          } catch (error) {
            throw unreadable(error);
          }
        },
      });
    }
  };
  for (const path of paths) visit(path, true);
  return sources;
}

function failing(path: string, error: AppError): ImportSource {
  return { name: path, read: () => { throw error; } };
}

function unreadable(error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  // The code travels as the reason; each front end words it in the user's language (app/contract/error-messages.ts).
  return new AppError('unreadable_file', String((error as Error).message ?? error), { reason: code ?? 'EIO' });
}

