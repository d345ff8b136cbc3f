import { createHash } from 'node:crypto';
import type { Annotation, Block, DocumentFull } from '../contract/schemas.ts';
import { colorLabel } from '../contract/shared/colors.ts';
import { offsetConverter } from '../contract/shared/code-points.ts';
import { pageAt } from '../contract/shared/pages.ts';
import type { AnnotationExportOptions, MentionedEntity } from './annotated-documents.ts';
import { valueText } from './entities/mentions.ts';
import { areaLabel } from './markdown.ts';
import { renderNotes } from './note-html.ts';
import { words } from './words.ts';

// A printable report of one article: its fields, its note, its text with every passage marked in its colour and
// numbered, then the numbered notes. One self-contained file: styles inline (allowed by their hash in a strict CSP),
// nothing loaded from anywhere, everything from the library escaped, notes rendered from Markdown and sanitised.
// Entity mentions are not marked as highlights: the entities the article mentions are listed after the notes.

type Options = Pick<AnnotationExportOptions, 'labels' | 'language'>;

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.55 Georgia, "Times New Roman", serif; color: #1b1b1b; background: #fff; max-width: 44rem; margin: 2rem auto; padding: 0 1.5rem; hyphens: auto; overflow-wrap: break-word; }
h1 { font-size: 1.7em; line-height: 1.2; margin: 0 0 .4em; }
h2 { font-size: 1.2em; margin: 1.6em 0 .5em; }
.meta { color: #555; font-size: .9em; margin: 0 0 1.5em; }
.meta span + span::before { content: " · "; }
.article p, .article blockquote, .article h2 { white-space: pre-line; }
.article blockquote { margin: 0 0 1em 1.2em; padding-left: .8em; border-left: 3px solid #ccc; }
.article .photo, .article .caption, .article .byline { color: #666; font-size: .9em; }
.article .item::before { content: "•\\00a0"; }
.article .title { font-weight: bold; }
mark { color: inherit; padding: 0 .05em; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.yellow { background: #fbe68a; } mark.green { background: #bfe3b4; } mark.blue { background: #bcd7f5; }
mark.pink { background: #f6c1d6; } mark.purple { background: #d9c7f2; }
mark.overlap { box-shadow: inset 0 -.2em 0 rgba(0, 0, 0, .3); }
sup.ref { font-size: .7em; line-height: 0; font-family: system-ui, sans-serif; }
sup.ref a, .note .number { color: #555; text-decoration: none; }
.notes ol { list-style: none; padding: 0; margin: 0; }
.note { border-left: 4px solid #ccc; padding: .2em .9em; margin: 0 0 1em; }
.note.yellow { border-color: #e3c544; } .note.green { border-color: #7fbf6e; } .note.blue { border-color: #6fa3dc; }
.note.pink { border-color: #e27fa6; } .note.purple { border-color: #a98ad6; }
.note .quote { margin: 0 0 .3em; } .note .label { color: #555; font-style: italic; }
.note .tags { color: #555; font-size: .9em; margin: .3em 0 0; }
.note-body > :first-child { margin-top: 0; } .note-body > :last-child { margin-bottom: 0; }
.note-body img { max-width: 100%; }
.note .snapshot { display: block; max-width: 100%; margin: .2em 0 .5em; border: 1px solid #ddd; }
.orphans { color: #444; }
@page { size: A4; margin: 20mm 18mm 22mm; marks: none; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .note-body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
  mark, .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  .note, blockquote, .article-note { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
}
`.trim();

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

export const REPORT_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const BLOCK_TAGS: Record<Block['kind'], [string, string]> = {
  title: ['p', 'title'], photo: ['p', 'photo'], caption: ['p', 'caption'], byline: ['p', 'byline'], dateline: ['p', 'byline'],
  source: ['p', 'byline'], heading: ['h2', ''], paragraph: ['p', ''], quote: ['blockquote', ''], item: ['p', 'item'],
};

interface Span {
  n: number;
  color: Annotation['color'];
  from: number;
  to: number;
}

/** Event kinds in the order they apply at one position: spans close, then their numbers are placed, then spans open. */
const END = 0;
const REF = 1;
const START = 2;

interface Event { at: number; kind: number; span: Span }

/** The blocks to draw: the article's own, else its paragraphs (separated by blank lines). */
function blocksOf(doc: DocumentFull): Block[] {
  if (doc.blocks.length) return [...doc.blocks].sort((a, b) => a.start - b.start);
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (m[0].trim()) blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  }
  return blocks;
}

/** The end of the block holding `at - 1`, so that a passage's number sits inside the block where it ends. */
function refPosition(blocks: Block[], at: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  const block = blocks[lo - 1];
  return block ? Math.min(at, block.end) : at;
}

/** The article's text, block by block, with every passage marked (overlaps split into segments) and numbered. */
function writeArticle(doc: DocumentFull, spans: Span[], write: (chunk: string) => void): void {
  const blocks = blocksOf(doc);
  const events: Event[] = [];
  for (const span of spans) {
    events.push({ at: span.from, kind: START, span }, { at: span.to, kind: END, span }, { at: refPosition(blocks, span.to), kind: REF, span });
  }
  events.sort((a, b) => a.at - b.at || a.kind - b.kind || a.span.n - b.span.n);
  const active: Span[] = [];
  const apply = (event: Event): string => {
    if (event.kind === START) active.push(event.span);
    else if (event.kind === END) active.splice(active.indexOf(event.span), 1);
    else return `<sup class="ref" id="ref-${event.span.n}"><a href="#note-${event.span.n}">${event.span.n}</a></sup>`;
    return '';
  };
  const segment = (from: number, to: number): string => {
    if (from >= to) return '';
    const text = escapeHtml(doc.text.slice(from, to));
    const top = active.at(-1);
    if (!top) return text;
    return `<mark class="${top.color}${active.length > 1 ? ' overlap' : ''}">${text}</mark>`;
  };
  let next = 0;
  write('<section class="article">\n');
  for (const block of blocks) {
    while (next < events.length && (events[next]!.at < block.start || (events[next]!.at === block.start && events[next]!.kind !== REF))) apply(events[next++]!);
    const parts: string[] = [];
    let cursor = block.start;
    while (next < events.length && (events[next]!.at < block.end || (events[next]!.at === block.end && events[next]!.kind !== START))) {
      const event = events[next++]!;
      parts.push(segment(cursor, event.at));
      cursor = Math.max(cursor, event.at);
      parts.push(apply(event));
    }
    parts.push(segment(cursor, block.end));
    if (block.kind === 'title' && parts.every((p) => !p.startsWith('<'))) continue;
    const [tag, className] = BLOCK_TAGS[block.kind];
    write(`<${tag}${className ? ` class="${className}"` : ''}>${parts.join('')}</${tag}>\n`);
  }
  write('</section>\n');
}

function quoted(text: string, language: string | null): string {
  return language?.startsWith('fr') ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/** `2023-03-14T09:42:10` → `14 mars 2023 à 09:42` / `14 March 2023 at 09:42`; anything else as it is. */
function readableDate(iso: string | null, language: string): string | null {
  if (!iso) return null;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language.startsWith('fr') ? 'fr-FR' : 'en-GB', { dateStyle: 'long', ...(iso.length > 10 ? { timeStyle: 'short' } : {}), timeZone: 'UTC' }).format(date);
}

const ENTITIES_HEADING = { en: 'Entities', fr: 'Entités' } as const;

/**
 * Writes the report of one article with its annotations (highlights and notes, in text order, orphans last; mentions
 * of entities are left out of them) and the entities it mentions.
 */
export function writeHtmlReport(
  doc: DocumentFull, annotations: readonly Annotation[], options: Options, write: (chunk: string) => void, entities: readonly MentionedEntity[] = [],
  mentions: readonly Annotation[] = [],
): void {
  // The values of amounts, percentages and dates as mentioned here, listed with their entity.
  const valuesOf = new Map<string, Set<string>>();
  for (const a of mentions) if (a.entityId && a.value && !a.orphan) valuesOf.set(a.entityId, (valuesOf.get(a.entityId) ?? new Set()).add(valueText(a.value)));
  annotations = annotations.filter((a) => a.entityId === null || a.entityId === undefined);
  const w = words(options.language);
  const lang = doc.language ?? (options.language.startsWith('fr') ? 'fr' : 'en');
  // Every note rendered up front, in one sanitising pass (see note-html.ts).
  const withNotes = annotations.filter((a) => a.note?.trim());
  const rendered = renderNotes([...(doc.note?.trim() ? [doc.note] : []), ...withNotes.map((a) => a.note!)]);
  const articleNote = doc.note?.trim() ? rendered.shift()! : null;
  const noteOf = new Map(withNotes.map((a, i) => [a.id, rendered[i]!]));

  write(`<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n`
    + `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">\n<meta name="referrer" content="no-referrer">\n`
    + `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(doc.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`);
  const meta = [doc.source, doc.author, doc.place, readableDate(doc.published, options.language), doc.url ?? doc.fileName].filter((v): v is string => Boolean(v));
  write(`<header>\n<h1>${escapeHtml(doc.title)}</h1>\n<p class="meta">${meta.map((v) => `<span>${escapeHtml(v)}</span>`).join('')}</p>\n</header>\n`);
  if (articleNote !== null) write(`<section class="article-note">\n<h2>${escapeHtml(w.articleNote)}</h2>\n<div class="note-body">${articleNote}</div>\n</section>\n`);

  const toUtf16 = offsetConverter(doc.text).toUtf16;
  const placed = annotations.filter((a) => !a.orphan);
  const orphans = annotations.filter((a) => a.orphan);
  const numbered = [...placed, ...orphans].map((a, i) => ({ a, n: i + 1 }));
  writeArticle(doc, numbered.slice(0, placed.length).map(({ a, n }) => ({ n, color: a.color, from: toUtf16(a.start), to: toUtf16(a.end) })), write);

  const pageOf = (a: Annotation) => a.area?.page ?? pageAt(doc.pages!, toUtf16(a.start));
  const page = (a: Annotation) => (doc.pages && !a.orphan ? ` · p. ${pageOf(a)}` : '');
  const picture = (a: Annotation) => (a.snapshot
    ? `<img class="snapshot" src="${escapeHtml(a.snapshot)}" alt="${escapeHtml(areaLabel(options.language, doc.pages && !a.orphan ? pageOf(a) : undefined))}">`
    : '');
  const item = ({ a, n }: { a: Annotation; n: number }): string => {
    const number = a.orphan ? `<span class="number">${n}.</span>` : `<a class="number" href="#ref-${n}">${n}.</a>`;
    const tags = a.tags.length ? `<p class="tags">${a.tags.map((t) => `#${escapeHtml(t)}`).join(' ')}</p>` : '';
    const note = noteOf.get(a.id);
    const body = note === undefined ? '' : `<div class="note-body">${note}</div>`;
    return `<li class="note ${a.color}" id="note-${n}"><p class="quote">${number} ${escapeHtml(quoted(a.exact, doc.language))} `
      + `<span class="label">— ${escapeHtml(colorLabel(a.color, options.labels, options.language))}${page(a)}</span></p>${picture(a)}${body}${tags}</li>\n`;
  };
  if (placed.length) {
    write(`<section class="notes">\n<h2>${escapeHtml(w.notes)}</h2>\n<ol>\n`);
    for (const entry of numbered.slice(0, placed.length)) write(item(entry));
    write('</ol>\n</section>\n');
  }
  if (orphans.length) {
    write(`<section class="notes orphans">\n<h2>${escapeHtml(w.orphans)}</h2>\n<p>${escapeHtml(w.orphansHelp)}</p>\n<ol>\n`);
    for (const entry of numbered.slice(placed.length)) write(item(entry));
    write('</ol>\n</section>\n');
  }
  const mentioned = entities.filter((e) => e.count > 0);
  if (mentioned.length) {
    write(`<section class="entities">\n<h2>${ENTITIES_HEADING[options.language.startsWith('fr') ? 'fr' : 'en']}</h2>\n<ul>\n`);
    for (const e of mentioned) {
      const type = e.typeBuiltin ? e.type : (e.typeLabel ?? e.type);
      const values = [...(valuesOf.get(e.id) ?? [])];
      write(`<li>${escapeHtml(e.name)} <span class="label">(${escapeHtml(type)})</span>${values.length ? ` = ${escapeHtml(values.join(', '))}` : ''} ×${e.count}</li>\n`);
    }
    write('</ul>\n</section>\n');
  }
  write('</body>\n</html>\n');
}
