import { basename, posix } from 'node:path';
import { unzipSync } from 'fflate';
import { JSDOM, type DomDocument, type DomElement } from 'jsdom';
import { dateParts, personName } from '../citations/csl-values.ts';
import { AppError } from '../contract/errors.ts';
import { checkHtmlDepth, sanitise, textWithBlocks } from '../import/html.ts';
import { detectLanguage } from '../import/language.ts';
import { countWords, documentIdFor } from '../import/normalise.ts';
import type { NewDocument } from '../store/documents.ts';
import type { CslItem } from '../store/page-assets.ts';

// A book's files, inflated: refused past these (a zip that inflates without end).
const MAX_FILES = 10_000;
const MAX_INFLATED = 200 * 1024 * 1024;

const damaged = (reason: string) => new AppError('epub_damaged', reason, { reason });

function inflate(bytes: Uint8Array): Map<string, Uint8Array> {
  let files = 0;
  let inflated = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        files++;
        inflated += file.originalSize;
        if (files > MAX_FILES || inflated > MAX_INFLATED) throw damaged(`more than ${MAX_FILES} files or ${MAX_INFLATED / 1024 / 1024} MB once inflated`);
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw damaged(`not a zip archive (${String((error as Error).message ?? error)})`);
  }
  return new Map(Object.entries(entries));
}

function xml(bytes: Uint8Array | undefined, what: string): DomDocument {
  if (!bytes) throw damaged(`${what} is missing`);
  try {
    return new JSDOM(new TextDecoder().decode(bytes), { contentType: 'application/xml' }).window.document;
  } catch {
    throw damaged(`${what} is not well-formed XML`);
  }
}

/** Elements by local name, whatever their namespace prefix (dc:title, opf:meta…). */
const byName = (root: DomElement, name: string): DomElement[] => Array.from(root.getElementsByTagNameNS('*', name));
const textOf = (element: DomElement | undefined): string | null => element?.textContent?.replace(/\s+/g, ' ').trim() || null;

export interface EpubDetails {
  title: string | null;
  creators: string[];
  language: string | null;
  publisher: string | null;
  date: string | null;
  identifiers: string[];
}

/** The package document's Dublin Core metadata. */
function detailsOf(opf: DomDocument): EpubDetails {
  const metadata = byName(opf, 'metadata')[0];
  const all = (name: string) => (metadata ? byName(metadata, name).map((e) => textOf(e)).filter((v): v is string => Boolean(v)) : []);
  const date = all('date')[0]?.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0] ?? null;
  return { title: all('title')[0] ?? null, creators: all('creator'), language: all('language')[0]?.slice(0, 2).toLowerCase() ?? null, publisher: all('publisher')[0] ?? null, date, identifiers: all('identifier') };
}

/** The book's citation: a CSL book with its authors, publisher, date and ISBN. */
function citationOf(details: EpubDetails, title: string): CslItem {
  const item: CslItem = { type: 'book', title };
  if (details.creators.length) item.author = details.creators.map(personName);
  if (details.publisher) item.publisher = details.publisher;
  if (details.date) item.issued = dateParts(details.date);
  if (details.language) item.language = details.language;
  const isbn = details.identifiers.map((i) => i.replace(/^urn:isbn:/i, '').replace(/[\s-]/g, '')).find((i) => /^(?:97[89])?\d{9}[\dX]$/i.test(i));
  if (isbn) item.ISBN = isbn;
  return item;
}

/**
 * An EPUB's bytes → an article: its chapters in reading order (the spine), each sanitised as any imported HTML (no
 * scripts, styles, frames or remote resources: a book's scripts never run), one canonical text, and the details its
 * package document states (title, creators, language, publisher, date, identifiers, as its citation). A book whose
 * content is encrypted (DRM) is refused in words.
 */
export function parseEpub(fileName: string, bytes: Uint8Array, importedAt: string): NewDocument {
  const files = inflate(bytes);
  const container = xml(files.get('META-INF/container.xml'), 'META-INF/container.xml');
  const opfPath = byName(container, 'rootfile')[0]?.getAttribute('full-path');
  if (!opfPath) throw damaged('its container names no package document');
  if (files.has('META-INF/encryption.xml') && byName(xml(files.get('META-INF/encryption.xml'), 'encryption.xml'), 'EncryptedData').length > 0) {
    throw new AppError('epub_protected', 'the book is encrypted (DRM)');
  }
  const opf = xml(files.get(opfPath), opfPath);
  const folder = posix.dirname(opfPath);
  const manifest = new Map(byName(opf, 'item').map((item) => [item.getAttribute('id') ?? '', item]));
  const chapters: string[] = [];
  for (const ref of byName(opf, 'itemref')) {
    if (ref.getAttribute('linear') === 'no') continue;
    const item = manifest.get(ref.getAttribute('idref') ?? '');
    const href = item?.getAttribute('href');
    if (!href || !/html/.test(item?.getAttribute('media-type') ?? '')) continue;
    const path = posix.normalize(posix.join(folder === '.' ? '' : folder, decodeURIComponent(href.split('#')[0]!)));
    const content = files.get(path);
    if (!content) continue;
    const html = new TextDecoder().decode(content);
    checkHtmlDepth(html);
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
    chapters.push(`<section>${body}</section>`);
  }
  if (chapters.length === 0) throw damaged('its spine names no chapter');
  const dom = new JSDOM('<!doctype html><body></body>');
  const root = sanitise(dom.window, chapters.join('\n'));
  const { text, blocks } = textWithBlocks(root);
  if (!text.trim()) throw new AppError('no_readable_content', 'no text in the book');
  const details = detailsOf(opf);
  const name = basename(fileName);
  const title = details.title ?? (name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || name);
  return {
    id: documentIdFor(text), title, source: details.publisher, author: details.creators.join(', ') || null, place: null, url: null,
    published: details.date, language: detectLanguage(text) ?? details.language, format: 'epub', fileName: name, encoding: 'utf-8',
    importedAt, wordCount: countWords(text), text, html: root.innerHTML, blocks, original: bytes, citation: citationOf(details, title),
  };
}
