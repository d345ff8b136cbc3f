import { extname, basename } from 'node:path';
import { AppError } from '../contract/errors.ts';
import { MAX_IMPORT_BYTES, type DocumentFormat } from '../contract/schemas.ts';
import type { NewDocument } from '../store/documents.ts';
import { decodeText } from './decode.ts';
import { tooLarge } from './read-file.ts';
import { parseHtml, type ParsedHtml } from './html.ts';
import { detectLanguage } from './language.ts';
import { parseMarkdown } from './markdown.ts';
import { countWords, documentIdFor } from './normalise.ts';
import { parsePlainText } from './plain-text.ts';

const FORMATS: Record<string, DocumentFormat> = {
  '': 'text', '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.pdf': 'pdf', '.epub': 'epub',
};

export function formatFor(fileName: string): DocumentFormat | undefined {
  return FORMATS[extname(fileName).toLowerCase()];
}

/** One file's bytes → a document ready to store, or an AppError saying what is wrong with the file. Pure: no I/O. */
export function parseFile(fileName: string, bytes: Uint8Array, importedAt = new Date().toISOString()): NewDocument {
  const name = basename(fileName);
  let format = formatFor(name);
  if (!format) throw new AppError('unsupported_type', `unsupported type ${extname(name)}`, { extension: extname(name) || name });
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(bytes.length);
  // PDFs (page by page, asynchronously) and EPUBs are read by read-document.ts.
  if (format === 'pdf' || format === 'epub') throw new AppError('unsupported_type', `a ${format} is read by read-document.ts`, { extension: `.${format}` });
  const { text: decoded, encoding } = decodeText(bytes);
  if (format === 'text' && /^\s*<(?:!doctype html|html[\s>])/i.test(decoded)) format = 'html';
  const fallbackTitle = name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || name;

  if (format === 'text') {
    const parsed = parsePlainText(decoded, fallbackTitle);
    const body = parsed.blocks.filter((b) => b.kind === 'paragraph').map((b) => decoded.slice(b.start, b.end)).join('\n');
    return {
      id: documentIdFor(decoded), title: parsed.title, source: parsed.source, author: parsed.author, place: parsed.place,
      url: parsed.url, published: parsed.published, language: detectLanguage(body || decoded), format, fileName: name,
      encoding, importedAt, wordCount: countWords(decoded), text: decoded, html: null, blocks: parsed.blocks, original: bytes,
    };
  }
  const parsed: ParsedHtml = format === 'html' ? parseHtml(decoded, null) : parseMarkdown(decoded);
  return {
    id: documentIdFor(parsed.text), title: parsed.title ?? fallbackTitle, source: parsed.source, author: parsed.author,
    place: null, url: null, published: parsed.published, language: detectLanguage(parsed.text) ?? parsed.language,
    format, fileName: name, encoding, importedAt, wordCount: countWords(parsed.text), text: parsed.text,
    html: parsed.html, blocks: parsed.blocks, original: bytes,
  };
}
