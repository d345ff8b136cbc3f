import type { Block } from '../contract/schemas.ts';
import { readAddressLine, type AddressLine } from './address-line.ts';
import { inferWeekdayDate, isoDate, monthNumber, titleCase } from './dates.ts';

export interface ArticleMetadata {
  title: string;
  source: string | null;
  author: string | null;
  place: string | null;
  url: string | null;
  published: string | null;
}

export interface ParsedPlainText extends ArticleMetadata {
  blocks: Block[];
}

interface Line {
  text: string;
  start: number;
  end: number;
}

const PHOTO_FILE = /^\S+\.(?:jpe?g|png|gif|webp|tiff?)$/i;
const CAPTION = /\((?:photo|crédit|credit|illustration)s?\s*:[^)]*\)\s*$/iu;
// [26/01/2012 11:18:42] PARIS (AFP) — the bracketed date, the place in capitals, the agency in parentheses.
const AGENCY_DATELINE =
  /^\[(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\]\s*(\p{Lu}[\p{Lu}'’.]*(?:[\s-]+\p{Lu}[\p{Lu}'’.]*)*(?!\p{Ll}))?\s*(?:\(([^)]{1,40})\))?\s*(?:[-–—]\s*)?/u;
// 7 novembre 2012. - … (Wikinews français)
const FRENCH_DATELINE = /^(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})\s*\.?\s*[-–—]\s*/u;
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche)';
// A date on a line of its own: `Tuesday, March 8, 2011` (Wikinews English), `Mardi 14 mai 2019`, `8 March 2011`.
const DATE_LINE = new RegExp(`^(?:${WEEKDAY},?\\s+)?(?:(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s*(\\d{4})|(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(\\p{L}+)\\.?\\s+(\\d{4}))$`, 'u');
// QUIMPER, 8 oct 2015 (AFP) - / LONDON, March 3, 2024 (Reuters) — the place in capitals, its date, the agency; the
// place may name two cities (`BOGOTA/HANOI`) or carry its region, in brackets or after a comma (`COURCHEVEL (Savoie)`,
// `WINNIPEG, Manitoba`).
const PLACE_DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}'’.]*(?:[\\s/-]+\\p{Lu}[\\p{Lu}'’.]*)*)(?:\\s+\\([^)]{1,40}\\)|,\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})?,\\s+(?:${WEEKDAY}\\s+)?(?:(\\d{1,2})(?:er)?\\s+(\\p{L}+)\\.?|(\\p{L}+)\\.?\\s+(\\d{1,2}),?)\\s+(\\d{4})\\s*\\(([^)]{1,40})\\)\\s*[-–—]\\s*`,
  // Case-sensitive: the place is in capitals (month names are read whatever their case by monthNumber).
  'u',
);
/** A label before a date line: `Published`, `Updated on`, `Publié le`, `Mis à jour :`. */
const DATE_LABEL = /^(?:(?:last\s+)?updated|published|posted|publié|publiée|mis\s+à\s+jour|modifié)(?:\s+(?:le|on|at))?\s*:?\s*/iu;
/** A time of day in a date line, with its zone: `16:05 BST`, `17.05 GMT`, `16h32`, `3:10 p.m. ET`. */
const TIME_OF_DAY = /(^|[\s,])(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(?:\s*([ap]\.?m\.?))?(?:\s*(?:[A-Z]{1,5}|UTC[+-−]\d{1,2}|GMT[+-−]\d{1,2}))?(?=$|[\s,])/u;
/** An abbreviated weekday: `Thu 12 Feb 2026`, `Wed., March 3`. */
const SHORT_WEEKDAY = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|lun|mar|mer|jeu|ven|sam|dim)\.?,?\s+(?=\d|\p{L}+\.?\s+\d)/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;
const BYLINE = /^(?:Par|By)\s+(.+)$/u;
const EMPTY_META: ArticleMetadata = { title: '', source: null, author: null, place: null, url: null, published: null };
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/**
 * Reads an agency-style plain-text article: title on the first line, then optionally a photo file and caption, a
 * byline, a dateline, an address line (`SOURCE: https://…`, see address-line.ts), headings and paragraphs, and
 * optionally an address line as the last line. Metadata is read from those lines; the text itself is never changed.
 * The source the article names (an agency in its dateline, a site in its byline) wins over the site of its address.
 */
