import type { Annotation } from '../../../app/contract/index.ts';

/** An annotation's place in UTF-16 units of the text, as the page counts. */
export interface Span {
  annotation: Annotation;
  start: number;
  end: number;
}

interface Props {
  text: string;
  start: number;
  end: number;
  spans: Span[];
  focused: string | null;
  onFocus(id: string): void;
}

/**
 * The text [start, end) cut at every highlight boundary. Each piece is its own element carrying its offset in the
 * canonical text (data-offset), so a selection maps back to exact offsets; overlapping highlights stay visible.
 */
export function HighlightedText({ text, start, end, spans, focused, onFocus }: Props) {
  const inside = spans.filter((s) => s.start < end && s.end > start);
  const cuts = new Set([start, end]);
  for (const s of inside) {
    cuts.add(Math.max(start, s.start));
    cuts.add(Math.min(end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  return (
    <>
      {points.slice(0, -1).map((from, i) => {
        const to = points[i + 1]!;
        const covering = inside.filter((s) => s.start <= from && s.end >= to);
        const content = text.slice(from, to);
        if (covering.length === 0) return <span key={from} data-offset={from}>{content}</span>;
        const top = covering.at(-1)!.annotation;
        const note = covering.map((s) => s.annotation.note).filter(Boolean).join('\n—\n');
        return (
          <mark
            key={from}
            data-offset={from}
            data-annotation={top.id}
            className={`hl hl-${top.color}${covering.length > 1 ? ' hl-overlap' : ''}${covering.some((s) => s.annotation.id === focused) ? ' hl-focused' : ''}`}
            title={note || undefined}
            onClick={() => onFocus(top.id)}
          >
            {content}
          </mark>
        );
      })}
    </>
  );
}
