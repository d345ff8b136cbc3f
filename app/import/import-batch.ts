import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, toAppError } from '../contract/errors.ts';
import type { ImportReport } from '../contract/schemas.ts';
import type { StepControl } from '../core/steps.ts';
import { transaction, type Database } from '../store/database.ts';
import type { NewDocument } from '../store/documents.ts';
import { reanchorAnnotations } from '../annotations/reanchor.ts';
import { markDocuments } from '../store/document-marks.ts';
import { findPreviousVersion, findTitle, insertDocument, resolveId, retireDocument } from '../store/documents.ts';
import { readToolExport } from '../tool-exports/detect.ts';
import { importToolExport, type ToolImportOptions } from '../tool-exports/import-tool-export.ts';
import { PdfCancelled } from '../pdf/parse-pdf.ts';
import { readDocument } from './read-document.ts';
import { readRegularFile, unreadable } from './read-file.ts';

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
  /** The pages read of the PDF being read. */
  page?: { done: number; total: number };
}

// A long PDF says how far it has read, every so many pages.
const PAGE_PROGRESS_EVERY = 25;


// Files are parsed outside any transaction; what is parsed is written in one short transaction per group, so other
// writers (the CLI beside the app, a note being saved) wait milliseconds, not the length of the import.
const GROUP_FILES = 200;
const GROUP_CHARS = 4_000_000;

/**
 * Imports every source it can. A file that fails is reported with its error and the rest still land; an import that
 * is stopped writes what it has parsed and reports what was done.
 */
export async function importSources(
  db: Database, sources: ImportSource[], control: StepControl<ImportProgress> = {}, tools: ToolImportOptions = { fetchPages: false, allowLocalAddresses: false },
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  const importedAt = new Date().toISOString();
  let group: { source: ImportSource; doc: NewDocument }[] = [];
  let chars = 0;
  const write = () => {
    if (group.length === 0) return;
    const parsed = group;
    group = [];
    chars = 0;
    transaction(db, () => {
      for (const { source, doc } of parsed) storeParsed(db, source, doc, importedAt, report);
    });
  };
  for (let i = 0; i < sources.length && !control.signal?.aborted; i++) {
    const source = sources[i]!;
    try {
      const bytes = source.read();
      // Another tool's export (Pocket, Kindle…), whatever its name: its articles and highlights, written on their own.
      const exported = readToolExport(source.name, bytes);
      if (exported) {
        write();
        await importToolExport(db, source.name, exported, tools, report, { signal: control.signal, pause: control.pause });
      } else {
        const page = (done: number, total: number) => {
          if (done % PAGE_PROGRESS_EVERY === 0) control.progress?.({ done: i, total: sources.length, file: source.name, page: { done, total } });
        };
        const doc = await readDocument(source.name, bytes, importedAt, { signal: control.signal, pause: control.pause, page });
        group.push({ source, doc });
        chars += doc.text.length + (doc.html?.length ?? 0);
      }
    } catch (error) {
      // A PDF stopped mid-way by Cancel: the import ends with what was read before it.
      if (error instanceof PdfCancelled) break;
      report.failed.push({ file: source.name, error: toAppError(error).toJSON() });
    }
    if (group.length >= GROUP_FILES || chars >= GROUP_CHARS) write();
    control.progress?.({ done: i + 1, total: sources.length, file: source.name });
    await control.pause?.();
  }
  write();
  return report;
}

/**
 * Stores one parsed file or page: a duplicate is reported, a changed copy becomes the new version of its article.
 * Returns the entry it added to the report.
 */
export function storeParsed(db: Database, source: Pick<ImportSource, 'name' | 'replaces'>, doc: NewDocument, importedAt: string, report: ImportReport): void {
  try {
    const existing = findTitle(db, doc.id);
    if (existing !== undefined) {
      // The same article, put in the Trash before: importing it again takes it out.
      if (markDocuments(db, [doc.id], { trashed: false }, importedAt).changed > 0) report.imported.push({ file: source.name, id: doc.id, title: existing });
      else report.duplicates.push({ file: source.name, id: doc.id, title: existing });
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
    // SQLite gave up the whole group's transaction (a full disk): nothing more can be written, so the import stops.
    if (!db.isTransaction) throw error;
    report.failed.push({ file: source.name, error: toAppError(error).toJSON() });
  }
}

export function sourceFromBytes(name: string, bytes: Uint8Array, replaces?: string): ImportSource {
  return replaces === undefined ? { name, read: () => bytes } : { name, read: () => bytes, replaces };
}

/**
 * Files and folders on disk → import sources. Folders are walked recursively (hidden entries skipped, each folder
 * once even through links); a path that cannot be read, a device or pipe named explicitly, or a named folder with
 * nothing in it becomes a source whose read() throws the reason, so it is reported like any other bad file.
 */
export function sourcesFromPaths(paths: string[]): ImportSource[] {
  const sources: ImportSource[] = [];
  const seenFolders = new Set<string>();
  const visit = (path: string, explicit: boolean): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      sources.push(failing(path, unreadable(error)));
      return;
    }
    if (stats.isDirectory()) {
      const key = `${stats.dev}:${stats.ino}`;
      if (seenFolders.has(key)) return;
      seenFolders.add(key);
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (error) {
        sources.push(failing(path, unreadable(error)));
        return;
      }
      const before = sources.length;
      for (const entry of entries) if (!entry.startsWith('.')) visit(join(path, entry), false);
      if (explicit && sources.length === before) sources.push(failing(path, new AppError('empty_folder', `nothing to import in ${path}`, { path })));
    } else if (stats.isFile()) {
      sources.push({ name: path, read: () => readRegularFile(path) });
    } else if (explicit) {
      sources.push(failing(path, new AppError('unreadable_file', `${path} is not a regular file`, { reason: 'ENOTREG' })));
    }
  };
  for (const path of paths) visit(path, true);
  return sources;
}

function failing(path: string, error: AppError): ImportSource {
  return { name: path, read: () => { throw error; } };
}
