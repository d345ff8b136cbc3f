import type { HighlightColor } from '../contract/shared/colors.ts';
import { cleanTags, hasColumns, readCsv, unusableAddress } from './csv-exports.ts';
import { invalidExport } from './read-export.ts';
import type { ToolEntry, ToolExport, ToolHighlight } from './types.ts';

const CSV_COLUMNS = ['Highlight', 'Book Title'];
const CSV_SIGNATURE = ['Highlight', 'Book Title', 'Book Author'];
const METADATA_HEADING = /^## +Metadata\s*$/m;
const HIGHLIGHTS_HEADING = /^## +Highlights\s*$/m;
const COLORS = new Map<string, HighlightColor>([['yellow', 'yellow'], ['orange', 'yellow'], ['green', 'green'], ['blue', 'blue'], ['pink', 'pink'], ['purple', 'purple']]);
// ([View Highlight](…)), ([Location 123](…)), ([Page 12](…)) at the end of a highlight.
const TRAILING_LINK = /\s*\(\[(View Highlight|(?:Location|Page) [^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*\)\)\s*$/i;

/**
 * Whether this file is a Readwise export, from its content whatever its name: the CSV's header line (Highlight, Book
 * Title, Book Author), or a Markdown file with both a “## Metadata” and a “## Highlights” section.
 */
export function looksLikeReadwise(_name: string, head: string): boolean {
  return hasColumns(head, CSV_SIGNATURE) || (METADATA_HEADING.test(head) && HIGHLIGHTS_HEADING.test(head));
}

/** Reads a Readwise export: the CSV of all highlights (one row each), or the Markdown file of one book or article. */
export function parseReadwise(text: string, _name: string): ToolExport {
  return hasColumns(text, CSV_COLUMNS) ? parseReadwiseCsv(text) : parseReadwiseMarkdown(text);
}

/** The CSV export: rows grouped into one entry per book or article (same title and author), in the order first seen. */
function parseReadwiseCsv(text: string): ToolExport {
  const result: ToolExport = { tool: 'readwise', entries: [], skipped: [] };
  const byBook = new Map<string, ToolEntry>();
  for (const { line, fields } of readCsv('Readwise', text, CSV_COLUMNS)) {
    const at = `line ${line}`;
    const title = fields['Book Title']?.trim() || null;
    const author = fields['Book Author']?.trim() || null;
    if (!title) throw invalidExport('Readwise', at, 'the highlight has no book or article title');
    const quote = fields.Highlight?.trim() ?? '';
    if (!quote) {
      result.skipped.push({ at, reason: 'empty_highlight' });
      continue;
    }
    const highlight: ToolHighlight = { quote };
    const note = fields.Note?.trim();
    if (note) highlight.note = note;
    const color = COLORS.get(fields.Color?.trim().toLowerCase() ?? '');
    if (color) highlight.color = color;
    const tags = cleanTags((fields.Tags ?? '').split(','));
    if (tags.length > 0) highlight.tags = tags;
    const created = readwiseDate(fields['Highlighted at'] ?? '', at);
    if (created) highlight.created = created;
    const location = csvLocation(fields['Location Type'] ?? '', fields.Location ?? '');
    if (location) highlight.location = location;

    const key = `${title}\u0000${author ?? ''}`;
    let entry = byBook.get(key);
    if (!entry) {
      entry = { at, title, url: null, author, highlights: [] };
      byBook.set(key, entry);
      result.entries.push(entry);
    }
    entry.highlights.push(highlight);
    const documentTags = cleanTags([...(entry.tags ?? []), ...(fields['Document tags'] ?? '').split(',')]);
    if (documentTags.length > 0) entry.tags = documentTags;
  }
  return result;
}

/** `2024-03-05 10:12:00+00:00` (or with a T, or without seconds or zone, read as UTC) as ISO 8601; null when empty. */
function readwiseDate(value: string, at: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(trimmed);
  const zone = match?.[3]?.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') ?? 'Z';
  const date = match ? new Date(`${match[1]}T${match[2]}${zone}`) : null;
  if (!date || Number.isNaN(date.getTime())) throw invalidExport('Readwise', at, `the date “${trimmed}” is not a date and time`);
  return date.toISOString();
}

/** `location 123`, `page 12`, `offset 4512`; nothing for `order` (a rank in the book, not a place a reader can find). */
function csvLocation(type: string, value: string): string | undefined {
  const kind = type.trim().toLowerCase().replace(/_/g, ' ');
  const place = value.trim();
  if (!place || !kind || kind === 'order' || kind === 'none') return undefined;
  return `${kind === 'time offset' ? 'time' : kind} ${place}`;
}

interface MarkdownItem {
  line: number;
  quote: string[];
  note?: string[];
  tags?: string[];
}

/**
 * One Markdown file of Readwise's export: `# Title`, a “## Metadata” list (Author, Full Title, URL, Document Tags),
 * then “## Highlights” (and “## New highlights added …” sections), a list item each with indented Note and Tags.
 */
function parseReadwiseMarkdown(text: string): ToolExport {
  const lines = text.replace(/(?:\r\n|\n|\r)$/, '').split(/\r\n|\n|\r/);
  const metadata = new Map<string, string>();
  const items: MarkdownItem[] = [];
  let heading: string | null = null;
  let section: 'none' | 'metadata' | 'highlights' | 'other' = 'none';
  let sawHighlights = false;
  let inNote = false;
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const current = items.at(-1);
    let match: RegExpExecArray | null;
    if ((match = /^## +(.*?)\s*$/.exec(raw))) {
      section = /^metadata$/i.test(match[1]!) ? 'metadata' : /^(?:highlights|new highlights added\b.*)$/i.test(match[1]!) ? 'highlights' : 'other';
      sawHighlights ||= section === 'highlights';
    } else if (section === 'none' && (match = /^# +(.*?)\s*$/.exec(raw))) {
      heading ??= match[1]!;
    } else if (section === 'metadata' && (match = /^[-*] +([^:]+):\s*(.*)$/.exec(raw))) {
      metadata.set(match[1]!.trim().toLowerCase(), match[2]!.trim());
    } else if (section !== 'highlights' || raw.trim() === '' || /^#{3,} /.test(raw)) {
      continue;
    } else if ((match = /^[-*] +(.*)$/.exec(raw))) {
      items.push({ line, quote: [match[1]!] });
      inNote = false;
    } else if ((match = /^\s+[-*] +(Note|Tags):\s*(.*)$/i.exec(raw))) {
      if (!current) throw invalidExport('Readwise', `line ${line}`, `a ${match[1]!.toLowerCase()} comes before any highlight`);
      inNote = match[1]!.toLowerCase() === 'note';
      if (inNote) current.note = [match[2]!];
      else current.tags = wikiTags(match[2]!);
    } else if (/^\s+[-*] /.test(raw) && current) {
      inNote = false; // another sub-item (a later template's Location, Color…): not part of the quote
    } else if (!current) {
      throw invalidExport('Readwise', `line ${line}`, 'text comes before the first highlight of the “## Highlights” section');
    } else {
      (inNote ? current.note! : current.quote).push(raw.trim());
    }
  }
  if (!sawHighlights) throw invalidExport('Readwise', `line ${lines.length}`, 'the file ends without a “## Highlights” section');

  const title = metadata.get('full title') || heading || null;
  const address = metadata.get('url') ?? '';
  const url = address && !unusableAddress(address) ? address : null;
  if (!title && !url) throw invalidExport('Readwise', 'line 1', 'the file has neither a title nor an address');
  const author = metadata.get('author')?.replace(/\[\[([^\]]*)\]\]/g, '$1').trim() || null;
  const entry: ToolEntry = { at: 'line 1', title, url, author, highlights: items.map(markdownHighlight) };
  const tags = wikiTags(metadata.get('document tags') ?? metadata.get('tags') ?? '');
  if (tags.length > 0) entry.tags = tags;
  return { tool: 'readwise', entries: [entry], skipped: [] };
}

/** A list item as a highlight: its trailing links taken off (a Location or Page one kept as its location). */
function markdownHighlight(item: MarkdownItem): ToolHighlight {
  let quote = item.quote.join('\n');
  let location: string | undefined;
  let match: RegExpExecArray | null;
  while ((match = TRAILING_LINK.exec(quote))) {
    if (!/^view highlight$/i.test(match[1]!)) location ??= match[1]!.toLowerCase();
    quote = quote.slice(0, match.index);
  }
  quote = quote.trim();
  if (!quote) throw invalidExport('Readwise', `line ${item.line}`, 'the highlight has no text');
  const highlight: ToolHighlight = { quote };
  const note = item.note?.join('\n').trim();
  if (note) highlight.note = note;
  if (item.tags?.length) highlight.tags = item.tags;
  if (location) highlight.location = location;
  return highlight;
}

/** `[[tag one]] [[tag2]]`, or `#tag1 #tag2`, or `tag1, tag2`. */
function wikiTags(value: string): string[] {
  const linked = [...value.matchAll(/\[\[([^\]]*)\]\]/g)].map((m) => m[1]!);
  return cleanTags(linked.length > 0 ? linked : value.split(/[\s,]+/).map((t) => t.replace(/^#/, '')));
}
