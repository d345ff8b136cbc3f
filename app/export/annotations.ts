import { listAnnotations } from '../annotations/store.ts';
import { AppError } from '../contract/errors.ts';
import type { Database } from '../store/database.ts';
import { findTitle, getDocument } from '../store/documents.ts';
import {
  annotatedDocuments, countAnnotations, countNotes, exportedDocumentIds, type AnnotationExportOptions, type AnnotationFormat, type ExportCount,
} from './annotated-documents.ts';
import { writeArticleCsv, writeCsvHeader } from './csv.ts';
import { writeHtmlReport } from './html-report.ts';
import { writeArticleMarkdown, writeCombinedMarkdown } from './markdown.ts';
import { w3cWriter, writeArticleW3c } from './w3c.ts';

export const ANNOTATION_FILE_TYPES: Record<AnnotationFormat, { extension: string; mimeType: string }> = {
  md: { extension: 'md', mimeType: 'text/markdown' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  w3c: { extension: 'jsonld', mimeType: 'application/ld+json' },
  html: { extension: 'html', mimeType: 'text/html' },
};

/** A file name from an article title, safe on every system and in Obsidian links. */
export function fileNameFor(title: string, fallback = 'article'): string {
  const name = [...title.normalize('NFC').replace(/[\u0000-\u001f\u007f\\/:*?"<>|#^[\]]+/g, ' ').replace(/\s+/g, ' ').trim()]
    .slice(0, 100).join('').replace(/^[.\s]+|[.\s]+$/g, '');
  if (!name) return fallback;
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name) ? `${name}_` : name;
}

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
 * `documentIds` picks the articles (ids or prefixes); without it, every article with annotations or a note.
 */
export function exportAnnotations(
  db: Database,
  options: AnnotationExportOptions,
  write: (chunk: string) => void,
  exportedAt = new Date().toISOString(),
): ExportCount {
  const ids = exportedDocumentIds(db, options.documentIds);
  const count: ExportCount = { documents: 0, annotations: 0 };
  const counted = function* () {
    for (const item of annotatedDocuments(db, ids)) {
      count.documents++;
      count.annotations += item.annotations.length;
      yield item;
    }
  };
  switch (options.format) {
    case 'md':
      if (options.documentIds && ids.length === 1) for (const item of counted()) writeArticleMarkdown(item, options, write, true);
      else writeCombinedMarkdown(counted(), ids.length, options, write, exportedAt);
      break;
    case 'csv':
      writeCsvHeader(write);
      for (const item of counted()) writeArticleCsv(item, options, write);
      break;
    case 'w3c': {
      const writer = w3cWriter(countAnnotations(db, ids) + countNotes(db, ids), options.language, write);
      for (const item of counted()) writeArticleW3c(item, writer);
      writer.end();
      break;
    }
    case 'html': {
      const doc = getDocument(db, oneArticle(ids));
      const annotations = listAnnotations(db, doc.id);
      writeHtmlReport(doc, annotations, options, write);
      return { documents: 1, annotations: annotations.length };
    }
  }
  return count;
}

export interface AnnotationExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** The whole export as one text, with a file name for it (the API's answer; the renderer saves it). */
export function exportAnnotationsAsFile(db: Database, options: AnnotationExportOptions): AnnotationExportFile {
  const chunks: string[] = [];
  exportAnnotations(db, options, (chunk) => chunks.push(chunk));
  const type = ANNOTATION_FILE_TYPES[options.format];
  const ids = exportedDocumentIds(db, options.documentIds);
  const title = options.documentIds && ids.length === 1 ? (findTitle(db, ids[0]!) ?? null) : null;
  return {
    fileName: `${title === null ? 'apostille-annotations' : fileNameFor(title)}.${type.extension}`,
    mimeType: type.mimeType,
    content: chunks.join(''),
  };
}
