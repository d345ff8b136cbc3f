import { invalidExport } from './read-export.ts';
import { isoDate, monthNumber } from '../import/dates.ts';
import type { ToolEntry, ToolExport, ToolHighlight } from './types.ts';

type Kind = 'highlight' | 'note' | 'bookmark';

/** A place in the book as numbers, to match a note to its highlight and find extended highlights. */
interface Range {
  unit: 'location' | 'page';
  start: number;
  end: number;
}

interface Clipping {
  line: number;
  title: string;
  author: string | null;
  kind: Kind;
  location: string;
  range: Range | null;
  created: string | undefined;
  text: string;
}

interface Kept {
  line: number;
  range: Range | null;
  highlight: ToolHighlight;
}

const SEPARATOR = /^\uFEFF?={10}\s*$/;
const KINDS: Record<string, Kind> = {
  'your highlight': 'highlight', 'your note': 'note', 'your bookmark': 'bookmark',
  'votre surlignement': 'highlight', 'votre note': 'note', 'votre signet': 'bookmark',
};
const KIND_LINE = /^\uFEFF?-\s*(your highlight|your note|your bookmark|votre surlignement|votre note|votre signet)\b\s*(.*)$/i;
const PREPOSITION = /^(?:on|at|sur|à)\s+(?:(?:la|le)\s+|l['’])?/i;
const ADDED = /^(?:added on|ajouté le)\s+/i;
// `Monday, 1 January 2024 10:00:00`, `Tuesday, March 5, 2024 9:15:02 PM`, `lundi 1er janvier 2024 10:00:00`.
const DATE =
  /^(?:\p{L}+,?\s+)?(?:(\d{1,2})(?:er)?\s+(\p{L}+)|(\p{L}+)\s+(\d{1,2}),?)\s+(\d{4}),?(?:\s+(?:à\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?m?\.?)?\s*$/iu;
const CLIPPING_LIMIT = /^<You have reached the clipping limit for this item>$/i;

/** Whether the text is Kindle's `My Clippings.txt`: `==========` separators and `- Your Highlight`-style lines. */
export function looksLikeKindle(_name: string, head: string): boolean {
  return /^\uFEFF?={10}\s*$/m.test(head) && /^\uFEFF?-\s*(?:your (?:highlight|note|bookmark)|votre (?:surlignement|note|signet))\b/im.test(head);
}

/**
 * Reads Kindle clippings, one entry per book: highlights with their place and date, each note joined to the highlight
 * whose range holds its location, and only the longest clipping of a highlight Kindle wrote again when it was extended.
 */
export function parseKindle(text: string, _name: string): ToolExport {
  const lines = text.split(/\r\n|\n|\r/);
  const clippings: Clipping[] = [];
  let blockStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !SEPARATOR.test(lines[i]!)) continue;
    const clipping = readClipping(lines, blockStart, i);
    if (clipping) clippings.push(clipping);
    blockStart = i + 1;
  }

  const books = new Map<string, { entry: ToolEntry; kept: Kept[] }>();
  const skipped: ToolExport['skipped'] = [];
  const notes: Clipping[] = [];
  for (const clipping of clippings) {
    const at = `line ${clipping.line}`;
    if (clipping.kind === 'bookmark') skipped.push({ at, reason: 'bookmark' });
    else if (clipping.kind === 'note') notes.push(clipping);
    else if (clipping.text === '') skipped.push({ at, reason: 'empty_highlight' });
    else if (CLIPPING_LIMIT.test(clipping.text)) skipped.push({ at, reason: 'clipping_limit' });
    else addHighlight(books, clipping, skipped);
  }
  for (const note of notes) {
    const target = note.text === '' ? undefined : highlightFor(note, books.get(bookKey(note))?.kept ?? []);
    if (target) target.note = target.note ? `${target.note}\n\n${note.text}` : note.text;
    else skipped.push({ at: `line ${note.line}`, reason: note.text === '' ? 'empty_note' : 'note_without_highlight' });
  }

  const entries = [...books.values()].map(({ entry, kept }) => ({ ...entry, highlights: kept.map((k) => k.highlight) }));
  return { tool: 'kindle', entries, skipped };
}

function bookKey(clipping: Clipping): string {
  return `${clipping.title}\u0000${clipping.author ?? ''}`;
}

/** Adds a highlight to its book, unless it is a shorter copy of one there at the same start (or replaces that copy). */
function addHighlight(books: Map<string, { entry: ToolEntry; kept: Kept[] }>, clipping: Clipping, skipped: ToolExport['skipped']): void {
  let book = books.get(bookKey(clipping));
  if (!book) {
    book = { entry: { at: `line ${clipping.line}`, title: clipping.title, url: null, author: clipping.author, highlights: [] }, kept: [] };
    books.set(bookKey(clipping), book);
  }
  const highlight: ToolHighlight = { quote: clipping.text, location: clipping.location };
  if (clipping.created) highlight.created = clipping.created;
  const kept: Kept = { line: clipping.line, range: clipping.range, highlight };
  const index = book.kept.findIndex(
    (k) => startOf(k) === startOf(kept) && (k.highlight.quote.includes(clipping.text) || clipping.text.includes(k.highlight.quote)),
  );
  if (index < 0) {
    book.kept.push(kept);
    return;
  }
  const copy = book.kept[index]!;
  const reason = 'extended_again';
  if (clipping.text.length >= copy.highlight.quote.length) {
    book.kept[index] = kept;
    skipped.push({ at: `line ${copy.line}`, reason });
  } else skipped.push({ at: `line ${clipping.line}`, reason });
}

function startOf(kept: Kept): string | undefined {
  return kept.range ? `${kept.range.unit} ${kept.range.start}` : kept.highlight.location;
}

/** The highlight whose range ends at the note's location, else the last one whose range contains it. */
function highlightFor(note: Clipping, kept: Kept[]): ToolHighlight | undefined {
  const at = note.range;
  if (!at) return undefined;
  const holding = kept.filter((k) => k.range && k.range.unit === at.unit && k.range.start <= at.start && at.start <= k.range.end);
  return (holding.find((k) => k.range!.end === at.start) ?? holding.at(-1))?.highlight;
}

/** One clipping from lines[from, to): title line, kind-and-place line, a blank line, the text. Null when blank. */
function readClipping(lines: string[], from: number, to: number): Clipping | null {
  let first = from;
  while (first < to && lines[first]!.replace(/^\uFEFF/, '').trim() === '') first++;
  if (first === to) return null;
  const titleLine = lines[first]!.replace(/^\uFEFF/, '').trim();
  const second = first + 1 < to ? lines[first + 1]! : undefined;
  const match = second === undefined ? null : KIND_LINE.exec(second.trim());
  if (!match) {
    const at = `line ${second === undefined ? first + 1 : first + 2}`;
    const issue = second === undefined ? 'a clipping without its highlight, note or bookmark line' : 'the second line of a clipping is not a highlight, note or bookmark line';
    throw invalidExport('Kindle', at, issue);
  }
  let body = first + 2;
  if (body < to && lines[body]!.trim() === '') body++;
  const parts = match[2]!.split('|').map((p) => p.trim());
  const added = parts.find((p) => ADDED.test(p));
  const location = parts
    .filter((p) => p !== added)
    .map((p) => p.replace(PREPOSITION, ''))
    .filter(Boolean)
    .join(', ');
  const author = /^(.*?)\s*\(([^()]*)\)$/.exec(titleLine);
  return {
    line: first + 1,
    title: author && author[1] ? author[1] : titleLine,
    author: author && author[1] ? author[2]!.trim() || null : null,
    kind: KINDS[match[1]!.toLowerCase()]!,
    location,
    range: readRange(location),
    created: added ? readDate(added.replace(ADDED, '')) : undefined,
    text: lines.slice(body, to).join('\n').trim(),
  };
}

function readRange(location: string): Range | null {
  const match = /\b(?:location|loc\.|emplacement)\s*(\d+)(?:\s*-\s*(\d+))?/i.exec(location) ?? /\bpage\s+(\d+)(?:\s*-\s*(\d+))?/i.exec(location);
  if (!match) return null;
  const start = Number(match[1]);
  let end = match[2] ? Number(match[2]) : start;
  // Older Kindles shorten the end of a range: `1406-07` is 1406 to 1407.
  if (match[2] && end < start) end = Number(match[1]!.slice(0, match[1]!.length - match[2].length) + match[2]);
  return { unit: /^page/i.test(match[0]) ? 'page' : 'location', start, end };
}

/** The date of an `Added on` part, in English or French, as local ISO 8601 (Kindle gives no time zone); else undefined. */
function readDate(text: string): string | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const day = Number(match[1] ?? match[4]);
  const month = monthNumber((match[2] ?? match[3])!);
  if (!month) return undefined;
  let time: string | undefined;
  if (match[6]) {
    let hour = Number(match[6]);
    const minute = Number(match[7]);
    const meridiem = match[9]?.toLowerCase();
    if (meridiem && (hour < 1 || hour > 12)) return undefined;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59 || Number(match[8] ?? 0) > 59) return undefined;
    time = `${String(hour).padStart(2, '0')}:${match[7]}:${(match[8] ?? '00').padStart(2, '0')}`;
  }
  return isoDate(Number(match[5]), month, day, time) ?? undefined;
}
