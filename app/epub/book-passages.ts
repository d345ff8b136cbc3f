import { listAnnotations } from '../annotations/store.ts';
import type { Annotation, Block } from '../contract/schemas.ts';
import { offsetConverter } from '../contract/shared/code-points.ts';
import { cached, type Database } from '../store/database.ts';
import { getOriginal } from '../store/documents.ts';
import { epubCfis, locateCfi } from './epub-cfi.ts';

function bookRow(db: Database, id: string): { text: string; blocks: Block[] } | undefined {
  const row = cached(db, "SELECT text, blocks FROM documents WHERE id = ? AND format = 'epub'").get(id) as { text: string; blocks: string } | undefined;
  return row && { text: row.text, blocks: JSON.parse(row.blocks) as Block[] };
}

/**
 * A book's placed annotations (all of them, or those given) as EPUB CFIs, by annotation id: none for an article that
 * is not a book, or a book whose file can no longer be read.
 */
export function bookCfis(db: Database, id: string, annotations: readonly Annotation[] = listAnnotations(db, id)): Record<string, string> {
  const row = bookRow(db, id);
  const placed = annotations.filter((a) => !a.orphan);
  if (!row || placed.length === 0) return {};
  const toUtf16 = offsetConverter(row.text).toUtf16;
  let cfis: (string | null)[];
  try {
    cfis = epubCfis(getOriginal(db, id), row.text, row.blocks, placed.map((a) => ({ start: toUtf16(a.start), end: toUtf16(a.end) })));
  } catch {
    return {};
  }
  const cfiOf: Record<string, string> = {};
  placed.forEach((a, i) => {
    if (cfis[i]) cfiOf[a.id] = cfis[i];
  });
  return cfiOf;
}

/** The passage (code points) of a book that an EPUB CFI range names, or null (not a book, or not in its text). */
export function locateInBook(db: Database, id: string, cfi: string): { start: number; end: number } | null {
  const row = bookRow(db, id);
  if (!row) return null;
  let found: { start: number; end: number } | null;
  try {
    found = locateCfi(getOriginal(db, id), row.text, row.blocks, cfi);
  } catch {
    return null;
  }
  if (!found) return null;
  const { toCodePoint } = offsetConverter(row.text);
  return { start: toCodePoint(found.start), end: toCodePoint(found.end) };
}
