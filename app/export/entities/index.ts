import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StepControl } from '../../core/steps.ts';
import type { Database } from '../../store/database.ts';
import { unwritable, writeAtomically } from '../to-file.ts';
import { bratFiles } from './brat.ts';
import { conllFile } from './conll.ts';
import { entitiesCsv, mentionsCsv } from './csv.ts';
import { entityDocumentIds } from './mentions.ts';
import type { EntityExportFile, EntityExportOptions } from './types.ts';

// Exports of entities and their mentions, for linguists and data tools: brat standoff (brat.ts), CoNLL-2003 style
// BIO (conll.ts), and CSV of the entities or of their mentions (csv.ts). The Markdown and W3C exports of annotations
// carry entities too (../markdown.ts, ../w3c.ts).

export { ENTITY_EXPORT_FORMATS, type EntityExportFile, type EntityExportFormat, type EntityExportOptions } from './types.ts';
export { annFile, annotationConf, bratName, visualConf } from './brat.ts';
export { conllDocument, DOCSTART } from './conll.ts';
export { ENTITY_CSV_COLUMNS, MENTION_CSV_COLUMNS } from './csv.ts';
export { sentences, tokenize } from './tokenize.ts';

/** The export's files: brat gives two per article and its configuration; the other formats one file. */
export async function exportEntities(db: Database, options: EntityExportOptions, control: StepControl = {}): Promise<EntityExportFile[]> {
  const ids = entityDocumentIds(db, options.documentIds);
  switch (options.format) {
    case 'brat':
      return bratFiles(db, ids, control);
    case 'conll':
      return [{ fileName: 'apostille-entities.conll', mimeType: 'text/plain', content: await conllFile(db, ids, control) }];
    case 'entities-csv':
      return [{ fileName: 'apostille-entities.csv', mimeType: 'text/csv', content: entitiesCsv(db, options.documentIds ? ids : undefined) }];
    case 'mentions-csv':
      return [{ fileName: 'apostille-mentions.csv', mimeType: 'text/csv', content: await mentionsCsv(db, ids, control) }];
  }
}

/** Writes files into folder `dir` (created if need be), each atomically. Returns the paths written. */
export async function writeFilesToFolder(files: readonly EntityExportFile[], dir: string): Promise<string[]> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw unwritable(error);
  }
  const paths: string[] = [];
  for (const file of files) {
    const path = join(dir, file.fileName);
    await writeAtomically(path, (write) => write(file.content));
    paths.push(path);
  }
  return paths;
}
