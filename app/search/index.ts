import type { Block, DocumentSummary, SearchResult } from '../contract/schemas.ts';
import { cached, type Database } from '../store/database.ts';
import { notTrashed, summaryColumns } from '../store/documents.ts';
import { parseQuery, toFtsQuery, type ParsedQuery } from './fts-query.ts';
import { makeSnippet, phraseMatcher, snippetMatcher } from './snippet.ts';

export { parseQuery, toFtsQuery, type ParsedQuery } from './fts-query.ts';
export { MARK_END, MARK_START, makeSnippet, snippetMatcher, fold } from './snippet.ts';

/**
 * Ranking is exact (bm25, titles weighted ×4) while a query matches at most this many articles. Beyond it, scoring
 * every match would cost ~1.3 µs each (100 ms for a word in most of 100,000 articles), so the best matches are taken
 * from the CANDIDATES most recently imported matches and the CANDIDATES most recent articles whose title holds the
 * query's words (found in the titles index and scored on their title, so an article named after the query still comes
 * first, however old). Exclusions and phrases are checked on every candidate.
 */
export const CANDIDATES = 2000;

type Row = DocumentSummary & { text: string; score: number; blocks?: string };

/** A hit's summary columns, the same as the library list's (its annotation count above all), and the text for its snippet. */
const SUMMARY = `${summaryColumns('d')}, d.text, d.blocks`;

/** Parts of an article a snippet leaves out: its title (shown above it), the photo's file name, the byline, the source line. */
const NOT_IN_SNIPPETS = new Set(['title', 'photo', 'byline', 'source']);

/** The text with those parts blanked (same length, so the snippet's offsets stay the text's). */
function snippetText(text: string, blocks: string | undefined): string {
  if (!blocks) return text;
  let out = text;
  for (const block of JSON.parse(blocks) as Block[]) {
    if (NOT_IN_SNIPPETS.has(block.kind)) out = out.slice(0, block.start) + ' '.repeat(block.end - block.start) + out.slice(block.end);
  }
  return out;
}

/** Ranked full-text search over titles and texts, accent- and case-insensitive, with marked snippets. */
export function searchDocuments(db: Database, query: string, limit = 50, candidates = CANDIDATES): SearchResult {
  const typed = parseQuery(query);
  if (!toFtsQuery(typed)) return { total: 0, totalIsExact: true, hits: [] };
  // The last word matches as a prefix only while it is not yet a word of the library (the person is still typing):
  // expanding a complete common word to every word it begins costs more than the rest of the search.
  const parsed = typed.prefixLast && isIndexedWord(db, typed) ? { ...typed, prefixLast: false } : typed;
  const match = toFtsQuery(parsed)!;
  const counted = (cached(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)').get(match, candidates + 1) as { n: number }).n;
  const exact = counted <= candidates;
  const rows = exact ? rankAll(db, match, limit) : rankRecent(db, parsed, candidates, limit);
  const matcher = snippetMatcher(parsed);
  const hits = rows.map(({ text, blocks, ...hit }) => ({ ...hit, snippet: makeSnippet(snippetText(text, blocks), matcher) }));
  const fromNotes = annotatedMatches(db, match, hits.map((h) => h.id), limit - hits.length);
  return {
    total: (exact ? counted : candidates) + fromNotes.length,
    totalIsExact: exact,
    hits: [...hits, ...fromNotes.map(({ text, ...hit }) => ({ ...hit, snippet: makeSnippet(text, matcher, 240, 240) }))],
  };
}

/**
 * Articles found only through their annotations (a word in a note, say), after the articles whose text matched. The
 * snippet then shows the highlighted passage with its note.
 */
function annotatedMatches(db: Database, match: string, found: string[], room: number): Row[] {
  if (room <= 0) return [];
  const rows = cached(db,
      `WITH hits AS (
         SELECT a.document_id AS id, min(f.rank) AS score, group_concat('« ' || a.exact || ' »' || coalesce(' ' || a.note, ''), ' · ') AS passages
         FROM annotations_fts f JOIN annotations a ON a.seq = f.rowid
         WHERE annotations_fts MATCH ? AND ${notTrashed('a.document_id')} GROUP BY a.document_id ORDER BY score LIMIT ?)
       SELECT ${summaryColumns('d')}, hits.passages AS text, hits.score FROM hits JOIN documents d ON d.id = hits.id ORDER BY hits.score`,
    )
    .all(match, room + found.length) as unknown as Row[];
  return rows.filter((row) => !found.includes(row.id)).slice(0, room);
}

// Both rankings order row ids first and join the documents for the final page only: carrying every candidate's text
// through the sort would cost more than the ranking itself.
function rankAll(db: Database, match: string, limit: number): Row[] {
  return cached(db,
      `WITH top AS (SELECT rowid, rank AS score FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?)
       SELECT ${SUMMARY}, top.score FROM top JOIN documents d ON d.seq = top.rowid ORDER BY top.score`,
    )
    .all(match, limit) as unknown as Row[];
}

/**
 * Phrases are searched here as their separate words and checked in the text afterwards (matching a phrase with `de`
 * or `the` in it reads that word's whole match list, which is what this path exists to avoid); exclusions are checked
 * the same way, since candidates from the titles index know nothing of the bodies.
 */
function rankRecent(db: Database, query: ParsedQuery, candidates: number, limit: number): Row[] {
  const phrases = query.include.filter((words) => words.length > 1).map(phraseMatcher);
  const excluded = query.exclude.map(phraseMatcher);
  const checked = phrases.length > 0 || excluded.length > 0;
  const loose = toFtsQuery({ ...query, include: significantWords(query).map((word) => [word]) })!;
  const rows = cached(db,
      `WITH top AS (
         SELECT rowid, min(score) AS score FROM (
           SELECT * FROM (SELECT rowid, rank AS score FROM documents_fts WHERE documents_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2)
           UNION ALL
           SELECT * FROM (SELECT rowid, 4.0 * rank AS score FROM titles_fts WHERE titles_fts MATCH ?3 ORDER BY rowid DESC LIMIT ?2)
         ) GROUP BY rowid ORDER BY score LIMIT ?4)
       SELECT ${SUMMARY}, top.score FROM top JOIN documents d ON d.seq = top.rowid ORDER BY top.score`,
    )
    .all(loose, candidates, titleQuery(query), checked ? limit * 2 : limit) as unknown as Row[];
  if (!checked) return rows;
  const holds = (row: Row, pattern: RegExp) => pattern.test(row.title) || pattern.test(row.text);
  return rows.filter((row) => phrases.every((p) => holds(row, p)) && !excluded.some((p) => holds(row, p))).slice(0, limit);
}

/** The query's words without the very short ones (de, la, of…), which the phrase check in the text still covers. */
function significantWords(query: ParsedQuery): string[] {
  const words = query.include.flat();
  const kept = words.filter((w) => w.length >= 3);
  return kept.length > 0 ? kept : words;
}

/** The query's significant words for the titles index (scored ×4 there, as titles weigh in documents_fts). */
function titleQuery(query: ParsedQuery): string {
  const chosen = significantWords(query);
  const prefixLast = query.prefixLast && chosen.at(-1) === query.include.flat().at(-1);
  return chosen.map((w, i) => `"${w}"${prefixLast && i === chosen.length - 1 ? ' *' : ''}`).join(' ');
}

function isIndexedWord(db: Database, query: ParsedQuery): boolean {
  const last = query.include.at(-1)!.at(-1)!;
  return cached(db, 'SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT 1').get(`"${last}"`) !== undefined;
}
