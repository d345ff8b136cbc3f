import type { Annotation } from '../contract/schemas.ts';
import { colorLabel } from '../contract/shared/colors.ts';
import type { AnnotatedDocument, AnnotationExportOptions } from './annotated-documents.ts';

// One row per annotation, for spreadsheets: RFC 4180 (fields quoted when they hold a comma, quote or line break;
// quotes doubled; CRLF between records), UTF-8 with a byte order mark so that Excel reads accents correctly.
// A note on a whole article is a row of its own with no annotation id and no passage. Entity mentions are not
// highlights and have no row here: they have CSV exports of their own (entities/csv.ts).
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula,
// so such a cell is written with a leading apostrophe ('=SUM(…) shows as typed). The apostrophe is then part of the
// value for programs that read the CSV as data.

export const CSV_COLUMNS = [
  'annotation_id', 'document_id', 'document_title', 'quote', 'prefix', 'suffix', 'start', 'end', 'color', 'label',
  'note', 'tags', 'motivation', 'orphan', 'created', 'modified',
] as const;

export const BOM = '\ufeff';

/** A cell a spreadsheet shows as text, never runs. */
export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : typeof value === 'string' ? defuse(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | boolean | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

type Options = Pick<AnnotationExportOptions, 'labels' | 'language'>;

function annotationRow(a: Annotation, title: string, options: Options): string {
  return csvRow([
    a.id, a.documentId, title, a.exact, a.prefix, a.suffix, a.start, a.end, a.color, colorLabel(a.color, options.labels, options.language),
    a.note, a.tags.join(';'), a.motivation, a.orphan, a.created, a.modified,
  ]);
}

/** The first line of a CSV file: the byte order mark and the column names. */
export function csvHeader(columns: readonly string[]): string {
  return BOM + csvRow(columns);
}

export function writeCsvHeader(write: (chunk: string) => void): void {
  write(csvHeader(CSV_COLUMNS));
}

export function writeArticleCsv(item: AnnotatedDocument, options: Options, write: (chunk: string) => void): void {
  const { doc, annotations } = item;
  if (doc.note?.trim()) write(csvRow(['', doc.id, doc.title, '', '', '', null, null, '', '', doc.note, '', 'commenting', false, '', '']));
  for (const a of annotations) write(annotationRow(a, doc.title, options));
}
