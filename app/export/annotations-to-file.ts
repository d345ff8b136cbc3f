import { zipSync } from 'fflate';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { steps, type StepControl } from '../core/steps.ts';
import type { Database } from '../store/database.ts';
import type { ExportFile } from '../contract/schemas.ts';
import { annotatedDocument, exportedDocumentIds, type AnnotatedDocument, type AnnotationExportOptions, type ExportCount } from './annotated-documents.ts';
import { exportAnnotations, fileNameFor } from './annotations.ts';
import { writeArticleMarkdown } from './markdown.ts';
import { unwritable, writeAtomically } from './to-file.ts';

/** Writes an annotation export to `path` atomically (a failed export leaves no file); nothing in the library changes. */
export function exportAnnotationsToFile(db: Database, options: AnnotationExportOptions, path: string, control: StepControl = {}): Promise<ExportCount> {
  return writeAtomically(path, (write) => exportAnnotations(db, options, write, control), control.signal);
}

/**
 * Markdown for several articles as a vault wants them: one note per article, each with its own front matter, named
 * after its article's title (with the start of the article's id when two titles are the same).
 */
async function* markdownNotes(db: Database, options: Omit<AnnotationExportOptions, 'format'>, control: StepControl): AsyncGenerator<{ name: string; item: AnnotatedDocument }> {
  const used = new Set<string>();
  for await (const id of steps(exportedDocumentIds(db, options.documentIds), control)) {
    const item = annotatedDocument(db, id);
    if (!item) continue;
    let name = fileNameFor(item.doc.title);
    if (used.has(name.toLowerCase())) name = `${name} (${item.doc.id.slice(0, 8)})`;
    used.add(name.toLowerCase());
    yield { name: `${name}.md`, item };
  }
}

/** The notes in folder `dir` (created if needed); a note replaces one of its name from an earlier export. */
export async function exportMarkdownToFolder(
  db: Database, options: Omit<AnnotationExportOptions, 'format'>, dir: string, control: StepControl = {},
): Promise<ExportCount & { files: string[] }> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw unwritable(error);
  }
  const result = { documents: 0, annotations: 0, files: [] as string[] };
  for await (const { name, item } of markdownNotes(db, options, control)) {
    const file = join(dir, name);
    await writeAtomically(file, (write) => writeArticleMarkdown(item, options, write, true));
    result.files.push(file);
    result.documents++;
    result.annotations += item.annotations.length;
  }
  return result;
}

/** The notes in one .zip (for a page, which can only download files), given back base64-encoded. */
export async function exportMarkdownZip(
  db: Database, options: Omit<AnnotationExportOptions, 'format'>, control: StepControl = {},
): Promise<{ file: ExportFile; count: ExportCount }> {
  const entries: Record<string, Uint8Array> = {};
  const count = { documents: 0, annotations: 0 };
  const encoder = new TextEncoder();
  for await (const { name, item } of markdownNotes(db, options, control)) {
    const chunks: string[] = [];
    writeArticleMarkdown(item, options, (chunk) => chunks.push(chunk), true);
    entries[name] = encoder.encode(chunks.join(''));
    count.documents++;
    count.annotations += item.annotations.length;
  }
  const zipped = zipSync(entries, { level: 6 });
  const file = { fileName: 'apostille-notes.zip', mimeType: 'application/zip', content: Buffer.from(zipped).toString('base64'), encoding: 'base64' as const };
  return { file, count };
}
