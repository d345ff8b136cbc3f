import type { DocumentFull } from '../../../app/contract/index.ts';
import { formatDate } from '../../shared/format.ts';

/**
 * A quote ready to paste into a draft, with where it comes from: « … » with no-break spaces in French, “…” in
 * English, then the article's citation data as every citation export has it — authors, title, publication, date and
 * address — and, for a PDF, the page (p. 12).
 */
export function citeQuote(doc: Pick<DocumentFull, 'title' | 'source' | 'author' | 'published' | 'url'>, quote: string, language: string, page: number | null = null): string {
  const french = language.startsWith('fr');
  const quoted = french ? `«\u00a0${quote.trim()}\u00a0»` : `“${quote.trim()}”`;
  const where = [doc.author, french ? `«\u00a0${doc.title}\u00a0»` : `“${doc.title}”`, doc.source, formatDate(doc.published, language, false), doc.url, page === null ? null : `p.\u00a0${page}`].filter(Boolean).join(', ');
  return `${quoted} (${where})`;
}

/** Puts text on the clipboard; false when the page may not (no permission, no secure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
