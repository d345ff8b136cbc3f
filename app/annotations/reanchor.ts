import { anchorAll } from '../anchoring/anchor.ts';
import { describe } from '../anchoring/describe.ts';
import { offsetConverter } from '../contract/shared/code-points.ts';
import type { Annotation } from '../contract/schemas.ts';
import type { Database } from '../store/database.ts';
import { listAnnotations, placeAnnotation } from './store.ts';

export interface ReanchorResult {
  reanchored: number;
  orphaned: number;
}

/**
 * Moves every annotation of article `fromId` onto `toId`, whose text is `text`: each is anchored again (position,
 * quote, then fuzzy) and takes the new passage's quote and context; one that cannot be placed keeps its old quote
 * and becomes an orphan, to be re-attached by the reader. Orphans of earlier versions get another chance.
 */
export function reanchorAnnotations(db: Database, fromId: string, toId: string, text: string, now = new Date().toISOString()): ReanchorResult {
  const result: ReanchorResult = { reanchored: 0, orphaned: 0 };
  const annotations = listAnnotations(db, fromId);
  const places = anchorAll(text, annotations.map((a) => ({
    quote: { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
    position: { type: 'TextPositionSelector', start: a.start, end: a.end },
  })));
  const convert = offsetConverter(text);
  annotations.forEach((annotation, i) => {
    const place = places[i];
    let next: Annotation;
    if (place) {
      const { quote } = describe(text, place.start, place.end, convert);
      next = { ...annotation, documentId: toId, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: place.start, end: place.end, orphan: false, modified: now };
      result.reanchored++;
    } else {
      next = { ...annotation, documentId: toId, orphan: true, modified: now };
      result.orphaned++;
    }
    placeAnnotation(db, next);
  });
  return result;
}