export function parsePlainText(text: string, fallbackTitle: string): ParsedPlainText {
  const meta: ArticleMetadata = { title: fallbackTitle, source: null, author: null, place: null, url: null, published: null };
  const blocks: Block[] = [];
  const lines = splitLines(text);
  // The last line is read first, and set aside: it is its own block whatever paragraph it closes.
  const last = lastAddressLine(lines);
  const groups = paragraphGroups(last ? lines.slice(0, last.index) : lines);
  let site: string | null = null;
  let sawTitle = false;
  let sawBody = false;
  let expectCaption = false;

  for (const [groupIndex, group] of groups.entries()) {
    for (const line of unwrap(group, groupIndex === 0)) {
      const content = line.text.trim();
      const span = trimmedSpan(line);
      if (!sawTitle) {
        sawTitle = true;
        if (content.length <= 250) {
          meta.title = content;
          blocks.push({ kind: 'title', ...span });
          continue;
        }
      }
      if (expectCaption && !sawBody && content.length <= 300) {
        expectCaption = false;
        blocks.push({ kind: 'caption', ...span });
        continue;
      }
      expectCaption = false;
      let match: RegExpExecArray | null;
      let address: AddressLine | null;
      if (!sawBody && (address = readAddressLine(content))) {
        meta.url ??= address.url;
        site ??= address.site;
        blocks.push({ kind: 'source', ...span });
      } else if (!sawBody && PHOTO_FILE.test(content)) {
        blocks.push({ kind: 'photo', ...span });
        expectCaption = true;
      } else if (!sawBody && CAPTION.test(content) && content.length <= 300) {
        blocks.push({ kind: 'caption', ...span });
      } else if (!sawBody && (match = BYLINE.exec(content)) && content.length <= 160) {
        readByline(match[1]!, meta);
        blocks.push({ kind: 'byline', ...span });
      } else if (!sawBody && readDateLine(content, meta)) {
        blocks.push({ kind: 'dateline', ...span });
      } else if (sawBody && groupIndex > 0 && group.length === 1 && looksLikeHeading(content, groups[groupIndex + 1])) {
        blocks.push({ kind: 'heading', ...span });
      } else {
        const dateline = !sawBody ? readDateline(content, meta) : 0;
        blocks.push(dateline > 0 ? { kind: 'paragraph', ...span, dateline: { start: span.start, end: span.start + dateline } } : { kind: 'paragraph', ...span });
        sawBody = true;
      }
    }
  }
  if (last) {
    blocks.push({ kind: 'source', ...trimmedSpan(lines[last.index]!) });
    meta.url ??= last.address.url;
    site ??= last.address.site;
  }
  meta.source ??= site;
  meta.published ??= inferWeekdayDate(text);
  return { ...meta, blocks };
}

/** The last non-blank line when it is an address line (labelled or bare) and some line comes before it (the title). */
function lastAddressLine(lines: Line[]): { index: number; address: AddressLine } | null {
  let index = lines.length - 1;
  while (index >= 0 && lines[index]!.text.trim() === '') index--;
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0 || first === index) return null;
  const address = readAddressLine(lines[index]!.text.trim(), { bare: true });
  return address ? { index, address } : null;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    lines.push({ text: match[1]!, start: match.index, end: match.index + match[1]!.length });
    if (match[2] === '') break;
  }
  return lines;
}

/** Lines grouped by blank lines. */
function paragraphGroups(lines: Line[]): Line[][] {
  const groups: Line[][] = [[]];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (groups.at(-1)!.length > 0) groups.push([]);
    } else groups.at(-1)!.push(line);
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * A hard-wrapped paragraph (every line but the last 55–100 characters) is one block; otherwise each line is. A byline
 * then a date line, however long the byline, are two lines.
 */
function unwrap(group: Line[], isFirst: boolean): Line[] {
  const bylineAndDate = group.length === 2 && BYLINE.test(group[0]!.text.trim()) && readDateLine(group[1]!.text.trim(), { ...EMPTY_META });
  const wrapped = !isFirst && !bylineAndDate && group.length >= 2 && group.slice(0, -1).every((l) => l.text.length >= 55 && l.text.length <= 100);
  if (!wrapped) return group;
  const text = group.map((l) => l.text).join('\n');
  return [{ text, start: group[0]!.start, end: group.at(-1)!.end }];
}

