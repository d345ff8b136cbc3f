import { fold, phraseMatcher, snippetMatcher } from '../contract/shared/text-query.ts';

export { fold, phraseMatcher, snippetMatcher };

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/**
 * A short extract of `text` (about `width` characters, starting up to `lead` before a match) around its densest cluster of query words, each match wrapped
 * in MARK_START … MARK_END. Built here rather than with FTS5's snippet(), which re-reads every candidate's match list.
 */
export function makeSnippet(text: string, matcher: RegExp | null, width = 160, lead = 40): string {
  const hits = matcher ? [...text.matchAll(matcher)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  // The window (starting a little before a match) holding the most matches: one pass with two indices over the hits.
  let from = 0;
  let best = 0;
  for (let first = 0, last = 0; first < hits.length; first++) {
    const start = Math.max(0, hits[first]!.start - lead);
    last = Math.max(last, first);
    while (last < hits.length && hits[last]!.end <= start + width) last++;
    if (last - first > best) {
      best = last - first;
      from = start;
    }
  }
  // Widen to whole words at both ends.
  while (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) from--;
  let to = Math.min(text.length, from + width);
  while (to < text.length && /[\p{L}\p{N}]/u.test(text[to]!)) to++;
  let out = from > 0 ? '…' : '';
  let cursor = from;
  for (const hit of hits) {
    if (hit.start < from || hit.end > to) continue;
    out += text.slice(cursor, hit.start) + MARK_START + text.slice(hit.start, hit.end) + MARK_END;
    cursor = hit.end;
  }
  out += text.slice(cursor, to) + (to < text.length ? '…' : '');
  return out.replace(/\s+/gu, ' ').trim();
}
