// Libraries on disk for the data-safety tests: one holding something in every table (made through the API, as a
// reader would), one of many generated articles, and a way to read back every row of every table to compare two.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { generateSources } from '../bench/generate-articles.ts';
import { toCodePointOffset } from '../../app/contract/shared/code-points.ts';
import { importSources } from '../../app/import/import-batch.ts';
import { DATABASE_FILE, openLibrary } from '../../app/library/index.ts';
import type { Database } from '../../app/store/index.ts';
import { SAMPLE_FILES } from './cli.ts';
import { siteRoutes } from './web-pages.ts';
import { startWebServer, type WebServer } from './web-server.ts';
import type { TestCore } from './api.ts';

export const libraryFile = (dir: string): string => join(dir, DATABASE_FILE);

export interface FilledLibrary {
  /** The articles the library holds at the end. */
  documents: string[];
  /** An article replaced by a new version (it redirects), and one removed (a gap in the seq values). */
  replaced: string;
  removed: string;
}

/** [start, end) in code points of `passage` in an article's text. */
export async function spanOf(t: TestCore, documentId: string, passage: string): Promise<{ start: number; end: number }> {
  const { text } = await t.call('documents.get', { id: documentId });
  const at = text.indexOf(passage);
  if (at < 0) throw new Error(`no “${passage}” in ${documentId}`);
  return { start: toCodePointOffset(text, at), end: toCodePointOffset(text, at + passage.length) };
}

/**
 * Something in every table, through the API: the sample articles (original bytes), one replaced by a new version and
 * one removed, highlights with notes and tags, article notes, a type of the reader's own, entities with mentions, a
 * rejected suggestion, colour labels and the number of backups kept, a collection, a tag, an article read and archived,
 * a saved web page (its images and citation).
 */
export async function fillLibrary(t: TestCore): Promise<FilledLibrary> {
  const report = await t.job('documents.import', { paths: SAMPLE_FILES });
  const ids = report.imported.map((d) => d.id);
  const [first, second, third] = ids as [string, string, string];
  const changed = `${(await t.call('documents.get', { id: third })).text}\n\nUn paragraphe ajouté à la nouvelle version.`;
  const update = await t.job('documents.import', { files: [{ name: 'nouvelle-version.txt', base64: Buffer.from(changed).toString('base64') }], replaces: third });
  const newVersion = update.updated[0]!.id;
  const removed = ids[3]!;
  await t.call('documents.remove', { id: removed });

  const { text } = await t.call('documents.get', { id: first });
  const words = text.split(/\s+/).filter((w) => /^\p{L}{6,}$/u.test(w));
  const [w1, w2, w3] = words as [string, string, string];
  await t.call('annotations.create', { documentId: first, ...(await spanOf(t, first, w1)), color: 'green', note: 'Une **note**', tags: ['à vérifier'] });
  await t.call('annotations.create', { documentId: first, ...(await spanOf(t, first, w2)), color: 'pink' });
  await t.call('annotations.create', { documentId: newVersion, ...(await spanOf(t, newVersion, 'paragraphe ajouté')), color: 'blue', note: 'Ajout' });
  await t.call('documents.setNote', { id: second, note: 'Note d’article 🙂' });
  await t.call('entities.saveType', { code: 'PRODUCT', label: 'Produit', color: '#123456' });
  const tagged = await t.call('entities.tag', { documentId: first, ...(await spanOf(t, first, w3)), type: 'PRODUCT', name: w3 });
  await t.call('entities.create', { type: 'PER', name: 'Jeanne Martin', aliases: ['J. Martin'], note: 'Citée', externalId: 'Q1' });
  await t.call('entities.update', { id: tagged.entity.id, note: 'Un produit' });
  const { text: secondText } = await t.call('documents.get', { id: second });
  const word = secondText.split(/\s+/).find((w) => /^\p{Lu}\p{L}{4,}$/u.test(w))!;
  await t.call('entities.reject', { documentId: second, ...(await spanOf(t, second, word)), type: 'ORG', text: word });
  await t.call('library.updateSettings', { colorLabels: { green: 'À vérifier', pink: 'Chiffre clé' }, backupsKept: 5 });
  const dossier = await t.call('collections.create', { name: 'Dossier Énergie' });
  await t.call('collections.file', { id: dossier.id, documentIds: [first, second], inside: true });
  await t.call('documents.tag', { ids: [first], add: ['à suivre'] });
  await t.call('documents.mark', { ids: [second], read: true, archived: true });
  let site: WebServer | null = null;
  site = await startWebServer(siteRoutes(() => site!.origin));
  const saved = await t.job('documents.import', { addresses: [`${site.origin}/eco/lyon-lampadaires`], allowLocalAddresses: true }).finally(() => site.close());
  return { documents: [first, second, newVersion, saved.imported[0]!.id], replaced: third, removed };
}

const generated = new Map<number, Promise<string>>();

/**
 * A library of `count` generated agency articles (a few hundred make a file of megabytes) in folder `dir`: made once
 * per test process, then copied.
 */
export async function generatedLibrary(dir: string, count: number): Promise<void> {
  let made = generated.get(count);
  if (!made) {
    const template = mkdtempSync(join(tmpdir(), `apostille-generated-${count}-`));
    process.once('exit', () => rmSync(template, { recursive: true, force: true }));
    generated.set(count, (made = (async () => {
      const library = openLibrary(template);
      try {
        const report = await importSources(library.db, generateSources(0, count));
        if (report.imported.length !== count) throw new Error(`imported ${report.imported.length} of ${count}`);
      } finally {
        library.close();
      }
      return libraryFile(template);
    })()));
  }
  copyFileSync(await made, libraryFile(dir));
}

export type TableRows = Record<string, Record<string, unknown>[]>;

/**
 * Every row, every column of every table of a library, in rowid order; bytes as `blob:` and their hexadecimal (compared
 * as one string, not byte by byte). Full-text indexes are left out: how they are stored depends on the order rows came
 * in, so tests compare what they find instead.
 */
export function tableRows(db: Database | DatabaseSync): TableRows {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name").all() as { name: string }[];
  const cell = (value: unknown) => (value instanceof Uint8Array ? `blob:${Buffer.from(value).toString('hex')}` : value);
  return Object.fromEntries(tables.map(({ name }) => [
    name,
    db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cell(v)]))),
  ]));
}

/** The rows of the library file `file`, read on a connection of their own. */
export function rowsOf(file: string): TableRows {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return tableRows(db);
  } finally {
    db.close();
  }
}

/** The file's schema version, read by SQLite. */
export function versionOf(file: string): number {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  } finally {
    db.close();
  }
}

/** SQLite's full integrity check of a file: its problems ([] when whole). */
export function integrityProblems(file: string): string[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
  } finally {
    db.close();
  }
}

export const bytesOf = (file: string): Buffer => readFileSync(file);
