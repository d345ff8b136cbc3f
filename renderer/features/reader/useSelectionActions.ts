// The selection in a pane's article: read into a passage, its toolbar placed over it, and what the toolbar and its keys do.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Annotation, DocumentFull } from '../../../app/contract/index.ts';
import type { offsetConverter } from '../../../app/contract/shared/code-points.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { ApiError } from '../../api/client.ts';
import { isTyping } from '../../shared/typing.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import type { useAnnotations } from '../annotations/useAnnotations.ts';
import { useEntityTypes } from '../entities/entity-types.tsx';
import type { useArticleEntities } from '../entities/useArticleEntities.ts';
import type { TextMap } from './text-map.ts';
import type { Find } from './useFind.ts';

/** The selected passage (code points) and where its toolbar stands in the pane. */
interface Toolbar {
  top: number;
  left: number;
  start: number;
  end: number;
}

interface Options {
  pane: RefObject<HTMLElement | null>;
  doc: DocumentFull;
  map: TextMap | null;
  convert: ReturnType<typeof offsetConverter>;
  find: Find;
  annotations: Pick<ReturnType<typeof useAnnotations>, 'create' | 'reattach'>;
  tag: ReturnType<typeof useArticleEntities>['tag'];
  /** The lost annotation being re-attached, if any: "Attach here" makes the selection its place. */
  reattaching: string | null;
  /** A highlight made from the selection (`withNote`: its note to be written now). Stable. */
  onCreated(id: string, withNote: boolean): void;
  onReattached(id: string): void;
  /** The selection tagged: its mention's entity to show. */
  onTagged(entityId: Annotation['entityId']): void;
  /** The toolbar shown (the hover note makes way for it). Stable. */
  onShow(): void;
  /** Copies a quote with its citation; `at` (code points) is where it starts, for a PDF's page. */
  copyQuote(quote: string, at: number): Promise<void>;
  /** Says something in the pane's status line. Stable. */
  flash(message: string): void;
}

/**
 * The selection toolbar of a pane: the selection read into a passage when a mouse or keyboard selection ends, and
 * highlight, note, copy, tag as an entity (the picker) and attach here on it; `h` and 1–9 as keys.
 */
export function useSelectionActions({ pane, doc, map, convert, find, annotations: { create, reattach }, tag, reattaching, onCreated, onReattached, onTagged, onShow, copyQuote, flash }: Options) {
  const { language } = useSettings();
  const entityTypes = useEntityTypes();
  const [toolbar, setToolbar] = useState<Toolbar | null>(null);
  const [tagging, setTagging] = useState<{ type: string; top: number; left: number; start: number; end: number; text: string } | null>(null);

  /** After a mouse or keyboard selection: where it is in the text, and where to show the toolbar. */
  const readSelection = useCallback(() => {
    const selection = window.getSelection();
    const body = pane.current?.querySelector('[data-annotatable]');
    if (!map || !body || !pane.current || !selection || selection.isCollapsed || selection.rangeCount === 0) return setToolbar(null);
    const range = selection.getRangeAt(0);
    if (!body.contains(range.commonAncestorContainer) && !range.intersectsNode(body)) return setToolbar(null);
    const start = map.toOffset(range.startContainer, range.startOffset, 'start');
    const end = map.toOffset(range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || end <= start) return setToolbar(null);
    const rect = range.getBoundingClientRect();
    const frame = pane.current.getBoundingClientRect();
    onShow();
    setToolbar({
      top: Math.max(4, rect.top - frame.top - 44),
      left: Math.max(8, Math.min(frame.width - 330, rect.left - frame.left + rect.width / 2 - 150)),
      start: convert.toCodePoint(start),
      end: convert.toCodePoint(end),
    });
  }, [pane, map, convert, onShow]);

  /**
   * A selection made outside the pane's own text (a book in its own layout, read back by the core): its passage in
   * code points and where it is drawn in the window; null when it is gone.
   */
  const showToolbarAt = useCallback((passage: { start: number; end: number; rect: DOMRect } | null) => {
    if (!passage || !pane.current) return setToolbar(null);
    const frame = pane.current.getBoundingClientRect();
    const { rect } = passage;
    onShow();
    setToolbar({
      top: Math.max(4, rect.top - frame.top - 44),
      left: Math.max(8, Math.min(frame.width - 330, rect.left - frame.left + rect.width / 2 - 150)),
      start: passage.start,
      end: passage.end,
    });
  }, [pane, onShow]);

  /** The current match selected in the text, and the selection's toolbar focused: highlighting without a mouse. */
  const selectMatch = useCallback(() => {
    const match = find.matches[find.current];
    const range = match && map?.toRange(match.start, match.end);
    const selection = window.getSelection();
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
    readSelection();
    requestAnimationFrame(() => pane.current?.querySelector<HTMLElement>('[data-testid="selection-toolbar"] button')?.focus());
  }, [find.matches, find.current, map, readSelection, pane]);

  const highlight = useCallback(
    async (color: Annotation['color'], withNote = false) => {
      if (!toolbar) return;
      const exact = doc.text.slice(convert.toUtf16(toolbar.start), convert.toUtf16(toolbar.end));
      window.getSelection()?.removeAllRanges();
      setToolbar(null);
      const { id, saved } = create({ start: toolbar.start, end: toolbar.end, color }, exact);
      onCreated(id, withNote);
      try {
        await saved;
      } catch (error) {
        flash(formatError(language, error instanceof ApiError ? error.shape : { code: 'internal', message: String(error) }));
      }
    },
    [toolbar, create, doc.text, convert, language, onCreated, flash],
  );

  /** "Tag as → type" on the selection: the picker links it to an entity or makes one. */
  const startTagging = useCallback((type: string) => {
    if (!toolbar) return;
    const text = doc.text.slice(convert.toUtf16(toolbar.start), convert.toUtf16(toolbar.end)).trim();
    setTagging({ type, top: toolbar.top + 44, left: toolbar.left, start: toolbar.start, end: toolbar.end, text });
    setToolbar(null);
  }, [toolbar, doc.text, convert]);
  const finishTagging = async (choice: { entityId: string } | { name: string }) => {
    if (!tagging) return;
    const { start, end, type } = tagging;
    setTagging(null);
    window.getSelection()?.removeAllRanges();
    try {
      const mention = await tag({ start, end, type, ...choice });
      onTagged(mention.entityId);
    } catch (error) {
      flash(formatError(language, error instanceof ApiError ? error.shape : { code: 'internal', message: String(error) }));
    }
  };

  const copySelection = async () => {
    if (!toolbar) return;
    await copyQuote([...doc.text].slice(toolbar.start, toolbar.end).join(''), toolbar.start);
    setToolbar(null);
  };
  const attachHere = async () => {
    if (!toolbar || !reattaching) return;
    await reattach(reattaching, toolbar.start, toolbar.end);
    onReattached(reattaching);
    window.getSelection()?.removeAllRanges();
    setToolbar(null);
  };

  // "h" highlights the current selection in the first colour (when this pane holds it).
  useEffect(() => {
    if (!toolbar) return;
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      if (event.key === 'h' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        void highlight('yellow');
      }
      const digit = /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
      if (digit >= 0 && digit < entityTypes.types.length && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        startTagging(entityTypes.types[digit]!.code);
      }
      if (event.key === 'Escape') setToolbar(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toolbar, highlight, startTagging, entityTypes.types]);

  return { toolbar, tagging, readSelection, showToolbarAt, selectMatch, highlight, startTagging, finishTagging, cancelTagging: () => setTagging(null), copySelection, attachHere };
}
