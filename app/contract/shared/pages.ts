import type { DocumentPage } from '../schemas.ts';

/** The page (from 1) that an offset of the text (UTF-16 units) falls on; a page with no text never holds one. */
export function pageAt(pages: readonly DocumentPage[], at: number): number {
  const index = pages.findIndex((p) => at < p.end);
  return (index < 0 ? pages.length - 1 : index) + 1;
}