function trimmedSpan(line: Line): { start: number; end: number } {
  const leading = line.text.length - line.text.trimStart().length;
  const trailing = line.text.length - line.text.trimEnd().length;
  return { start: line.start + leading, end: line.end - trailing };
}

function looksLikeHeading(content: string, next: Line[] | undefined): boolean {
  return next !== undefined && content.length <= 90 && content.split(/\s+/).length <= 12 && !/[.!?:;,…»”")\]]$/u.test(content);
}

function readByline(rest: string, meta: ArticleMetadata): void {
  const parts = rest.split('|').map((p) => p.trim()).filter((p) => p && !/^\d+\s*(?:mots|words)$/iu.test(p));
  for (const part of parts) {
    if (DOMAIN.test(part) && !meta.source) meta.source = part;
    else if (!meta.author) meta.author = part;
    else if (!meta.source) meta.source = part;
  }
}

/**
 * Reads a date on a line of its own into `meta`: `Tuesday, March 8, 2011`, `Mardi 14 mai 2019`, and with a label or a
 * time around it, `Published 16:05 BST, 16 June 2026`, `Thu 12 Feb 2026 17.05 GMT`, `Publié le 14/05/2019 à 16:32`,
 * `2023-10-26`. Whether the line was one.
 */
function readDateLine(content: string, meta: ArticleMetadata): boolean {
  let rest = content.replace(DATE_LABEL, '');
  let time: string | undefined;
  rest = rest.replace(TIME_OF_DAY, (_all, before: string, h: string, m: string, sec: string | undefined, pm: string | undefined) => {
    const hours = Number(h) % 12 + (pm && /p/i.test(pm) ? 12 : pm ? 0 : Math.floor(Number(h) / 12) * 12);
    time = `${String(hours).padStart(2, '0')}:${m}:${sec ?? '00'}`;
    return before;
  });
  rest = rest.replace(SHORT_WEEKDAY, '').replace(/^[\s,]+|[\s,]+$/gu, '').replace(/\s+(?:à|at)$/u, '');
  let date: string | null = null;
  let match: RegExpExecArray | null;
  if ((match = DATE_LINE.exec(rest))) {
    const month = monthNumber((match[1] ?? match[5])!);
    date = month ? isoDate(Number(match[3] ?? match[6]), month, Number(match[2] ?? match[4]), time) : null;
  } else if ((match = ISO_DATE.exec(rest))) {
    date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]), time);
  } else if ((match = NUMERIC_DATE.exec(rest))) {
    // Day first, as in French and British use, unless the first number cannot be a month's day… of a month (`12/31/2024`).
    const [a, b] = [Number(match[1]), Number(match[2])];
    date = b > 12 ? isoDate(Number(match[3]), a, b, time) : isoDate(Number(match[3]), b, a, time);
  }
  if (date) meta.published ??= date;
  return date !== null;
}

/** Reads a dateline at the head of the first paragraph into `meta`; returns its length (0 when there is none). */
function readDateline(content: string, meta: ArticleMetadata): number {
  let match = AGENCY_DATELINE.exec(content);
  if (match) {
    const [, day, month, year, hours, minutes, seconds, place, agency] = match;
    const time = hours ? `${hours.padStart(2, '0')}:${minutes}:${seconds ?? '00'}` : undefined;
    meta.published ??= isoDate(Number(year), Number(month), Number(day), time);
    if (place?.trim()) meta.place ??= titleCase(place.trim());
    if (agency) meta.source ??= agency.trim();
    return match[0].trimEnd().length;
  }
  match = PLACE_DATELINE.exec(content);
  const placeMonth = match ? monthNumber((match[3] ?? match[4])!) : undefined;
  const placeDate = match && placeMonth ? isoDate(Number(match[6]), placeMonth, Number(match[2] ?? match[5])) : null;
  if (match && placeDate) {
    meta.published ??= placeDate;
    meta.place ??= titleCase(match[1]!.trim());
    meta.source ??= match[7]!.trim();
    return match[0].trimEnd().length;
  }
  match = FRENCH_DATELINE.exec(content);
  const month = match ? monthNumber(match[2]!) : undefined;
  if (match && month) {
    meta.published ??= isoDate(Number(match[3]), month, Number(match[1]));
    return match[0].trimEnd().length;
  }
  return 0;
}
