// The note shown while the mouse is over a highlight or an entity mention, and the hit test that finds them.
import { useCallback, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Entity } from '../../../app/contract/index.ts';
import { Markdown } from '../../shared/Markdown.tsx';
import { useColorLabel } from '../annotations/labels.ts';
import { useEntityTypes } from '../entities/entity-types.tsx';
import { formatValue } from '../entities/format-value.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import type { TextMap } from './text-map.ts';
import type { Span } from './useVisibleHighlights.ts';

/** The annotations under the mouse, and where their note goes in the pane. */
export interface Hover {
  top: number;
  left: number;
  ids: string[];
}

/** What is under the mouse in a pane's article: the hover note to show as it moves, and a hit test for clicks. */
export function useHoverNote(pane: RefObject<HTMLElement | null>, map: TextMap | null, spans: Span[], mentionSpans: Span[]) {
  const [hover, setHover] = useState<Hover | null>(null);

  /** The highlights under the mouse (their painted boxes, not just the nearest caret), topmost last. */
  const hitTest = (event: Pick<MouseEvent, 'clientX' | 'clientY'>): string[] => {
    if (!map || (spans.length === 0 && mentionSpans.length === 0)) return [];
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    if (!caret) return [];
    const offset = map.toOffset(caret.offsetNode, caret.offset, 'start');
    if (offset === null) return [];
    const hits: string[] = [];
    for (const s of [...spans, ...mentionSpans]) {
      if (s.start > offset || s.end < offset) continue;
      const rects = map.toRange(s.start, s.end)?.getClientRects() ?? [];
      for (const r of rects) {
        if (event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom) {
          hits.push(s.annotation.id);
          break;
        }
      }
    }
    return hits;
  };
  const frame = useRef(0);
  const onMouseMove = (event: MouseEvent<HTMLElement>) => {
    if (event.buttons !== 0) return;
    const { clientX, clientY } = event;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const ids = hitTest({ clientX, clientY });
      const box = pane.current?.getBoundingClientRect();
      if (ids.length === 0 || !box) return setHover(null);
      setHover({ ids, top: clientY - box.top + 18, left: Math.max(8, Math.min(box.width - 300, clientX - box.left - 20)) });
    });
  };
  const hide = useCallback(() => setHover(null), []);
  return { shown: hover, hitTest, onMouseMove, hide };
}

/** The notes of the highlights under the mouse, and the entities of the mentions. */
export function HoverNote({ hover, annotations, entities }: { hover: Hover; annotations: Annotation[]; entities: Map<string, Entity> }) {
  const { t } = useTranslation();
  const label = useColorLabel();
  const entityTypes = useEntityTypes();
  const { language } = useSettings();
  const hovered = annotations.filter((a) => hover.ids.includes(a.id));
  if (hovered.length === 0) return null;
  return (
    <div className="hover-note" style={{ top: hover.top, left: hover.left }} role="tooltip" data-testid="hover-note">
      {hovered.map((a) => {
        const entity = a.entityId ? entities.get(a.entityId) : undefined;
        if (a.motivation === 'identifying') {
          return (
            <div key={a.id} className={`hover-item type-${entity?.type ?? 'MISC'}`}>
              <span className="type-chip">{entityTypes.label(entity?.type ?? 'MISC')}</span> <strong>{entity?.name ?? a.exact}</strong>
              {a.value && <span className="hint" data-testid="hover-value"> = {formatValue(a.value, language)}</span>}
            </div>
          );
        }
        return (
          <div key={a.id} className="hover-item">
            <span className={`card-label label-${a.color}`}>{label(a.color)}</span>
            {a.note ? <Markdown source={a.note} className="card-note" /> : <span className="hint">{t('annotations.noNote')}</span>}
          </div>
        );
      })}
    </div>
  );
}
