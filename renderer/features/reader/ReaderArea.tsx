import { useCallback, useRef, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../shared/ErrorBoundary.tsx';
import { SharedBar } from '../entities/SharedBar.tsx';
import { ReaderPane } from './ReaderPane.tsx';

interface Props {
  panes: string[];
  sizes: number[];
  syncScroll: boolean;
  active: number;
  onActivate(index: number): void;
  onClose(index: number): void;
  onResize(sizes: number[]): void;
}

export function normaliseSizes(sizes: number[], count: number): number[] {
  const usable = sizes.length === count && sizes.every((s) => s > 0) ? sizes : Array.from({ length: count }, () => 1);
  const total = usable.reduce((a, b) => a + b, 0);
  return usable.map((s) => s / total);
}

/** Two to four articles side by side in resizable panes, with optional synchronised scrolling. */
export function ReaderArea({ panes, sizes, syncScroll, active, onActivate, onClose, onResize }: Props) {
  const { t } = useTranslation();
  const syncing = useRef(false);
  // Only the pane the reader is scrolling (under the pointer, or holding the focus) leads: the others also scroll by
  // themselves now and then (blocks laid out as they come into view nudge their position), and must not lead.
  const leader = useRef(-1);
  const lead = (index: number) => () => void (leader.current = index);
  const container = useRef<HTMLDivElement>(null);
  const fractions = normaliseSizes(sizes, panes.length);

  const onScroll = useCallback(
    (index: number) => (event: UIEvent<HTMLDivElement>) => {
      if (!syncScroll || syncing.current || leader.current !== index) return;
      const source = event.currentTarget;
      const ratio = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight);
      syncing.current = true;
      // The panes' scrolling boxes as they are on the page now (a pane swaps its box when its article loads).
      const boxes = Array.from(container.current?.querySelectorAll<HTMLDivElement>('.pane-scroll') ?? []);
      boxes.forEach((other, i) => {
        if (other !== source && i !== index) other.scrollTop = ratio * (other.scrollHeight - other.clientHeight);
      });
      requestAnimationFrame(() => (syncing.current = false));
    },
    [syncScroll],
  );

  const startResize = (index: number) => (event: ReactPointerEvent<HTMLDivElement>) => {
    const width = container.current?.clientWidth ?? 1;
    const startX = event.clientX;
    const start = [...fractions];
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      const delta = (e.clientX - startX) / width;
      const pair = start[index]! + start[index + 1]!;
      const left = Math.min(pair - 0.12, Math.max(0.12, start[index]! + delta));
      const next = [...start];
      next[index] = left;
      next[index + 1] = pair - left;
      onResize(next);
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };

  /** The divider after pane `index` from the keyboard: ←/→ move it by 2 % of the width (Shift: 10 %), Home/End to its limits. */
  const keyResize = (index: number) => (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 0.1 : 0.02;
    const pair = fractions[index]! + fractions[index + 1]!;
    const by: Record<string, number> = { ArrowLeft: -step, ArrowRight: step, Home: -pair, End: pair };
    if (!(event.key in by)) return;
    event.preventDefault();
    const left = Math.min(pair - 0.12, Math.max(0.12, fractions[index]! + by[event.key]!));
    const next = [...fractions];
    next[index] = left;
    next[index + 1] = pair - left;
    onResize(next);
  };

  if (panes.length === 0) {
    return (
      <div className="reader-area empty-state" data-testid="reader-empty">
        <h2>{t('reader.empty.title')}</h2>
        <p>{t('reader.empty.body')}</p>
      </div>
    );
  }
  return (
    <div className="reader-column">
    {panes.length > 1 && <SharedBar documentIds={panes} />}
    <div className="reader-area" ref={container} data-testid="reader-area">
      {panes.map((id, index) => (
        // Keyed by article (and which copy of it), so closing one pane leaves the others mounted and scrolled.
        <div key={`${id}-${panes.slice(0, index).filter((p) => p === id).length}`} className="pane-slot" style={{ flexGrow: fractions[index], flexBasis: 0 }}
          onPointerEnter={lead(index)} onWheelCapture={lead(index)} onPointerDownCapture={lead(index)} onKeyDownCapture={lead(index)}
          onTouchStartCapture={lead(index)} onFocusCapture={lead(index)}>
          <ErrorBoundary label={t('errors.parts.article')}>
            <ReaderPane
              id={id}
              index={index}
              active={index === active}
              onActivate={() => onActivate(index)}
              onClose={() => onClose(index)}
              onScroll={onScroll(index)}
            />
          </ErrorBoundary>
          {index < panes.length - 1 && (
            <div
              className="splitter"
              role="separator"
              aria-orientation="vertical"
              aria-label={t('reader.resize')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round((fractions[index]! / (fractions[index]! + fractions[index + 1]!)) * 100)}
              tabIndex={0}
              title={t('reader.resize')}
              onPointerDown={startResize(index)}
              onKeyDown={keyResize(index)}
              data-testid="splitter"
            />
          )}
        </div>
      ))}
    </div>
    </div>
  );
}
