import { extname } from 'node:path';
import type { NewDocument } from '../store/documents.ts';
import { parseEpub } from '../epub/parse-epub.ts';
import { parsePdf, type PdfControl } from '../pdf/parse-pdf.ts';
import { parseFile } from './parse-file.ts';

const PDF_MAGIC = '%PDF-';

/**
 * A PDF by its name, or by its first bytes whatever its name. Only a file that starts with the header counts: a text
 * that mentions `%PDF-` further on is still a text.
 */
export function isPdf(name: string, bytes: Uint8Array): boolean {
  if (extname(name).toLowerCase() === '.pdf') return true;
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_MAGIC.length)).toString('latin1') === PDF_MAGIC;
}

// An EPUB is a zip whose first entry, stored uncompressed, is "mimetype" holding application/epub+zip.
const EPUB_MAGIC = 'PK\u0003\u0004';
const EPUB_MIMETYPE = 'mimetypeapplication/epub+zip';

/** An EPUB by its name, or by its first bytes whatever its name. */
export function isEpub(name: string, bytes: Uint8Array): boolean {
  if (extname(name).toLowerCase() === '.epub') return true;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 128)).toString('latin1');
  return head.startsWith(EPUB_MAGIC) && head.slice(30, 30 + EPUB_MIMETYPE.length) === EPUB_MIMETYPE;
}

/** Any file Apostille reads → an article: a PDF is read page by page (cancellable), an EPUB chapter by chapter. */
export async function readDocument(name: string, bytes: Uint8Array, importedAt: string, control: PdfControl = {}): Promise<NewDocument> {
  if (isPdf(name, bytes)) return parsePdf(name, bytes, importedAt, control);
  if (isEpub(name, bytes)) return parseEpub(name, bytes, importedAt);
  return parseFile(name, bytes, importedAt);
}
