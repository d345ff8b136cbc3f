import { isoDate } from '../import/dates.ts';

/** What pdf.js's getMetadata() gives: the document information dictionary and the XMP packet, parsed. */
export interface RawPdfMetadata {
  info: Record<string, unknown>;
  metadata: { get(name: string): unknown } | null;
}

export interface PdfDetails {
  title: string | null;
  author: string | null;
  published: string | null;
  language: string | null;
}

// Titles that name the file, the page or the tool rather than the document, as word processors and browsers printing
// a page leave them (`Microsoft Word - report.docx`, `about:blank`, the page's address).
const JUNK_TITLE = /^(?:untitled|sans titre|document\d*|microsoft (?:word|powerpoint|excel)\b.*|.*\.(?:docx?|pdf|indd|qxd|rtf|odt|pptx?|xlsx?|tex|dvi|html?)|about:\S*|(?:https?|file|data):\S*)$/i;

function usable(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length >= 3 && !JUNK_TITLE.test(text) && /\p{L}/u.test(text) ? text : null;
}

/** A PDF date (`D:20240314093000+01'00'`) or an XMP one (`2024-03-14T09:30:00+01:00`) as YYYY-MM-DD. */
export function pdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(?:D:)?(\d{4})-?(\d{2})?-?(\d{2})?/.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return null;
  if (!match[2]) return String(year);
  if (!match[3]) return `${match[1]}-${match[2]}`;
  return isoDate(year, Number(match[2]), Number(match[3]));
}

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*;\s*/) : [])
  .map((v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '')).filter(Boolean);

/**
 * Title, authors, date and language as the PDF states them: XMP (Dublin Core, then the XMP basic schema) first, the
 * document information dictionary next. What is missing or names a file (`Microsoft Word - report.docx`) is null.
 */
export function pdfDetails({ info, metadata }: RawPdfMetadata): PdfDetails {
  const xmp = (name: string) => metadata?.get(name) ?? null;
  const authors = listOf(xmp('dc:creator'));
  const author = authors.length ? authors.join(', ') : usable(info.Author);
  const language = (typeof info.Language === 'string' ? info.Language : typeof xmp('dc:language') === 'string' ? xmp('dc:language') as string : '')
    .slice(0, 2).toLowerCase();
  return {
    title: usable(xmp('dc:title')) ?? usable(info.Title),
    author: author || null,
    published: pdfDate(xmp('dc:date')) ?? pdfDate(xmp('xmp:createdate')) ?? pdfDate(info.CreationDate),
    language: /^[a-z]{2}$/.test(language) ? language : null,
  };
}
