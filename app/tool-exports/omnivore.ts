import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../contract/errors.ts';
import type { HighlightColor } from '../contract/shared/colors.ts';
import type { SkipReason } from '../contract/shared/skip-reasons.ts';
import { invalidExport, isFields } from './read-export.ts';
import type { ToolEntry, ToolExport, ToolHighlight } from './types.ts';

type Fields = Record<string, unknown>;
type Files = Record<string, Uint8Array>;

const MB = 1024 * 1024;
const MAX_FILE = 50 * MB;
const MAX_TOTAL = 500 * MB;
const METADATA = /(?:^|\/)metadata_(\d+)_to_\d+\.json$/;
const WANTED = /(?:^|\/)(?:metadata_\d+_to_\d+\.json|content\/[^/]+\.html|highlights\/[^/]+\.md)$/;
const COLORS: Record<string, HighlightColor> = { yellow: 'yellow', red: 'pink', green: 'green', blue: 'blue' };
const BACKLINK = /\s*\[\u2934\uFE0F?\]\([^)]*\)\s*$/u;

/** Whether the bytes are Omnivore's export: a zip whose listing holds a `metadata_<from>_to_<to>.json`. */
export function looksLikeOmnivore(_name: string, bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  let found = false;
  try {
    // The filter sees each file of the listing; refusing them all inflates nothing.
    unzipSync(bytes, {
      filter: (file) => {
        found ||= METADATA.test(file.name) && !file.name.startsWith('__MACOSX/');
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

/**
 * Reads Omnivore's export zip: one entry per item of the metadata files, with its labels, state and dates, the saved
 * HTML of `content/<slug>.html`, and its highlights from the metadata, else from `highlights/<slug>.md`.
 */
export function parseOmnivore(bytes: Uint8Array, name: string): ToolExport {
  const files = readZip(bytes, name);
  const metadata = Object.keys(files)
    .filter((path) => METADATA.test(path) && !path.startsWith('__MACOSX/'))
    .sort((a, b) => Number(METADATA.exec(a)![1]) - Number(METADATA.exec(b)![1]));
  if (metadata.length === 0) throw invalidExport('Omnivore', name, 'the zip holds no metadata_*.json file');

  const entries: ToolEntry[] = [];
  const skipped: ToolExport['skipped'] = [];
  for (const path of metadata) {
    let items: unknown;
    try {
      items = JSON.parse(strFromU8(files[path]!).replace(/^\uFEFF/, ''));
    } catch (error) {
      throw invalidExport('Omnivore', path, `not valid JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(items)) throw invalidExport('Omnivore', path, 'not a list of items');
    const root = path.slice(0, path.lastIndexOf('/') + 1);
    for (const [index, item] of items.entries()) entries.push(readItem(item, `${path}, item ${index + 1}`, root, files, name, skipped));
  }
  return { tool: 'omnivore', entries, skipped };
}

/** The files Omnivore's parsers need, inflated only after every declared size has been checked (against zip bombs). */
function readZip(bytes: Uint8Array, name: string): Files {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_FILE) throw invalidExport('Omnivore', file.name, `a file declared at ${Math.round(file.originalSize / MB)} MB, over the 50 MB limit`);
        total += file.originalSize;
        if (total > MAX_TOTAL) throw invalidExport('Omnivore', file.name, 'the files are declared at over 500 MB in all');
        return WANTED.test(file.name) && !file.name.startsWith('__MACOSX/');
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalidExport('Omnivore', name, `not a readable zip file (${(error as Error).message})`);
  }
}

function readItem(item: unknown, at: string, root: string, files: Files, name: string, skipped: ToolExport['skipped']): ToolEntry {
  if (!isFields(item)) throw invalidExport('Omnivore', at, 'not an item object');
  const url = text(item.url);
  const title = text(item.title);
  if (!url && !title) throw invalidExport('Omnivore', at, 'an item without url and title');
  const slug = text(item.slug);
  const entry: ToolEntry = {
    at,
    title,
    url,
    author: text(item.author),
    savedAt: isoDate(item.savedAt) ?? null,
    published: isoDate(item.publishedAt) ?? null,
    archived: item.state === 'ARCHIVED',
    highlights: [],
  };
  const labels = Array.isArray(item.labels) ? item.labels.map((l: unknown) => text(isFields(l) ? l.name : l)).filter((l) => l !== null) : [];
  if (labels.length > 0) entry.tags = labels;
  const html = slug ? files[`${root}content/${slug}.html`] : undefined;
  if (html) entry.content = { format: 'html', text: strFromU8(html) };

  if (Array.isArray(item.highlights) && item.highlights.length > 0) {
    for (const [index, highlight] of item.highlights.entries()) {
      const place = `${at}, highlight ${index + 1}`;
      if (!isFields(highlight)) throw invalidExport('Omnivore', place, 'not a highlight object');
      const read = readHighlight(highlight);
      if (typeof read === 'string') skipped.push({ at: place, reason: read });
      else entry.highlights.push(read);
    }
  } else {
    const markdown = slug ? files[`${root}highlights/${slug}.md`] : undefined;
    if (markdown) entry.highlights = readMarkdownHighlights(strFromU8(markdown));
  }
  return entry;
}

/** A highlight of the metadata, or why it is left out (a note on the whole article has no passage). */
function readHighlight(highlight: Fields): ToolHighlight | SkipReason {
  const quote = text(highlight.quote);
  const note = text(highlight.annotation);
  if (highlight.type === 'NOTE' || !quote) return note ? 'article_note' : 'empty_highlight';
  const read: ToolHighlight = { quote };
  if (note) read.note = note;
  const color = typeof highlight.color === 'string' ? COLORS[highlight.color.toLowerCase()] : undefined;
  if (color) read.color = color;
  const created = isoDate(highlight.createdAt);
  if (created) read.created = created;
  return read;
}

/** `> quote [⤴️](https://omnivore.app/me/slug#id)` lines, each optionally followed by the note in plain lines. */
function readMarkdownHighlights(markdown: string): ToolHighlight[] {
  const highlights: ToolHighlight[] = [];
  let quote: string[] | null = null;
  let note: string[] = [];
  let closed = false;
  const flush = () => {
    const text = quote?.join('\n').trim();
    if (text) highlights.push(note.join('\n').trim() ? { quote: text, note: note.join('\n').trim() } : { quote: text });
    quote = null;
    note = [];
  };
  for (const line of markdown.split(/\r\n|\n|\r/)) {
    const quoted = /^\s*>\s?(.*)$/.exec(line);
    if (quoted) {
      // A quote line after a backlink, a note or a blank line starts the next highlight.
      if (quote && (closed || note.length > 0)) flush();
      quote ??= [];
      quote.push(quoted[1]!.replace(BACKLINK, ''));
      closed = BACKLINK.test(quoted[1]!);
    } else if (quote) {
      if (line.trim() !== '' || note.length > 0) note.push(line);
      else closed = true;
    }
  }
  flush();
  return highlights;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
