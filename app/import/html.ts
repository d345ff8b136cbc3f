import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM, type DomElement, type DomNode } from 'jsdom';
import type { Block } from '../contract/schemas.ts';
import { AppError } from '../contract/errors.ts';
import { INLINE_IMAGE, SANITISE_CONFIG } from '../contract/shared/sanitise-config.ts';

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

const BLOCK_KINDS: Record<string, Block['kind']> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', PRE: 'paragraph', BLOCKQUOTE: 'quote', LI: 'item', FIGCAPTION: 'caption', DT: 'paragraph',
  DD: 'paragraph', TD: 'paragraph', TH: 'paragraph', CAPTION: 'caption',
};


/**
 * Extracts the article from a web page with Mozilla Readability, then sanitises it with DOMPurify. Nothing is ever
 * fetched: jsdom loads no sub-resources and runs no scripts, and images that point elsewhere are dropped.
 */
export function parseHtml(html: string, pageUrl: string | null): ParsedHtml {
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

/** DOMPurify, then the article-specific rules: only inline data images survive, links open nothing by themselves. */
export function sanitise(window: unknown, html: string): DomElement {
  const purify = createDOMPurify(window as never);
  const clean = purify.sanitize(html, SANITISE_CONFIG) as unknown as string;
  const body = new JSDOM(`<body>${clean}</body>`).window.document.body;
  for (const img of Array.from(body.querySelectorAll('img'))) {
    if (!INLINE_IMAGE.test(img.getAttribute('src') ?? '')) img.remove();
  }
  for (const link of Array.from(body.querySelectorAll('a'))) {
    if (!/^(?:https?:|mailto:)/i.test(link.getAttribute('href') ?? '')) link.removeAttribute('href');
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  return body;
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
      const content = (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim().normalize('NFC');
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
    const content = (root.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim().normalize('NFC');
    if (content) blocks.push({ kind: 'paragraph', start: 0, end: content.length });
    text = content;
  }
  return { text, blocks };
}
