import { extname } from 'node:path';
import type { NewDocument } from '../store/documents.ts';
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

/** Any file Apostille reads → an article: a PDF is read page by page (cancellable), the others at once. */
export async function readDocument(name: string, bytes: Uint8Array, importedAt: string, control: PdfControl = {}): Promise<NewDocument> {
  return isPdf(name, bytes) ? parsePdf(name, bytes, importedAt, control) : parseFile(name, bytes, importedAt);
}
