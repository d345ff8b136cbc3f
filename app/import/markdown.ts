import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import type { ParsedHtml } from './html.ts';
import { sanitise, textWithBlocks } from './html.ts';
import { AppError } from '../contract/errors.ts';

const marked = new Marked({ gfm: true, async: false });

/** Markdown → HTML (marked) → the same sanitiser as web pages. Title from front matter or the first heading. */
export function parseMarkdown(source: string): ParsedHtml {
  const { body: markdown, fields } = frontMatter(source);
  const window = new JSDOM('').window;
  try {
    const body = sanitise(window, marked.parse(markdown) as string);
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
