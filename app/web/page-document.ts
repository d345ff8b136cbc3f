import { AppError } from '../contract/errors.ts';
import { detectLanguage } from '../import/language.ts';
import { countWords, documentIdFor } from '../import/normalise.ts';
import { parseFile } from '../import/parse-file.ts';
import { isPdf } from '../import/read-document.ts';
import { parsePdf } from '../pdf/parse-pdf.ts';
import type { NewDocument } from '../store/documents.ts';
import type { CslItem } from '../store/page-assets.ts';
import { decodePage } from './decode-page.ts';
import { fetchResource, PAGE_LIMITS } from './fetch-resource.ts';
import { extractPage } from './page-article.ts';
import { fetchImages } from './page-images.ts';
import { isoDay, readPageMetadata, type PageMetadata } from './page-metadata.ts';
import { dateParts, personName } from '../citations/csl-values.ts';
import { siteOf } from '../import/address-line.ts';

export interface SaveOptions {
  allowLocal: boolean;
  signal?: AbortSignal;
  /** Per page and per image (tests and the bench shorten it). */
  timeoutMs?: number;
  maxBytes?: number;
}

export interface SavedPage {
  doc: NewDocument;
  extractor: 'readability' | 'defuddle' | 'text' | 'pdf';
  imagesFailed: number;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;
const TEXT_TYPES: Record<string, string> = { 'text/plain': '.txt', 'text/markdown': '.md', 'text/x-markdown': '.md' };

/**
 * A web address → an article ready to store: the page fetched (redirects followed, every hop checked), decoded in
 * its own charset, its article extracted and sanitised, its metadata read, its images fetched once and named by
 * hash. The page as fetched is the article's original, so that extraction can be redone; a text or Markdown address
 * is imported as a file would be.
 */
export async function documentFromAddress(address: string, options: SaveOptions, importedAt: string): Promise<SavedPage> {
  const page = await fetchResource(address, {
    maxBytes: options.maxBytes ?? PAGE_LIMITS.maxBytes, timeoutMs: options.timeoutMs ?? PAGE_LIMITS.timeoutMs,
    maxRedirects: PAGE_LIMITS.maxRedirects, allowLocal: options.allowLocal, signal: options.signal,
    accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,application/pdf;q=0.8,*/*;q=0.1',
  });
  const mime = page.contentType.split(';')[0]!.trim().toLowerCase();
  const textExtension = TEXT_TYPES[mime];
  if (textExtension) {
    const name = fileNameOf(page.url, textExtension);
    const doc = parseFile(name, page.bytes, importedAt);
    return { doc: { ...doc, url: doc.url ?? page.url, fileName: null, source: doc.source ?? siteOfAddress(page.url) }, extractor: 'text', imagesFailed: 0 };
  }
  if (mime === 'application/pdf' || isPdf('', page.bytes)) {
    const doc = await parsePdf(fileNameOf(page.url, '.pdf'), page.bytes, importedAt, { signal: options.signal });
    return { doc: { ...doc, url: page.url, fileName: null, source: siteOfAddress(page.url) }, extractor: 'pdf', imagesFailed: 0 };
  }
  if (mime && !HTML_TYPES.test(mime)) throw new AppError('not_an_article', `a ${mime} resource`, { address: page.url, type: mime });

  const { text: html, encoding } = decodePage(page.bytes, page.contentType);
  const extracted = await extractPage(html, page.url);
  const meta = await readPageMetadata(html, extracted.articleProperties);
  const images = await fetchImages(extracted.imageUrls, { allowLocal: options.allowLocal, signal: options.signal, ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }) });
  const article = extracted.finish(images.stored);
  const shown = new Set(article.html.match(/(?<=data-image=")[0-9a-f]{64}/g) ?? []);
  const url = addressToKeep(page.url, meta.canonical);
  const doc: NewDocument = {
    id: documentIdFor(article.text),
    title: meta.title ?? extracted.title ?? new URL(page.url).hostname,
    source: meta.siteName ?? extracted.siteName ?? siteOfAddress(page.url),
    author: meta.authors.join(', ') || extracted.byline,
    place: null,
    url,
    published: meta.published ?? isoDay(extracted.published),
    language: detectLanguage(article.text) ?? meta.language ?? extracted.language?.slice(0, 2).toLowerCase() ?? null,
    format: 'html', fileName: null, encoding, importedAt,
    wordCount: countWords(article.text), text: article.text, html: article.html, blocks: article.blocks,
    original: page.bytes,
    images: images.images.filter((i) => shown.has(i.hash)),
  };
  doc.citation = citationOf(meta, doc, importedAt);
  return { doc, extractor: extracted.extractor, imagesFailed: images.failed };
}

/** The page's canonical address when it is on the same site (a syndicated copy's canonical is someone else's page). */
function addressToKeep(fetched: string, canonical: string | null): string {
  if (!canonical) return fetched;
  try {
    const c = new URL(canonical, fetched);
    return /^https?:$/.test(c.protocol) && siteOfAddress(c.toString()) === siteOfAddress(fetched) ? c.toString() : fetched;
  } catch {
    return fetched;
  }
}

/** The site an address is on, as the importer names sources (address-line.ts), else its host as it is. */
export function siteOfAddress(address: string): string {
  const { hostname } = new URL(address);
  return siteOf(hostname) ?? hostname;
}

function fileNameOf(address: string, extension: string): string {
  const last = decodeURIComponent(new URL(address).pathname.split('/').pop() ?? '').replace(/\.[^.]*$/, '');
  return `${last || siteOfAddress(address)}${extension}`;
}

/** The article's citation as CSL-JSON, from what the page said (dates as date-parts, people as family and given). */
export function citationOf(meta: PageMetadata, doc: NewDocument, accessed: string): CslItem {
  const item: CslItem = { type: meta.type, title: doc.title };
  if (meta.authors.length) item.author = meta.authors.map(personName);
  if (doc.source) item['container-title'] = doc.source;
  if (doc.published) item.issued = dateParts(doc.published);
  if (doc.url) item.URL = doc.url;
  item.accessed = dateParts(accessed.slice(0, 10));
  if (doc.language) item.language = doc.language;
  if (meta.description) item.abstract = meta.description;
  if (meta.section) item.section = meta.section;
  // The author line as the article shows it: while the reader leaves it as it is, these names are the citation's.
  const custom: Record<string, string> = {};
  if (meta.modified) custom.modified = meta.modified;
  if (doc.author && meta.authors.length) custom.byline = doc.author;
  if (Object.keys(custom).length) item.custom = custom;
  return item;
}

