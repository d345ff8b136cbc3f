import type { Annotation } from '../contract/schemas.ts';
import { colorLabel } from '../contract/shared/colors.ts';
import type { AnnotatedDocument, AnnotationExportOptions, ExportedDocument, MentionedEntity } from './annotated-documents.ts';
import { labelled, words } from './words.ts';
import { valueText } from './entities/mentions.ts';

// Obsidian-friendly Markdown: one note per article (YAML front matter, the article's note, each passage as a quote
// callout titled with its colour's label and ending with its block id ^<annotation id>, its note kept as written, its
// tags as #tags, and links back to Apostille and to the page on the web). Several articles in one stream cannot each have front matter (only the first
// `---` block of a file is front matter), so a combined stream has one front matter for the whole export and a short
// list of fields under each article's title; written to disk, several articles become one file each (see annotations-to-file.ts).
//
// Entity mentions are not highlights: they are listed once per entity in an "Entités / Entities" section, each entity
// as an Obsidian link to a note named after it (`- [[Orange]] (ORG) ×3`), so that a vault gathers every article that
// mentions it in its backlinks; amounts, percentages and dates are listed as plain text (`- 500 millions d’euros
// (MONEY) ×1`). Passages stay quoted as written (no links inside quotes, which would change the quote).

type Options = Pick<AnnotationExportOptions, 'labels' | 'language'>;

