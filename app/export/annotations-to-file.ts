import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { steps, type StepControl } from '../core/steps.ts';
import type { Database } from '../store/database.ts';
import { annotatedDocument, exportedDocumentIds, type AnnotationExportOptions, type ExportCount } from './annotated-documents.ts';
import { exportAnnotations, fileNameFor } from './annotations.ts';
import { writeArticleMarkdown } from './markdown.ts';
import { unwritable, writeAtomically } from './to-file.ts';

/** Writes an annotation export to `path` atomically (a failed export leaves no file); nothing in the library changes. */
export function exportAnnotationsToFile(db: Database, options: AnnotationExportOptions, path: string, control: StepControl = {}): Promise<ExportCount> {
  return writeAtomically(path, (write) => exportAnnotations(db, options, write, control), control.signal);
}

/**
 * Markdown for several articles on disk: one note per article in folder `dir` (created if needed), each with its own
 * front matter, as a vault wants them. A note is named after its article's title (with the start of the article's
 * id when two titles are the same) and replaces a note of that name from an earlier export. Returns the files written.
 */
export async function exportMarkdownToFolder(
  db: Database, options: Omit<AnnotationExportOptions, 'format'>, dir: string, control: StepControl = {},
): Promise<ExportCount & { files: string[] }> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw unwritable(error);
  }
  const result = { documents: 0, annotations: 0, files: [] as string[] };
  const used = new Set<string>();
  for await (const id of steps(exportedDocumentIds(db, options.documentIds), control)) {
    const item = annotatedDocument(db, id);
    if (!item) continue;
    let name = fileNameFor(item.doc.title);
    if (used.has(name.toLowerCase())) name = `${name} (${item.doc.id.slice(0, 8)})`;
    used.add(name.toLowerCase());
    const file = join(dir, `${name}.md`);
    await writeAtomically(file, (write) => writeArticleMarkdown(item, options, write, true));
    result.files.push(file);
    result.documents++;
    result.annotations += item.annotations.length;
  }
  return result;
}
