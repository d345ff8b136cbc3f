import { parse as parseHtml, type DefaultTreeAdapterTypes as Html } from 'parse5';
import { cleanTags, hasColumns, readCsv, unixSecondsToIso, unusableAddress } from './csv-exports.ts';
import { invalidExport } from './read-export.ts';
import type { ToolEntry, ToolExport } from './types.ts';

const CSV_COLUMNS = ['title', 'url', 'time_added'];
const HTML_TITLE = /<title>\s*Pocket Export\s*<\/title>/i;
const HTML_SECTION = /<h1>\s*(?:Unread|Read Archive)\s*<\/h1>/i;
const HTML_LINK = /<a\s[^>]*\btime_added\s*=/i;

/**
 * Whether this file is a Pocket export, from its content whatever its name: the CSV's header line (title, url,
 * time_added), or the HTML page's title “Pocket Export” or its Unread / Read Archive headings over time_added links.
 */
export function looksLikePocket(_name: string, head: string): boolean {
  return hasColumns(head, CSV_COLUMNS) || looksLikePocketHtml(head);
}

/** Reads a Pocket export, CSV or HTML: one article a row or link, with its tags and whether it was archived. */
export function parsePocket(text: string, _name: string): ToolExport {
  const html = !hasColumns(text, CSV_COLUMNS) && looksLikePocketHtml(text.slice(0, 8192));
  return html ? parsePocketHtml(text) : parsePocketCsv(text);
}

function looksLikePocketHtml(head: string): boolean {
  return HTML_TITLE.test(head) || (HTML_SECTION.test(head) && HTML_LINK.test(head));
}

/** The CSV export: `title,url,time_added,tags,status`, tags separated by `|`, status `unread` or `archive`. */
function parsePocketCsv(text: string): ToolExport {
  const result: ToolExport = { tool: 'pocket', entries: [], skipped: [] };
  for (const { line, fields } of readCsv('Pocket', text, CSV_COLUMNS)) {
    const at = `line ${line}`;
    const status = fields.status?.trim().toLowerCase() ?? '';
    if (status !== '' && status !== 'unread' && status !== 'archive') {
      throw invalidExport('Pocket', at, `the status “${fields.status}” is neither “unread” nor “archive”`);
    }
    addEntry(result, {
      at,
      title: fields.title ?? '',
      url: fields.url ?? '',
      timeAdded: fields.time_added ?? '',
      tags: (fields.tags ?? '').split('|'),
      archived: status === 'archive',
    });
  }
  return result;
}

/**
 * The older HTML export: links under an “Unread” heading, then under “Read Archive” (archived ones), each with
 * time_added and comma-separated tags attributes. parse5 decodes the escaped attribute values.
 */
function parsePocketHtml(text: string): ToolExport {
  const result: ToolExport = { tool: 'pocket', entries: [], skipped: [] };
  const document = parseHtml(text, { sourceCodeLocationInfo: true });
  let archived = false;
  let links = 0;
  for (const element of elements(document)) {
    if (element.tagName === 'h1') archived = /^read archive$/i.test(textOf(element).trim());
    if (element.tagName !== 'a') continue;
    links++;
    const attribute = (name: string) => element.attrs.find((a) => a.name === name)?.value ?? '';
    const line = element.sourceCodeLocation?.startLine;
    addEntry(result, {
      at: line ? `line ${line}` : `entry ${links}`,
      title: textOf(element),
      url: attribute('href'),
      timeAdded: attribute('time_added'),
      tags: attribute('tags').split(','),
      archived,
    });
  }
  return result;
}

interface PocketItem {
  at: string;
  title: string;
  url: string;
  timeAdded: string;
  tags: string[];
  archived: boolean;
}

/** Adds an article of either format, or sets it aside when its address is of no use; a broken one throws. */
function addEntry(result: ToolExport, item: PocketItem): void {
  const title = item.title.replace(/\s+/g, ' ').trim() || null;
  const url = item.url.trim();
  if (!title && !url) throw invalidExport('Pocket', item.at, 'the article has neither a title nor an address');
  const savedAt = unixSecondsToIso(item.timeAdded, 'Pocket', item.at);
  const unusable = unusableAddress(url);
  if (unusable) {
    result.skipped.push({ at: item.at, reason: unusable });
    return;
  }
  const entry: ToolEntry = { at: item.at, title, url, savedAt, archived: item.archived, highlights: [] };
  const tags = cleanTags(item.tags);
  if (tags.length > 0) entry.tags = tags;
  result.entries.push(entry);
}

/** The nodes under a node in document order, walked without recursion (a hostile file may nest deeply). */
function* descendants(root: Html.ParentNode): Generator<Html.ChildNode> {
  const stack: Html.ChildNode[] = [...root.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (!('tagName' in node)) continue;
    const children = node.tagName === 'template' ? (node as Html.Template).content.childNodes : node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

function* elements(root: Html.ParentNode): Generator<Html.Element> {
  for (const node of descendants(root)) if ('tagName' in node) yield node;
}

function textOf(element: Html.Element): string {
  let text = '';
  for (const node of descendants(element)) if (node.nodeName === '#text') text += (node as Html.TextNode).value;
  return text;
}
