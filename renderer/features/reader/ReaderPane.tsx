import { forwardRef, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, DocumentFull, MethodInput } from '../../../app/contract/index.ts';
import { offsetConverter } from '../../../app/contract/shared/code-points.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { ApiError, client } from '../../api/client.ts';
import { Markdown } from '../../shared/Markdown.tsx';
import { isTyping } from '../../shared/typing.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar.tsx';
import { citeQuote, copyText } from '../annotations/citation.ts';
import { useColorLabel } from '../annotations/labels.ts';
import { SelectionToolbar } from '../annotations/SelectionToolbar.tsx';
import { useHistory } from '../annotations/history.tsx';
import { useAnnotations } from '../annotations/useAnnotations.ts';
import { useEntityFocus } from '../entities/entity-focus.tsx';
import { useEntityTypes } from '../entities/entity-types.tsx';
import { EntityPanel } from '../entities/EntityPanel.tsx';
import { TagPicker } from '../entities/TagPicker.tsx';
import { useArticleEntities } from '../entities/useArticleEntities.ts';
import { ArticleView } from './ArticleView.tsx';
import { HighlightPainter, overlaps, type Paint } from './highlight-painter.ts';
import type { TextMap } from './text-map.ts';
import { DetailsDialog } from '../library/DetailsDialog.tsx';
import { FindBar } from './FindBar.tsx';
import { useDocument } from './useDocument.ts';
import { useFind } from './useFind.ts';

interface Props {
  id: string;
  index: number;
  active: boolean;
  onActivate(): void;
  onClose(): void;
  onScroll(event: UIEvent<HTMLDivElement>): void;
}

/** One article in its own independently scrolling pane. */
export const ReaderPane = forwardRef<HTMLDivElement, Props>(function ReaderPane(props, ref) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const state = useDocument(props.id);
  // Fetched alongside the article, not after it: an article may carry thousands.
  const annotations = useAnnotations(props.id);
  return (
    <section className={`reader-pane${props.active ? ' active' : ''}`} aria-label={t('reader.pane', { n: props.index + 1 })} onMouseDown={props.onActivate} onFocus={props.onActivate} data-testid="reader-pane" data-document-id={props.id}>
      {state.status === 'ready' ? (
        <AnnotatedArticle {...props} doc={state.doc} annotations={annotations} ref={ref} />
      ) : (
        <>
          <PaneBar index={props.index} title="" onClose={props.onClose} />
          <div className="pane-scroll" ref={ref}>
            {state.status === 'error' && <div className="pane-message" role="alert">{state.error.code === 'not_found' ? t('reader.missing') : formatError(language, state.error.shape)}</div>}
          </div>
        </>
      )}
    </section>
  );
});

function PaneBar({ index, title, onClose, children }: { index: number; title: string; onClose(): void; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="pane-bar">
      <span className="pane-number">{index + 1}</span>
      <span className="pane-title" title={title}>{title}</span>
      {children}
      <button type="button" className="icon-button" onClick={onClose} title={t('reader.close')} aria-label={t('reader.close')} data-testid="close-pane">×</button>
    </div>
  );
}

interface Span {
  annotation: Annotation;
  /** UTF-16 offsets in the canonical text, as the page counts. */
  start: number;
  end: number;
}