/** A file name from an article title, safe on every system and in Obsidian links. */
export function fileNameFor(title: string, fallback = 'article'): string {
  const name = [...title.normalize('NFC').replace(/[\u0000-\u001f\u007f\\/:*?"<>|#^[\]]+/g, ' ').replace(/\s+/g, ' ').trim()]
    .slice(0, 100).join('').replace(/^[.\s]+|[.\s]+$/g, '');
  if (!name) return fallback;
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name) ? `${name}_` : name;
}

const ENTITIES_HEADING = { en: 'Entities', fr: 'Entités' } as const;

/**
 * An Obsidian link to the note of an entity: `[[Orange]]`, or `[[target|name]]` when the name has characters a note
 * name cannot have (`[[AT-T|AT&T / SBC]]`).
 */
export function entityLink(name: string): string {
  const target = fileNameFor(name, 'entity');
  const shown = name.replace(/[[\]|\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
  return target === shown ? `[[${target}]]` : `[[${target}|${shown}]]`;
}

/** Amounts, percentages and dates are values, not things a vault has notes on: they are listed as text. */
const VALUE_TYPES = new Set(['MONEY', 'PERCENT', 'DATE']);

function entityLine(e: MentionedEntity, mentions: readonly Annotation[]): string {
  const type = e.typeBuiltin ? e.type : (e.typeLabel ?? e.type);
  const name = VALUE_TYPES.has(e.type) ? escapeMarkdown(e.name.replace(/\s+/g, ' ')) : entityLink(e.name);
  // An amount, a percentage or a date with the values it has here: `jeudi (DATE) = 2012-01-26`.
  const values = [...new Set(mentions.filter((m) => m.entityId === e.id && m.value && !m.orphan).map((m) => valueText(m.value!)))];
  return `- ${name} (${escapeMarkdown(type)})${values.length ? ` = ${escapeMarkdown(values.join(', '))}` : ''} ×${e.count}\n`;
}

/** A YAML scalar that any YAML parser reads back as exactly `value`: double-quoted, with every control character escaped. */
export function yamlString(value: string): string {
  return `"${value.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => {
    if (c === '\\' || c === '"') return `\\${c}`;
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}"`;
}

/** A date as Obsidian's date properties want it (unquoted YYYY-MM-DD, or with a time), anything else as a string. */
function yamlDate(value: string): string {
  return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/.test(value) ? value : yamlString(value);
}

/** A tag as Obsidian reads one: no spaces (hyphens instead), only letters, digits, _, - and /. Empty when nothing is left. */
export function obsidianTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/\s+/g, '-').replace(/[^\p{L}\p{M}\p{N}_/-]/gu, '');
}

function tagsOf(annotations: readonly Annotation[]): string[] {
  const tags = new Set<string>();
  for (const a of annotations) for (const t of a.tags) {
    const tag = obsidianTag(t);
    if (tag) tags.add(tag);
  }
  return [...tags];
}

/**
 * Passage text that Markdown shows as written: characters that would start emphasis, links, code, HTML, tags (#),
 * Obsidian highlights (==), comments (%%) or maths ($) are backslash-escaped, and so are list or heading markers at
 * the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~$]|==|%%/g, (m) => (m.length === 2 ? `\\${m[0]}${m[1]}` : `\\${m}`))
    .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2');
}

/** Every line of `text` inside a blockquote (blank lines kept as bare `>` so the quote stays one block). */
function quoteLines(text: string): string {
  return text.split(/\r?\n/).map((line) => (line.trim() ? `> ${line}` : '>')).join('\n');
}

/** A YAML list property (`name: []` when empty), as Obsidian's properties read one. */
function yamlList(name: string, values: readonly string[]): string {
  return values.length ? `${name}:\n${values.map((v) => `  - ${yamlString(v)}`).join('\n')}` : `${name}: []`;
}

export function frontMatter(doc: ExportedDocument, annotations: readonly Annotation[]): string {
  // The title as an alias: the note is found by it in Obsidian even where its file name had to drop characters.
  const lines = ['---', `title: ${yamlString(doc.title)}`, yamlList('aliases', [doc.title])];
  if (doc.source) lines.push(`source: ${yamlString(doc.source)}`);
  if (doc.author) lines.push(`author: ${yamlString(doc.author)}`);
  if (doc.place) lines.push(`place: ${yamlString(doc.place)}`);
  if (doc.published) lines.push(`date: ${yamlDate(doc.published)}`);
  if (doc.url) lines.push(`url: ${yamlString(doc.url)}`);
  if (doc.fileName) lines.push(`file: ${yamlString(doc.fileName)}`);
  if (doc.language) lines.push(`language: ${yamlString(doc.language)}`);
  lines.push(`apostille: ${yamlString(doc.id)}`);
  // The article's own tags, then its passages' (as Obsidian tags); its collections by name.
  const tags = [...new Set([...doc.tags.map(obsidianTag).filter(Boolean), ...tagsOf(annotations)])];
  lines.push(yamlList('tags', tags), yamlList('collections', doc.collections));
  lines.push('---', '');
  return lines.join('\n');
}

/** The article's fields as a short list (for a combined stream, where there is no front matter per article). */
function fieldList(doc: ExportedDocument, language: string): string {
  const w = words(language);
  const fields: [string, string | null][] = [
    [w.source, doc.source], [w.author, doc.author], [w.place, doc.place], [w.published, doc.published],
    [w.url, doc.url], [w.file, doc.fileName], [w.language, doc.language], [w.id, `\`${doc.id}\``],
  ];
  return fields.filter(([, v]) => v).map(([k, v]) => `- ${labelled(language, k, k === w.id ? v! : escapeMarkdown(v!))}`).join('\n') + '\n\n';
}

/**
 * The web page at the passage: the article's address with a text fragment (`#:~:text=start,end`), which browsers
 * follow to the quote and highlight. Null without an http(s) address.
 */
export function passageUrl(url: string | null, exact: string): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const words = exact.replace(/\s+/g, ' ').trim().split(' ');
  const part = (list: string[]) => encodeURIComponent(list.join(' ')).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const fragment = words.length <= 8 ? part(words) : `${part(words.slice(0, 4))},${part(words.slice(-4))}`;
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}

/**
 * One passage: a quote callout titled with its colour's label, the block id ^<annotation id> on its last line (so that
 * `![[note#^id]]` embeds the quote), then its note as written, its #tags and links back to Apostille and, where the
 * article has an address, to the page at the passage (for wherever apostille:// cannot be followed).
 */
/** What an area highlight's picture is called (its alternative text), in the export's language: "Area, p. 3". */
export function areaLabel(language: string, page?: number): string {
  return `${words(language).area}${page === undefined ? '' : `, p. ${page}`}`;
}

export function annotationMarkdown(a: Annotation, options: Options, url: string | null = null, page?: number): string {
  const where = page === undefined ? '' : ` · p. ${page}`;
  const parts = [`> [!quote] ${escapeMarkdown(colorLabel(a.color, options.labels, options.language))}${where}\n${quoteLines(escapeMarkdown(a.exact))} ^${a.id}\n\n`];
  // An area highlight's picture (a figure, a table), inline: the export stays one file.
  if (a.snapshot) parts.push(`![${escapeMarkdown(areaLabel(options.language, page))}](${a.snapshot})\n\n`);
  if (a.note?.trim()) parts.push(`${a.note.trim()}\n\n`);
  const tags = a.tags.map(obsidianTag).filter(Boolean).map((t) => `#${t}`);
  const w = words(options.language);
  const links = [`[${w.openInApostille}](apostille://document/${a.documentId}#${a.id})`];
  const web = passageUrl(url, a.exact);
  if (web) links.push(`[${w.onTheWeb}](<${web}>)`);
  parts.push(`${[...tags, ...links].join(' ')}\n\n`);
  return parts.join('');
}

/**
 * One article as Markdown, chunk by chunk: its front matter (or, in a combined stream, a list of fields), title,
 * note, passages in text order and orphans at the end.
 */
export function writeArticleMarkdown(item: AnnotatedDocument, options: Options, write: (chunk: string) => void, withFrontMatter: boolean): void {
  const { doc, annotations } = item;
  const w = words(options.language);
  write(withFrontMatter ? `${frontMatter(doc, annotations)}\n# ${escapeMarkdown(doc.title)}\n\n` : `# ${escapeMarkdown(doc.title)}\n\n${fieldList(doc, options.language)}`);
  if (doc.note?.trim()) write(`## ${w.articleNote}\n\n${doc.note.trim()}\n\n`);
  const entities = item.entities.filter((e) => e.count > 0);
  if (entities.length) write(`## ${ENTITIES_HEADING[options.language.startsWith('fr') ? 'fr' : 'en']}\n\n${entities.map((e) => entityLine(e, item.mentions)).join('')}\n`);
  const placed = annotations.filter((a) => !a.orphan);
  const orphans = annotations.filter((a) => a.orphan);
  if (placed.length) write(`## ${w.passages}\n\n`);
  for (const a of placed) write(annotationMarkdown(a, options, doc.url, item.pageOf[a.id]));
  if (orphans.length) write(`## ${w.orphans}\n\n*${w.orphansHelp}*\n\n`);
  for (const a of orphans) write(annotationMarkdown(a, options, doc.url));
}

/** Several articles in one Markdown stream: one front matter for the export, then each article under its title. */
export function writeCollectionHeader(count: number, options: Options, write: (chunk: string) => void, exportedAt: string): void {
  write(['---', `title: ${yamlString(words(options.language).collectionTitle)}`, `exported: ${yamlString(exportedAt)}`, `articles: ${count}`, '---', '', ''].join('\n'));
}
