import { basename } from 'node:path';
import { JSDOM, type DomDocument } from 'jsdom';
import { dateParts, personName } from '../citations/csl-values.ts';
import { AppError } from '../contract/errors.ts';
import { checkHtmlDepth, sanitise, textWithBlocks } from '../import/html.ts';
import { detectLanguage } from '../import/language.ts';
import { countWords, documentIdFor } from '../import/normalise.ts';
import type { NewDocument } from '../store/documents.ts';
import type { CslItem } from '../store/page-assets.ts';
import { byName, openEpub, textOf } from './epub-package.ts';

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
  const { opf, chapters: spine } = openEpub(bytes);
  const chapters = spine.map(({ html }) => {
    checkHtmlDepth(html);
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
    return `<section>${body}</section>`;
  });
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
