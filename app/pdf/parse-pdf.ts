import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { Block, DocumentPage } from '../contract/schemas.ts';
import { pdfPageText } from '../contract/shared/pdf-text.ts';
import { detectLanguage } from '../import/language.ts';
import { countWords, documentIdFor } from '../import/normalise.ts';
import type { NewDocument } from '../store/documents.ts';
import { openPdf, pdfError } from './load-pdf.ts';
import { pdfDetails, type RawPdfMetadata } from './pdf-metadata.ts';

export interface PdfControl {
  signal?: AbortSignal;
  /** Called between pages: yields to the worker's other work (and to a cancel). */
  pause?: () => Promise<void>;
  page?: (done: number, total: number) => void;
}

/** Thrown when the import was cancelled while a PDF was being read: nothing to report about the file. */
export class PdfCancelled extends Error {}

// The file's identifier (`/ID [<…> <…>]` in its trailer), which writers keep across saves of one document.
const DOCUMENT_ID = /\/ID\s*\[\s*[<(]/;

/**
 * pdf.js's fingerprint, when it comes from the file's identifier. Without one, pdf.js hashes the first kilobyte,
 * which two unrelated files from the same tool may share: such a fingerprint would join documents that are not one.
 */
function documentFingerprint(bytes: Uint8Array, fingerprint: string | null | undefined): string | null {
  if (!fingerprint) return null;
  return DOCUMENT_ID.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')) ? fingerprint : null;
}

/** The first page's first heading, as a title when the file states none (a report's cover). */
function coverTitle(text: string, blocks: Block[], firstPage: DocumentPage | undefined): string | null {
  if (!firstPage) return null;
  const heading = blocks.find((b) => b.kind === 'heading' && b.start >= firstPage.start && b.end <= firstPage.end);
  const title = heading ? text.slice(heading.start, heading.end).replace(/\s+/g, ' ').trim() : '';
  return title.length >= 3 && title.length <= 300 ? title : null;
}

/**
 * A PDF's bytes → an article: each page's text extracted once, in pdf.js's reading order, into one canonical text
 * (pages apart, lines joined, hyphenation undone, ligatures folded), where each page starts and its size, the details
 * the file states, and pdf.js's fingerprint. A PDF with no text at all (a scan) is kept too, by its bytes' hash.
 */
export async function parsePdf(fileName: string, bytes: Uint8Array, importedAt: string, control: PdfControl = {}): Promise<NewDocument> {
  const opened = await openPdf(bytes, control.signal);
  try {
    const { pdf } = opened;
    let text = '';
    const blocks: Block[] = [];
    const pages: DocumentPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const turned = page.rotate % 180 !== 0;
      const width = Math.abs(x1 - x0);
      const height = Math.abs(y1 - y0);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      const pageText = pdfPageText(items);
      page.cleanup();
      if (pageText.text && text) text += '\n\n';
      const start = text.length;
      text += pageText.text;
      for (const block of pageText.blocks) blocks.push({ ...block, start: block.start + start, end: block.end + start });
      pages.push({ start, end: text.length, width: turned ? height : width, height: turned ? width : height });
      control.page?.(number, pdf.numPages);
      await control.pause?.();
      if (control.signal?.aborted) throw new PdfCancelled();
    }
    const details = pdfDetails(await pdf.getMetadata() as unknown as RawPdfMetadata);
    const name = basename(fileName);
    const fallbackTitle = name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || name;
    const id = text ? documentIdFor(text) : createHash('sha256').update(bytes).digest('hex').slice(0, 32);
    return {
      id, title: details.title ?? coverTitle(text, blocks, pages[0]) ?? fallbackTitle, source: null, author: details.author, place: null,
      url: null, published: details.published, language: detectLanguage(text) ?? details.language, format: 'pdf', fileName: name,
      encoding: null, importedAt, wordCount: countWords(text), text, html: null, blocks, original: bytes, pages,
      fingerprint: documentFingerprint(bytes, pdf.fingerprints[0]),
    };
  } catch (error) {
    if (control.signal?.aborted || error instanceof PdfCancelled) throw new PdfCancelled('cancelled');
    throw pdfError(error);
  } finally {
    await opened.close();
  }
}
