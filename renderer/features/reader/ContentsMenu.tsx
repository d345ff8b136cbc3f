import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFull } from '../../../app/contract/index.ts';

interface Props {
  doc: Pick<DocumentFull, 'text' | 'blocks'>;
  /** Where the pane's view starts in the text (UTF-16), to mark the heading the reader is under. */
  topOffset(): number | null;
  /** Goes to a heading: its [start, end) in the text (UTF-16). */
  onGo(start: number, end: number): void;
}

// A book may have hundreds of headings; past this many, the list stops (the find bar reaches the rest).
const MAX_SHOWN = 2000;

/**
 * The article's contents: its headings (a book's chapters, a report's sections), in order, the one the reader is
 * under marked; choosing one goes there. Shown only for a text with two headings or more. Arrow keys move through the
 * list, Esc closes it and gives the focus back to its button.
 */
export function ContentsMenu({ doc, topOffset, onGo }: Props) {
  const { t } = useTranslation();
  const headings = useMemo(
    () => doc.blocks.filter((b) => b.kind === 'heading').slice(0, MAX_SHOWN).map((b) => ({ start: b.start, end: b.end, label: doc.text.slice(b.start, b.end) })),
    [doc.blocks, doc.text],
  );
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState(-1);
  // Under its button, in the window (the pane's bar clips what overflows it).
  const [place, setPlace] = useState({ top: 0, right: 0 });
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!open) return;
    const items = list.current?.querySelectorAll<HTMLButtonElement>('button');
    items?.[Math.max(0, current)]?.focus();
    items?.[Math.max(0, current)]?.scrollIntoView({ block: 'nearest' });
    const away = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!list.current?.parentElement?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open, current]);

  if (headings.length < 2) return null;

  const toggle = () => {
    if (!open) {
      const box = button.current!.getBoundingClientRect();
      setPlace({ top: box.bottom + 4, right: Math.max(8, window.innerWidth - box.right) });
      const at = topOffset();
      setCurrent(at === null ? -1 : headings.findLastIndex((h) => h.start <= at + 1));
    }
    setOpen(!open);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move) {
      event.preventDefault();
      items[Math.min(items.length - 1, Math.max(0, at + move))]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <span className="contents">
      <button ref={button} type="button" className="icon-button pane-tool" onClick={toggle} aria-expanded={open} aria-haspopup="true" aria-controls={open ? menuId : undefined} title={t('reader.contents')} aria-label={t('reader.contents')} data-testid="contents-button">
        §
      </button>
      {open && (
        <nav id={menuId} className="contents-menu" style={place} onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== button.current && setOpen(false)} aria-label={t('reader.contents')} onKeyDown={onKeyDown} data-testid="contents-menu">
          <ol ref={list}>
            {headings.map((h, i) => (
              <li key={h.start}>
                <button
                  type="button"
                  aria-current={i === current ? 'location' : undefined}
                  onClick={() => {
                    setOpen(false);
                    onGo(h.start, h.end);
                  }}
                >
                  {h.label}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </span>
  );
}
