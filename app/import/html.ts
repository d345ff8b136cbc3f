import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM, type DomElement, type DomNode } from 'jsdom';
import { defaultTreeAdapter, parse } from 'parse5';
import type { Block } from '../contract/schemas.ts';
import { AppError } from '../contract/errors.ts';
import { sanitiseArticleHtml } from '../contract/shared/sanitise-config.ts';

export interface ParsedHtml {
  title: string | null;
  author: string | null;
  source: string | null;
  published: string | null;
  language: string | null;
  /** Sanitised article HTML: no scripts, handlers, styles, frames, forms, or anything that loads from elsewhere. */
  html: string;
  text: string;
  blocks: Block[];
}

export const BLOCK_KINDS: Record<string, Block['kind']> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', PRE: 'paragraph', BLOCKQUOTE: 'quote', LI: 'item', FIGCAPTION: 'caption', DT: 'paragraph',
  DD: 'paragraph', TD: 'paragraph', TH: 'paragraph', CAPTION: 'caption',
};

/**
 * How deep a page's elements may nest (counting html and body). jsdom and Readability are recursive and slower than
 * linear in depth: 200 levels take under a second, 512 take seconds, 100,000 took a minute and overflowed the stack.
 * Real pages stay well under a hundred.
 */
export const MAX_HTML_DEPTH = 256;

/**
 * Refuses HTML nested deeper than `limit` elements, before jsdom, Readability or DOMPurify see it. The depth is the
 * HTML parser's own: parse5 (the parser jsdom uses) runs without a DOM and counts its stack of open elements, stopping
 * as soon as the limit is passed. A count of tags would not do: the parser opens elements the tags never show — it
 * reopens every unclosed <b> in each new block, so `<div><b data-n></div>` a few hundred times builds a tree hundreds
 * deep that a tag count sees as two — and closes others that the tags leave open (<p>, <li>, <td>).
 */
export function checkHtmlDepth(html: string, limit = MAX_HTML_DEPTH): void {
  let open = 0;
  parse(html, {
    scriptingEnabled: false, // as jsdom parses: <noscript> content is markup
    treeAdapter: {
      ...defaultTreeAdapter,
      onItemPush() {
        if (++open > limit) throw new AppError('too_deeply_nested', `more than ${limit} levels of HTML elements`, { limit, what: 'HTML elements' });
      },
      onItemPop() {
        open--;
      },
    },
  });
}

/**
 * Extracts the article from a web page with Mozilla Readability, then sanitises it with DOMPurify. Nothing is ever
 * fetched: jsdom loads no sub-resources and runs no scripts, and images that point elsewhere are dropped. A page
 * nested too deeply for that is refused first (checkHtmlDepth).
 */
export function parseHtml(html: string, pageUrl: string | null): ParsedHtml {
  checkHtmlDepth(html);
  const dom = new JSDOM(html, { url: pageUrl && /^https?:\/\//.test(pageUrl) ? pageUrl : 'https://article.invalid/' });
  try {
    const { document } = dom.window;
    const language = document.documentElement.getAttribute('lang');
    const fallbackTitle = document.title.trim() || null;
    const article = new Readability(document as never, { charThreshold: 100 }).parse();
    const content = article?.content ?? document.body.innerHTML;
    const body = sanitise(dom.window, content);
    const { text, blocks } = textWithBlocks(body);
    if (text.trim().length === 0) throw new AppError('no_readable_content', 'no article text in the page');
    return {
      title: article?.title?.trim() || fallbackTitle,
      author: article?.byline?.trim() || null,
      source: article?.siteName?.trim() || null,
      published: article?.publishedTime?.slice(0, 10) || null,
      language: article?.lang?.slice(0, 2).toLowerCase() || language?.slice(0, 2).toLowerCase() || null,
      html: body.innerHTML,
      text,
      blocks,
    };
  } finally {
    dom.window.close();
  }
}

/**
 * DOMPurify with the article rules (only inline data images survive, links open nothing by themselves): the same
 * function the reader runs again before display, so what is stored is what is shown.
 */
export function sanitise(window: unknown, html: string): DomElement {
  const clean = sanitiseArticleHtml(createDOMPurify(window as never), html);
  return new JSDOM(`<body>${clean}</body>`).window.document.body;
}

/** A block's canonical text: its text with runs of white space made one space, trimmed, NFC. */
export function blockText(node: DomNode): string {
  return (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim().normalize('NFC');
}

/**
 * The canonical text of sanitised HTML: the text of each block element, blocks separated by a blank line. Blocks
 * record where each one sits in that text, so a view can map positions both ways.
 */
export function textWithBlocks(root: DomElement): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  const visit = (node: DomNode): void => {
    const kind = node.nodeType === 1 ? BLOCK_KINDS[node.nodeName] : undefined;
    const hasBlockChild = kind && Array.from(node.childNodes).some((c) => c.nodeType === 1 && BLOCK_KINDS[c.nodeName]);
    if (kind && !hasBlockChild) {
      const content = blockText(node);
      if (!content) return;
      if (text) text += '\n\n';
      blocks.push({ kind, start: text.length, end: text.length + content.length });
      text += content;
      return;
    }
    Array.from(node.childNodes).forEach(visit);
  };
  visit(root);
  if (blocks.length === 0) {
    const content = blockText(root);
    if (content) blocks.push({ kind: 'paragraph', start: 0, end: content.length });
    text = content;
  }
  return { text, blocks };
}
