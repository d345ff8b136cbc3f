import { JSDOM } from 'jsdom';
import { Marked, Tokenizer } from 'marked';
import type { ParsedHtml } from './html.ts';
import { checkHtmlDepth, sanitise, textWithBlocks } from './html.ts';
import { AppError } from '../contract/errors.ts';

/**
 * How deep quotes and lists may nest, and emphasis (italic, bold, struck-through text) inside one another. marked is
 * recursive and, per level, goes over the rest of the text again: 1,000 nested quotes take seconds, 50,000 end in
 * "Maximum call stack size exceeded". Real documents nest a handful of levels.
 */
export const MAX_MARKDOWN_DEPTH = 100;
export const MAX_EMPHASIS_DEPTH = 32;

// Emphasis nesting is counted where marked builds it: its em/strong and del tokenizers call themselves for the text
// they enclose, so a wrapper sees the real depth (which delimiters pair up is marked's business, and a scan of the
// source could only guess it). Parsing is synchronous, so one counter per thread suffices.
let emphasisDepth = 0;
function guarded<A extends unknown[], R>(original: (...args: A) => R) {
  return function (this: Tokenizer, ...args: A): R {
    if (++emphasisDepth > MAX_EMPHASIS_DEPTH) {
      throw new AppError('too_deeply_nested', `more than ${MAX_EMPHASIS_DEPTH} levels of emphasis`, { limit: MAX_EMPHASIS_DEPTH, what: 'emphasis' });
    }
    try {
      return original.apply(this, args);
    } finally {
      emphasisDepth--;
    }
  };
}

const marked = new Marked({
  gfm: true,
  async: false,
  tokenizer: { emStrong: guarded(Tokenizer.prototype.emStrong), del: guarded(Tokenizer.prototype.del) },
});

/** Markdown → HTML (marked) → the same sanitiser as web pages. Title from front matter or the first heading. */
export function parseMarkdown(source: string): ParsedHtml {
  const { body: markdown, fields } = frontMatter(source);
  checkMarkdownDepth(markdown);
  const html = toHtml(markdown);
  // Raw HTML passes through marked untouched: it is held to the same limit as a web page.
  checkHtmlDepth(html);
  const window = new JSDOM('').window;
  try {
    const body = sanitise(window, html);
    const { text, blocks } = textWithBlocks(body);
    if (!text.trim()) throw new AppError('no_readable_content', 'the Markdown file has no text');
    const firstHeading = blocks.find((b) => b.kind === 'heading');
    return {
      title: fields.title ?? (firstHeading ? text.slice(firstHeading.start, firstHeading.end) : null),
      author: fields.author ?? null,
      source: fields.source ?? null,
      published: fields.date?.slice(0, 10) ?? null,
      language: fields.lang ?? fields.language ?? null,
      html: body.innerHTML,
      text,
      blocks,
    };
  } finally {
    window.close();
  }
}

function toHtml(markdown: string): string {
  emphasisDepth = 0;
  try {
    return marked.parse(markdown) as string;
  } catch (error) {
    // marked appends “Please report this to …” to whatever is thrown inside it; ours is not a marked bug.
    if (error instanceof AppError) throw new AppError(error.code, error.message.split('\n')[0]!, error.details);
    throw error;
  }
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * Refuses Markdown whose quotes or lists nest deeper than `limit`, before marked sees it. A cheap scan of each line's
 * opening, and sound: a line at depth n carries a `>` for each quote it is in, and for each list either a marker or at
 * least two columns of indentation (a marker and its space), since a list item's content is indented past its marker.
 * So quotes + markers + half the remaining indentation is never less than the true depth (it is more on indented code
 * or four-space list styles, which needs documents far past any real nesting to matter).
 */
export function checkMarkdownDepth(markdown: string, limit = MAX_MARKDOWN_DEPTH): void {
  const text = markdown.replace(/\r\n?/g, '\n'); // as marked reads line ends
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let quotes = 0;
    let lists = 0;
    let indent = 0;
    let column = 0; // from the start of the line, for tab stops
    let i = start;
    for (;;) {
      for (; i < end && (text[i] === ' ' || text[i] === '\t'); i++) {
        const width = text[i] === '\t' ? 4 - (column % 4) : 1;
        indent += width;
        column += width;
      }
      if (text[i] === '>') {
        quotes++;
        const width = text[i + 1] === ' ' ? 2 : 1; // the space after > belongs to the marker
        i += width;
        column += width;
        continue;
      }
      const marker = LIST_MARKER.exec(text.slice(i, Math.min(end, i + 11)));
      if (!marker) break;
      lists++;
      const width = marker[0].length + (text[i + marker[0].length] === ' ' ? 1 : 0);
      i += width;
      column += width;
    }
    const depth = quotes + lists + Math.floor(indent / 2);
    if (depth > limit) {
      const what = quotes > depth - quotes ? 'quotes' : 'lists';
      throw new AppError('too_deeply_nested', `more than ${limit} levels of ${what}`, { limit, what });
    }
    start = end + 1;
  }
}

/** A leading `---` block of `key: value` lines (the common subset of YAML front matter). */
function frontMatter(source: string): { body: string; fields: Record<string, string> } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { body: source, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (field?.[2]) fields[field[1]!.toLowerCase()] = field[2].replace(/^["']|["']$/g, '').trim();
  }
  return { body: source.slice(match[0].length), fields };
}
