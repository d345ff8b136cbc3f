import { CsvError, parse } from 'csv-parse/sync';
import { invalidExport, type ToolName } from './read-export.ts';
import type { SkipReason } from '../contract/shared/skip-reasons.ts';

// What the CSV exports' readers share (Pocket, Instapaper, Readwise): reading rows with their line numbers, the error
// naming the line, and the few conversions their columns need.

/** Whether a CSV's first line names all of `columns` (in any order, quoted or not): how an export is recognised. */
export function hasColumns(head: string, columns: readonly string[]): boolean {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const names = firstLine.split(',').map((n) => n.trim().replace(/^"(.*)"$/, '$1').trim());
  return columns.every((c) => names.includes(c));
}

export interface CsvRow {
  /** The line the row starts on, the header being line 1. */
  line: number;
  /** Its fields by column name; a column the header does not have is absent. */
  fields: Record<string, string | undefined>;
}

/**
 * The rows of a CSV export whose header must have the `required` columns (others are allowed, in any order). A file
 * csv-parse cannot read, or whose header lacks a column, throws invalid_tool_export naming the line.
 */
export function readCsv(tool: ToolName, text: string, required: readonly string[]): CsvRow[] {
  // csv-parse counts a \r\n inside a quoted field as two lines: with \n alone its line numbers are right.
  const source = text.replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  let lastLine = 0;
  try {
    parse(source, {
      bom: true,
      skip_empty_lines: true,
      relax_quotes: false,
      on_record: (record: string[], context) => {
        const line = context.lines - newlines(record);
        lastLine = context.lines;
        if (!header) header = checkHeader(tool, record, required, line);
        else rows.push({ line, fields: Object.fromEntries(header.map((name, i) => [name, record[i]])) });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw invalidExport(tool, `line ${csvErrorLine(error, source, lastLine)}`, csvIssue(error, header));
    throw error;
  }
  if (!header) throw invalidExport(tool, 'line 1', 'the file has no header line');
  return rows;
}

function checkHeader(tool: ToolName, record: string[], required: readonly string[], line: number): string[] {
  const names = record.map((n) => n.trim());
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length > 0) throw invalidExport(tool, `line ${line}`, `the header has no ${missing.map((c) => `“${c}”`).join(', ')} column`);
  return names;
}

function newlines(fields: string[]): number {
  return fields.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
}

/**
 * The line to show for a CSV error: where the row being read starts (the first line after the last row read, blank
 * lines aside), or, for a quote that never closes, where it opens (csv-parse names the last line of the file).
 */
function csvErrorLine(error: CsvError, source: string, lastLine: number): number {
  if (Array.isArray(error.record) && typeof error.lines === 'number') return error.lines - newlines(error.record as string[]);
  const lines = source.split('\n');
  let start = lastLine + 1;
  while (start < lines.length && lines[start - 1] === '') start++;
  if (error.code !== 'CSV_QUOTE_NOT_CLOSED') return start;
  const offset = lines.slice(0, start - 1).reduce((n, line) => n + line.length + 1, 0);
  let opening = offset;
  let quoted = false;
  for (let i = offset; i < source.length; i++) {
    if (source[i] !== '"') continue;
    if (!quoted) opening = i;
    quoted = !quoted;
  }
  return source.slice(0, opening).split('\n').length;
}

function csvIssue(error: CsvError, header: string[] | null): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field opens here and is never closed';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `the row has ${(error.record as unknown[]).length} fields where the header has ${header?.length ?? 'another number'}`;
    case 'INVALID_OPENING_QUOTE':
      return 'a quote appears inside a field that does not start with one';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted field is followed by other characters before the next comma';
    default:
      return error.message;
  }
}

/** A Unix time in seconds as ISO 8601; null when the field is empty; invalid_tool_export when it is not a time. */
export function unixSecondsToIso(value: string, tool: ToolName, at: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const date = /^\d{1,12}(?:\.\d+)?$/.test(trimmed) ? new Date(Number(trimmed) * 1000) : null;
  if (!date || Number.isNaN(date.getTime())) throw invalidExport(tool, at, `the time “${trimmed}” is not a Unix time in seconds`);
  return date.toISOString();
}

/** Why an article's address cannot be used (none, or not a web page's), or null when it can. */
export function unusableAddress(url: string): SkipReason | null {
  if (url === '') return 'nothing_to_import';
  return /^https?:\/\//i.test(url) && URL.canParse(url) ? null : 'not_web_address';
}

/** Tags trimmed, empty ones dropped, each once whatever its case (the first spelling kept). */
export function cleanTags(tags: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const tag of tags.map((t) => t.trim())) if (tag && !byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag);
  return [...byKey.values()];
}
