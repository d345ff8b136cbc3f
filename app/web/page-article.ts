import { Readability } from '@mozilla/readability';
import { JSDOM, type DomDocument, type DomElement } from 'jsdom';
import { AppError } from '../contract/errors.ts';
import type { Block } from '../contract/schemas.ts';
import { checkHtmlDepth, sanitise, textWithBlocks } from '../import/html.ts';

/** An article cut out of a web page, before its images are fetched. */
export interface ExtractedPage {
  /** Which extractor found it (Readability first; Defuddle where Readability finds nothing worth reading). */
  extractor: 'readability' | 'defuddle';
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  language: string | null;
  /** The page's Open Graph `article:*` properties (`published_time`, `section`, `author`…). */
  articleProperties: Record<string, string[]>;
  /** The article's images, each once, as absolute http(s) addresses in the order they come. */
  imageUrls: string[];
  /** Finishes the article with the images that were fetched (address → stored hash; a missing one is left out). */
  finish(images: ReadonlyMap<string, string>): { html: string; text: string; blocks: Block[] };
}

/** Under this many characters of text, what was extracted is not an article (a menu, a sign-in form, a bare index). */
export const MIN_ARTICLE_CHARS = 200;
/** Images kept per article at most (a gallery page lists hundreds). */
export const MAX_IMAGES = 60;

const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSETS = ['data-srcset', 'data-lazy-srcset'];

/**
 * The article of a fetched page: Mozilla Readability first, then Defuddle as a second opinion when Readability's
 * result is too short to be the article. Each image gets the address of its best source (lazy-loading attributes and
 * srcset included), to be fetched once and stored by content hash; `finish` swaps the addresses for those hashes and
 * sanitises, so that the stored article loads nothing from the web when it is read.
 */
export async function extractPage(html: string, pageUrl: string): Promise<ExtractedPage> {
  checkHtmlDepth(html);
  const dom = new JSDOM(html, { url: pageUrl });
  const { document } = dom.window;
  const articleProperties = readArticleProperties(document);
  const pageLanguage = document.documentElement.getAttribute('lang');
  const fallbackTitle = document.title.trim() || null;
  const readability = new Readability(document as never, { charThreshold: 100 }).parse();
  let extractor: ExtractedPage['extractor'] = 'readability';
  let content = readability?.content ?? '';
  if (plainLength(content) < MIN_ARTICLE_CHARS) {
    const second = await defuddle(html, pageUrl);
    if (second && plainLength(second) > plainLength(content)) {
      content = second;
      extractor = 'defuddle';
    }
  }
  dom.window.close();
  if (plainLength(content) < MIN_ARTICLE_CHARS) throw new AppError('not_an_article', 'no article in the page', { address: pageUrl });

  const body = new JSDOM(`<body>${content}</body>`, { url: pageUrl });
  const images = new Map<DomElement, string>();
  for (const img of Array.from(body.window.document.body.querySelectorAll('img'))) {
    const source = bestSource(img, pageUrl);
    if (source && /^https?:/i.test(source)) images.set(img, source);
  }
  const imageUrls = [...new Set(images.values())].slice(0, MAX_IMAGES);
  return {
    extractor,
    title: readability?.title?.trim() || fallbackTitle,
    byline: readability?.byline?.trim() || null,
    siteName: readability?.siteName?.trim() || null,
    published: readability?.publishedTime ?? null,
    language: readability?.lang ?? pageLanguage,
    articleProperties,
    imageUrls,
    finish(stored) {
      for (const [img, source] of images) {
        const hash = stored.get(source);
        for (const name of ['src', 'srcset', ...LAZY_SOURCES, ...LAZY_SRCSETS]) img.removeAttribute(name);
        if (hash) img.setAttribute('data-image', hash);
      }
      const clean = sanitise(body.window, body.window.document.body.innerHTML);
      body.window.close();
      const { text, blocks } = textWithBlocks(clean);
      if (text.length < MIN_ARTICLE_CHARS / 2) throw new AppError('not_an_article', 'no article in the page', { address: pageUrl });
      return { html: clean.innerHTML, text, blocks };
    },
  };
}

async function defuddle(html: string, pageUrl: string): Promise<string | null> {
  const { default: Defuddle } = (await import('defuddle')) as unknown as { default: new (doc: unknown, options: object) => { parse(): { content: string } } };
  const dom = new JSDOM(html, { url: pageUrl });
  try {
    return new Defuddle(dom.window.document, { url: pageUrl }).parse().content || null;
  } catch {
    return null;
  } finally {
    dom.window.close();
  }
}

function plainLength(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim().length;
}

function readArticleProperties(document: DomDocument): Record<string, string[]> {
  const properties: Record<string, string[]> = {};
  for (const meta of Array.from(document.querySelectorAll('meta[property^="article:"]'))) {
    const name = meta.getAttribute('property')!.slice('article:'.length).toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (content) (properties[name] ??= []).push(content);
  }
  return properties;
}

/**
 * The address to fetch for an image: the largest candidate of its srcset (lazy or not) up to 2,000 px wide, else its
 * lazy-loading source, else its src unless that is a placeholder (a data: address while a real source waits).
 */
export function bestSource(img: DomElement, pageUrl: string): string | null {
  const absolute = (value: string | null | undefined): string | null => {
    if (!value?.trim()) return null;
    try {
      return new URL(value.trim(), pageUrl).toString();
    } catch {
      return null;
    }
  };
  for (const name of [...LAZY_SRCSETS, 'srcset']) {
    const chosen = pickFromSrcset(img.getAttribute(name));
    if (chosen) return absolute(chosen);
  }
  for (const name of LAZY_SOURCES) {
    const value = absolute(img.getAttribute(name));
    if (value) return value;
  }
  const src = img.getAttribute('src');
  return src && !src.startsWith('data:') ? absolute(src) : null;
}

function pickFromSrcset(srcset: string | null): string | null {
  if (!srcset?.trim()) return null;
  const candidates = srcset.split(/,\s+/).map((part) => {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    const size = Number.parseFloat(descriptor);
    return { url: url!, width: descriptor.endsWith('w') ? size : size * 1000 };
  }).filter((c) => c.url && Number.isFinite(c.width));
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.width - b.width);
  const fitting = candidates.filter((c) => c.width <= 2000);
  return (fitting.at(-1) ?? candidates[0]!).url;
}
