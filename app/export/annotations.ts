import { listAnnotations } from '../annotations/store.ts';
import { AppError } from '../contract/errors.ts';
import type { Database } from '../store/database.ts';
import { findTitle, getDocument } from '../store/documents.ts';
import type { ExportFile } from '../contract/schemas.ts';
import { steps, type StepControl } from '../core/steps.ts';
import {
  annotatedDocument, countAnnotations, countNotes, exportedDocumentIds, isMention, mentionedEntities, type AnnotatedDocument,
  type AnnotationExportOptions, type AnnotationFormat, type ExportCount,
} from './annotated-documents.ts';
import { writeArticleCsv, writeCsvHeader } from './csv.ts';
import { writeHtmlReport } from './html-report.ts';
import { fileNameFor, writeArticleMarkdown, writeCollectionHeader } from './markdown.ts';
import { w3cWriter, writeArticleW3c } from './w3c.ts';

export const ANNOTATION_FILE_TYPES: Record<AnnotationFormat, { extension: string; mimeType: string }> = {
  md: { extension: 'md', mimeType: 'text/markdown' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  w3c: { extension: 'jsonld', mimeType: 'application/ld+json' },
  html: { extension: 'html', mimeType: 'text/html' },
};

export { fileNameFor };

function oneArticle(ids: readonly string[]): string {
  if (ids.length !== 1) {
    const issue = `the HTML report is of one article: give exactly one (${ids.length} given)`;
    throw new AppError('invalid_request', issue, { issue });
  }
  return ids[0]!;
}

/**
 * Exports annotations, chunk by chunk, in one of four formats: Markdown (one article: one note with front matter;
 * several: one combined stream), CSV, W3C Web Annotation JSON-LD, or a printable HTML report (of one article).
 * Mentions of entities are not highlights: Markdown and the HTML report list the entities an article mentions, the
 * CSV leaves them to the entity exports (entities/), and W3C exports them as `identifying` annotations.
 * `documentIds` picks the articles (ids or prefixes); without it, every article with annotations or a note. Articles
 * are written one by one, with progress after each; once `control.signal` is aborted, no more are written.
 */
export async function exportAnnotations(
  db: Database,
  options: AnnotationExportOptions,
  write: (chunk: string) => void,
  control: StepControl = {},
  exportedAt = new Date().toISOString(),
): Promise<ExportCount> {
  const ids = exportedDocumentIds(db, options.documentIds);
  if (options.format === 'html') {
    const doc = getDocument(db, oneArticle(ids));
    const all = listAnnotations(db, doc.id);
    const annotations = all.filter((a) => !isMention(a));
    writeHtmlReport(doc, annotations, options, write, mentionedEntities(db, doc.id), all.filter(isMention));
    return { documents: 1, annotations: annotations.length };
  }
  let writeItem: (item: AnnotatedDocument) => void;
  let end = () => {};
  switch (options.format) {
    case 'md': {
      const single = options.documentIds !== undefined && ids.length === 1;
      if (!single) writeCollectionHeader(ids.length, options, write, exportedAt);
      writeItem = (item) => writeArticleMarkdown(item, options, write, single);
      break;
    }
    case 'csv':
      writeCsvHeader(write);
      writeItem = (item) => writeArticleCsv(item, options, write);
      break;
    case 'w3c': {
      const writer = w3cWriter(countAnnotations(db, ids) + countNotes(db, ids), options.language, write);
      writeItem = (item) => writeArticleW3c(item, writer, options.labels);
      end = () => writer.end();
      break;
    }
  }
  // Mentions of entities count as annotations only where they are exported as such (W3C).
  const withMentions = options.format === 'w3c';
  const count: ExportCount = { documents: 0, annotations: 0 };
  for await (const id of steps(ids, control)) {
    const item = annotatedDocument(db, id, withMentions);
    if (!item) continue;
    count.documents++;
    count.annotations += item.annotations.length + (withMentions ? item.mentions.length : 0);
    writeItem(item);
  }
  end();
  return count;
}

/** The whole export as one text, with a file name for it (the API's answer; the front end saves it), and what it holds. */
export async function exportAnnotationsAsFile(db: Database, options: AnnotationExportOptions, control: StepControl = {}): Promise<{ file: ExportFile; count: ExportCount }> {
  const chunks: string[] = [];
  const count = await exportAnnotations(db, options, (chunk) => chunks.push(chunk), control);
  const type = ANNOTATION_FILE_TYPES[options.format];
  const ids = exportedDocumentIds(db, options.documentIds);
  const title = options.documentIds && ids.length === 1 ? (findTitle(db, ids[0]!) ?? null) : null;
  const file = { fileName: `${title === null ? 'apostille-annotations' : fileNameFor(title)}.${type.extension}`, mimeType: type.mimeType, content: chunks.join('') };
  return { file, count };
}
