import { posix } from 'node:path';
import { unzipSync } from 'fflate';
import { JSDOM, type DomDocument, type DomElement } from 'jsdom';
import { AppError } from '../contract/errors.ts';

// A book's files, inflated: refused past these (a zip that inflates without end).
const MAX_FILES = 10_000;
const MAX_INFLATED = 200 * 1024 * 1024;

export const damaged = (reason: string) => new AppError('epub_damaged', reason, { reason });

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
export const byName = (root: DomElement, name: string): DomElement[] => Array.from(root.getElementsByTagNameNS('*', name));
export const textOf = (element: DomElement | undefined): string | null => element?.textContent?.replace(/\s+/g, ' ').trim() || null;

/** A chapter of the book: a linear spine item that is (X)HTML, with its file's path and text. */
export interface EpubChapter {
  path: string;
  html: string;
  /** Its place among all the spine's items (non-linear ones included), as EPUB CFIs count them. */
  spineIndex: number;
}

/**
 * An EPUB's files and its package document, and its chapters in reading order: the spine's linear (X)HTML items. A
 * book whose content is encrypted (DRM) is refused in words, a damaged one too.
 */
export function openEpub(bytes: Uint8Array): { files: Map<string, Uint8Array>; opf: DomDocument; itemrefs: DomElement[]; chapters: EpubChapter[] } {
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
  const itemrefs = byName(opf, 'itemref');
  const chapters: EpubChapter[] = [];
  itemrefs.forEach((ref, spineIndex) => {
    if (ref.getAttribute('linear') === 'no') return;
    const item = manifest.get(ref.getAttribute('idref') ?? '');
    const href = item?.getAttribute('href');
    if (!href || !/html/.test(item?.getAttribute('media-type') ?? '')) return;
    const path = posix.normalize(posix.join(folder === '.' ? '' : folder, decodeURIComponent(href.split('#')[0]!)));
    const content = files.get(path);
    if (content) chapters.push({ path, html: new TextDecoder().decode(content), spineIndex });
  });
  if (chapters.length === 0) throw damaged('its spine names no chapter');
  return { files, opf, itemrefs, chapters };
}
