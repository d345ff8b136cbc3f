import type { TextMap } from './text-map.ts';

/** Something to draw over the text: canonical UTF-16 offsets and the named highlight style(s) it takes. */
export interface Paint {
  key: string;
  start: number;
  end: number;
  /** Names of ::highlight() styles in styles.css (hl-yellow, hl-focused…). */
  style: string;
}

const shared = new Map<string, Highlight>();

/** The page-wide highlight of a style: every pane adds its own ranges to it. Later styles in PRIORITY draw on top. */
function highlightFor(style: string): Highlight {
  let highlight = shared.get(style);
  if (!highlight) {
    highlight = new Highlight();
    highlight.priority = PRIORITY.indexOf(style) + 1;
    shared.set(style, highlight);
    CSS.highlights.set(style, highlight);
  }
  return highlight;
}

// Entity mentions and suggestions (ent-TYPE, sug-TYPE) draw beneath highlights; the selected entity above them, and
// what is being found above all.
const PRIORITY = ['hl-yellow', 'hl-green', 'hl-blue', 'hl-pink', 'hl-purple', 'hl-overlap', 'hl-focused', 'ent-selected', 'find-match', 'find-current'];

/**
 * Draws one pane's highlights with the CSS Custom Highlight API: nothing in the article's DOM changes, so selection,
 * copy and the text map stay intact, and a change costs only the ranges that changed (adding one highlight to an
 * article carrying thousands touches one range).
 */
export class HighlightPainter {
  private drawn = new Map<string, { paint: Paint; range: Range }>();
  private map: TextMap | null = null;

  /** Draws exactly `paints` over the article mapped by `map`. */
  update(map: TextMap | null, paints: Paint[]): void {
    if (map !== this.map) {
      this.clear();
      this.map = map;
    }
    if (!map) return;
    const wanted = new Map(paints.map((p) => [p.key, p]));
    for (const [key, { paint, range }] of this.drawn) {
      const next = wanted.get(key);
      if (!next || next.start !== paint.start || next.end !== paint.end || next.style !== paint.style) {
        highlightFor(paint.style).delete(range);
        this.drawn.delete(key);
      }
    }
    for (const paint of paints) {
      if (this.drawn.has(paint.key)) continue;
      const range = map.toRange(paint.start, paint.end);
      if (!range) continue;
      highlightFor(paint.style).add(range);
      this.drawn.set(paint.key, { paint, range });
    }
  }

  clear(): void {
    for (const { paint, range } of this.drawn.values()) highlightFor(paint.style).delete(range);
    this.drawn.clear();
  }
}

/** Where two or more of the spans overlap, as [start, end) runs (a sweep over their boundaries). */
export function overlaps(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const events: [number, number][] = [];
  for (const s of spans) events.push([s.start, 1], [s.end, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: { start: number; end: number }[] = [];
  let depth = 0;
  let from = 0;
  for (const [at, step] of events) {
    if (depth >= 2 && at > from) {
      const last = runs.at(-1);
      if (last && last.end === from) last.end = at;
      else runs.push({ start: from, end: at });
    }
    depth += step;
    from = at;
  }
  return runs;
}
