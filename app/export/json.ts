import type { Database } from '../store/database.ts';
import { iterateDocuments } from '../store/documents.ts';

/** The whole library as JSON (metadata, canonical text, sanitised HTML, blocks), written piece by piece. */
export function exportJson(db: Database, write: (chunk: string) => void, exportedAt = new Date().toISOString()): number {
  let count = 0;
  write(`{\n  "format": "apostille-library",\n  "version": 1,\n  "exportedAt": ${JSON.stringify(exportedAt)},\n  "documents": [`);
  for (const doc of iterateDocuments(db)) {
    write(`${count === 0 ? '\n' : ',\n'}    ${JSON.stringify(doc)}`);
    count++;
  }
  write(`${count === 0 ? '' : '\n  '}]\n}\n`);
  return count;
}