/** The article with its annotations painted over it, the selection toolbar, hover notes and the sidebar. */
const AnnotatedArticle = forwardRef<HTMLDivElement, Props & { doc: DocumentFull; annotations: ReturnType<typeof useAnnotations> }>(function AnnotatedArticle(
  { doc, annotations: { annotations: all, create, update, remove, reattach, insertLocal, reload }, index, active, onClose, onScroll },
  ref,
) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const label = useColorLabel();
  const focus = useEntityFocus();
  const entityTypes = useEntityTypes();
  // Notes and highlights in the notes sidebar; entity mentions (motivation identifying) in the entities one.
  const annotations = useMemo(() => all.filter((a) => a.motivation !== 'identifying'), [all]);
  const mentions = useMemo(() => all.filter((a) => a.motivation === 'identifying' && !a.orphan), [all]);

  const [tab, setTab] = useState<'notes' | 'entities'>('notes');
  const [tagging, setTagging] = useState<{ type: string; top: number; left: number; start: number; end: number; text: string } | null>(null);
  // Mentions tagged elsewhere (accept-all, another pane) appear here too.
  useEffect(() => {
    if (focus.revision > 0) void reload();
  }, [focus.revision, reload]);
  const [map, setMap] = useState<TextMap | null>(null);
  const convert = useMemo(() => offsetConverter(doc.text), [doc.text]);
  const length = useMemo(() => convert.toCodePoint(doc.text.length), [convert, doc.text.length]);
  // Only highlights in and around the visible part of the article are handed to the browser: it then paints a few
  // hundred ranges however many the article carries, and the rest follow as the reader scrolls. (UTF-16 offsets.)
  const [view, setView] = useState<{ start: number; end: number } | null>(null);
  const viewInCodePoints = useMemo(() => view && { start: convert.toCodePoint(view.start), end: convert.toCodePoint(view.end) }, [view, convert]);
  const article = useArticleEntities(doc.id, length, viewInCodePoints, mentions, insertLocal, map !== null);
  const [toolbar, setToolbar] = useState<{ top: number; left: number; start: number; end: number } | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [reattaching, setReattaching] = useState<string | null>(null);
  const [hover, setHover] = useState<{ top: number; left: number; ids: string[] } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [documentNote, setDocumentNote] = useState(doc.note);
  // The article note too may change from elsewhere (an import of annotations).
  const { revision } = useHistory();
  useEffect(() => {
    if (revision > 0) void client.call('documents.get', { id: doc.id }).then((fresh) => setDocumentNote(fresh.note));
  }, [revision, doc.id]);
  const [showNotes, setShowNotes] = useState(true);
  const pane = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement | null>(null);
  // A narrow pane (three or four side by side, or once another opens beside it) folds its notes away, and unfolds
  // them when it is wide again — until the reader folds or unfolds them by hand.
  const notesByHand = useRef(false);
  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    const fit = () => {
      if (notesByHand.current) return;
      const width = element.clientWidth;
      if (width < 640) setShowNotes(false);
      else if (width >= 720) setShowNotes(true);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const spans = useMemo<Span[]>(
    () => annotations.filter((a) => !a.orphan).map((annotation) => ({ annotation, start: convert.toUtf16(annotation.start), end: convert.toUtf16(annotation.end) })),
    [annotations, convert],
  );
  const mentionSpans = useMemo<Span[]>(
    () => mentions.map((annotation) => ({ annotation, start: convert.toUtf16(annotation.start), end: convert.toUtf16(annotation.end) })),
    [mentions, convert],
  );
  const paints = useMemo(() => {
    if (!view) return [];
    const near = spans.filter((s) => s.end > view.start && s.start < view.end);
    const list: Paint[] = near.map((s) => ({ key: s.annotation.id, start: s.start, end: s.end, style: `hl-${s.annotation.color}` }));
    for (const run of overlaps(near)) list.push({ key: `overlap ${run.start}`, ...run, style: 'hl-overlap' });
    const current = near.find((s) => s.annotation.id === focused);
    if (current) list.push({ key: 'focused', start: current.start, end: current.end, style: 'hl-focused' });
    for (const m of mentionSpans) {
      if (m.end <= view.start || m.start >= view.end) continue;
      const type = article.byId.get(m.annotation.entityId ?? '')?.type ?? 'MISC';
      list.push({ key: m.annotation.id, start: m.start, end: m.end, style: `ent-${type}` });
      if (m.annotation.entityId === focus.selected) list.push({ key: `selected ${m.annotation.id}`, start: m.start, end: m.end, style: 'ent-selected' });
    }
    for (const s of article.suggestions ?? []) {
      const start = convert.toUtf16(s.start);
      const end = convert.toUtf16(s.end);
      if (end > view.start && start < view.end) list.push({ key: `suggestion ${s.start}:${s.end}:${s.type}`, start, end, style: `sug-${s.type}` });
    }
    return list;
  }, [spans, mentionSpans, article.byId, article.suggestions, focus.selected, convert, focused, view]);

  /** The canonical text shown in the pane, widened by a screenful of text on each side. */
  const measureView = useCallback(() => {
    const box = scroller.current?.getBoundingClientRect();
    if (!map || !box) return;
    const at = (x: number, y: number) => {
      const caret = document.caretPositionFromPoint?.(x, y);
      return caret ? map.toOffset(caret.offsetNode, caret.offset, 'start') : null;
    };
    const top = at(box.left + 40, box.top + 2) ?? 0;
    const bottom = at(box.right - 40, box.bottom - 2) ?? doc.text.length;
    const reach = Math.max(4000, bottom - top);
    const next = { start: Math.max(0, top - reach), end: bottom + reach };
    setView((old) => (old && Math.abs(old.start - next.start) < reach / 4 && Math.abs(old.end - next.end) < reach / 4 ? old : next));
  }, [map, doc.text.length]);
  useLayoutEffect(measureView, [measureView]);
  const viewFrame = useRef(0);
  const onViewScroll = () => {
    cancelAnimationFrame(viewFrame.current);
    viewFrame.current = requestAnimationFrame(measureView);
  };

  const find = useFind(doc, map, scroller);
  // Ctrl/Cmd+F finds in the active pane's article (the selection, if any, as what to find).
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'f' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      const selected = window.getSelection()?.toString().trim();
      find.show(selected && selected.length < 200 ? selected : undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, find]);
  const findPaints = useMemo(
    () => (view ? find.paints.filter((p) => p.key === 'find current' || (p.end > view.start && p.start < view.end)) : []),
    [find.paints, view],
  );

  const painter = useRef<HighlightPainter>(null);
  painter.current ??= new HighlightPainter();
  useLayoutEffect(() => {
    painter.current!.update(map, [...paints, ...findPaints]);
    if (map && view) performance.mark('apostille:highlights-painted', { detail: { documentId: doc.id, count: spans.length } });
  }, [map, view, paints, findPaints, doc.id, spans.length]);
  useEffect(() => () => painter.current!.clear(), []);

  const flash = (message: string) => {
    setStatus(message);
    window.setTimeout(() => setStatus(null), 2500);
  };

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
    setHover(null);
    setToolbar({
      top: Math.max(4, rect.top - frame.top - 44),
      left: Math.max(8, Math.min(frame.width - 330, rect.left - frame.left + rect.width / 2 - 150)),
      start: convert.toCodePoint(start),
      end: convert.toCodePoint(end),
    });
  }, [map, convert]);

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
  }, [find.matches, find.current, map, readSelection]);
  const highlight = useCallback(
    async (color: Annotation['color'], withNote = false) => {
      if (!toolbar) return;
      const exact = doc.text.slice(convert.toUtf16(toolbar.start), convert.toUtf16(toolbar.end));
      window.getSelection()?.removeAllRanges();
      setToolbar(null);
      const { id, saved } = create({ start: toolbar.start, end: toolbar.end, color }, exact);
      setFocused(id);
      if (withNote) {
        setShowNotes(true);
        setEditing(id);
      }
      try {
        await saved;
      } catch (error) {
        flash(formatError(language, error instanceof ApiError ? error.shape : { code: 'internal', message: String(error) }));
      }
    },
    [toolbar, create, doc.text, convert, language],
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
      const mention = await article.tag({ start, end, type, ...choice });
      if (mention.entityId) focus.select(mention.entityId);
      setTab('entities');
      setShowNotes(true);
    } catch (error) {
      flash(formatError(language, error instanceof ApiError ? error.shape : { code: 'internal', message: String(error) }));
    }
  };

  const copyQuote = async (quote: string) => {
    flash((await copyText(citeQuote(doc, quote, language))) ? t('annotations.copied') : t('annotations.copyFailed'));
  };
  const copySelection = async () => {
    if (!toolbar) return;
    await copyQuote([...doc.text].slice(toolbar.start, toolbar.end).join(''));
    setToolbar(null);
  };
  const attachHere = async () => {
    if (!toolbar || !reattaching) return;
    await reattach(reattaching, toolbar.start, toolbar.end);
    setFocused(reattaching);
    setReattaching(null);
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

  const focusPassageNow = (annotationId: string) => {
    setFocused(annotationId);
    const span = spans.find((s) => s.annotation.id === annotationId);
    const range = span && map?.toRange(span.start, span.end);
    const box = scroller.current;
    if (!range || !box) return;
    const top = range.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollBy({ top: top - box.clientHeight / 3, behavior: 'smooth' });
  };
  const focusRef = useRef(focusPassageNow);
  focusRef.current = focusPassageNow;
  const focusPassage = useCallback((annotationId: string) => focusRef.current(annotationId), []);
  /** Brings a passage (code points) into view, a third of the way down the pane. */
  const showPassage = useCallback((start: number, end: number) => {
    const range = map?.toRange(convert.toUtf16(start), convert.toUtf16(end));
    const box = scroller.current;
    if (!range || !box) return;
    const top = range.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollBy({ top: top - box.clientHeight / 3 });
  }, [map, convert]);
  // A mention chosen on an entity page, in this article.
  useEffect(() => {
    const wanted = focus.reveal;
    if (!wanted || !map || (wanted.documentId !== doc.id)) return;
    showPassage(wanted.start, wanted.end);
  }, [focus.reveal, map, doc.id, showPassage]);
  /** Focuses an annotation's card (the sidebar scrolls to it). */
  const focusCard = (annotationId: string) => {
    setFocused(annotationId);
    setShowNotes(true);
  };

  /** The highlights under the mouse (their painted boxes, not just the nearest caret), topmost last. */
  const hitTest = (event: MouseEvent): string[] => {
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
  const onMouseMove = (event: MouseEvent<HTMLDivElement>) => {
    if (event.buttons !== 0 || toolbar) return;
    const { clientX, clientY } = event;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const ids = hitTest({ clientX, clientY } as MouseEvent);
      const box = pane.current?.getBoundingClientRect();
      if (ids.length === 0 || !box) return setHover(null);
      setHover({ ids, top: clientY - box.top + 18, left: Math.max(8, Math.min(box.width - 300, clientX - box.left - 20)) });
    });
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!window.getSelection()?.isCollapsed) {
      // The end of a drag that selected a link's text: keep the selection, do not follow the link.
      if ((event.target as Element).closest('a')) event.preventDefault();
      return;
    }
    const ids = hitTest(event);
    const note = ids.findLast((id) => annotations.some((a) => a.id === id));
    const mention = mentions.find((m) => ids.includes(m.id));
    if (note) focusCard(note);
    else if (mention?.entityId) {
      focus.select(mention.entityId);
      setTab('entities');
      setShowNotes(true);
    }
  };
  const hovered = hover ? all.filter((a) => hover.ids.includes(a.id)) : [];

  // Stable, so that a change re-renders only the sidebar cards it touches.
  const saveDocumentNote = useCallback((note: string | null) => {
    void client.call('documents.setNote', { id: doc.id, note }).then((saved) => setDocumentNote(saved.note));
  }, [doc.id]);
  const onUpdate = useCallback((change: MethodInput<'annotations.update'>) => void update(change), [update]);
  const onRemove = useCallback((annotationId: string) => void remove(annotationId), [remove]);
  const copyRef = useRef(copyQuote);
  copyRef.current = copyQuote;
  const onCopy = useCallback((annotation: Annotation) => void copyRef.current(annotation.exact), []);
  const [editingDetails, setEditingDetails] = useState(false);

  return (
    <div ref={pane} className="pane-inner">
      <PaneBar index={index} title={doc.title} onClose={onClose}>
        <button type="button" className="icon-button" onClick={() => setEditingDetails(true)} title={t('details.edit')} aria-label={t('details.edit')} data-testid="pane-details">✎</button>
        {editingDetails && <DetailsDialog id={doc.id} onSaved={() => undefined} onClose={() => setEditingDetails(false)} />}
        <button type="button" className="icon-button" onClick={() => find.show()} title={t('find.open')} aria-label={t('find.open')} data-testid="pane-find">⌕</button>
        <button type="button" className={`notes-toggle${showNotes ? ' on' : ''}`} onClick={() => ((notesByHand.current = true), setShowNotes(!showNotes))} aria-pressed={showNotes} data-testid="notes-toggle">
          {t('annotations.count', { count: annotations.length })}
        </button>
      </PaneBar>
      {find.open && <FindBar find={find} onSelect={selectMatch} />}
      <div className="pane-body">
        <div
          className={`pane-scroll${hover ? ' over-highlight' : ''}`}
          ref={(el) => {
            scroller.current = el;
            if (typeof ref === 'function') ref(el);
            else if (ref) ref.current = el;
          }}
          onScroll={(e) => {
            setHover(null);
            onViewScroll();
            onScroll(e);
          }}
          onMouseUp={readSelection}
          onKeyUp={(e) => e.shiftKey && readSelection()}
          onMouseMove={onMouseMove}
          onMouseLeave={() => setHover(null)}
          onClick={onClick}
          tabIndex={0}
          role="region"
          aria-label={t('reader.articleText', { title: doc.title })}
        >
          <ArticleView doc={doc} onMap={setMap} />
        </div>
        {showNotes && (
          <div className="pane-side">
            <div className="side-tabs" role="tablist">
              <button type="button" role="tab" aria-selected={tab === 'notes'} className={tab === 'notes' ? 'on' : ''} onClick={() => setTab('notes')} data-testid="tab-notes">
                {t('annotations.title')} <span className="count">{annotations.length}</span>
              </button>
              <button type="button" role="tab" aria-selected={tab === 'entities'} className={tab === 'entities' ? 'on' : ''} onClick={() => setTab('entities')} data-testid="tab-entities">
                {t('entities.title')} <span className="count">{article.entities.length}</span>
                {(article.suggestions?.length ?? 0) > 0 && <span className="count suggested" title={t('entities.suggestions')}>+{article.suggestions!.length}</span>}
              </button>
            </div>
            {tab === 'notes' ? (
              <AnnotationSidebar
                annotations={annotations}
                focused={focused}
                editing={editing}
                reattaching={reattaching}
                documentNote={documentNote}
                onDocumentNote={saveDocumentNote}
                onFocus={focusPassage}
                onEdit={setEditing}
                onUpdate={onUpdate}
                onRemove={onRemove}
                onCopy={onCopy}
                onReattach={setReattaching}
              />
            ) : (
              <EntityPanel
                entities={article.entities}
                mentions={mentions}
                suggestions={article.suggestions}
                complete={article.complete}
                onAccept={(sug) => void article.accept(sug)}
                onReject={(sug) => void article.reject(sug)}
                onAcceptAll={(sug) => void article.acceptAll(sug).then((r) => r && flash(t('entities.acceptedAll', { count: r.tagged, documents: r.documents })))}
                onShow={showPassage}
                onUntag={onRemove}
              />
            )}
          </div>
        )}
      </div>
      {toolbar && (
        <SelectionToolbar
          top={toolbar.top}
          left={toolbar.left}
          reattaching={reattaching !== null}
          onHighlight={(color) => void highlight(color)}
          onNote={() => void highlight('yellow', true)}
          onCopy={() => void copySelection()}
          onReattach={() => void attachHere()}
          onTagAs={startTagging}
        />
      )}
      {tagging && (
        <TagPicker
          top={tagging.top}
          left={tagging.left}
          text={tagging.text}
          type={tagging.type}
          onCancel={() => setTagging(null)}
          onPick={(choice) => void finishTagging(choice)}
        />
      )}
      {hovered.length > 0 && hover && (
        <div className="hover-note" style={{ top: hover.top, left: hover.left }} role="tooltip" data-testid="hover-note">
          {hovered.map((a) => {
            const entity = a.entityId ? article.byId.get(a.entityId) : undefined;
            if (a.motivation === 'identifying') {
              return (
                <div key={a.id} className={`hover-item type-${entity?.type ?? 'MISC'}`}>
                  <span className="type-chip">{entityTypes.label(entity?.type ?? 'MISC')}</span> <strong>{entity?.name ?? a.exact}</strong>
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
      )}
      {status && <div className="pane-status" role="status" data-testid="pane-status">{status}</div>}
    </div>
  );
});
