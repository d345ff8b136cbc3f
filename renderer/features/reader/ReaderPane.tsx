// A reader pane: its bar, and its article wired to the highlights, the selection toolbar, hover notes and side panel.
import { forwardRef, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type UIEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Annotation, DocumentFull, MethodInput } from '../../../app/contract/index.ts';
import { offsetConverter } from '../../../app/contract/shared/code-points.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { pageAt } from '../../../app/contract/shared/pages.ts';
import { ApiError } from '../../api/client.ts';
import { useNotices } from '../../shared/notices.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import { citeQuote, copyText } from '../annotations/citation.ts';
import { useHistory } from '../annotations/history.tsx';
import { annotationCountsLabel } from '../annotations/labels.ts';
import { SelectionToolbar } from '../annotations/SelectionToolbar.tsx';
import { useAnnotations } from '../annotations/useAnnotations.ts';
import { useEntityFocus } from '../entities/entity-focus.tsx';
import { TagPicker } from '../entities/TagPicker.tsx';
import { useArticleEntities } from '../entities/useArticleEntities.ts';
import { DetailsDialog } from '../library/DetailsDialog.tsx';
import { ArticleView } from './ArticleView.tsx';
import { ContentsMenu } from './ContentsMenu.tsx';
import { BookToolbar } from './book/BookToolbar.tsx';
import { useBookView, type BookFlow } from './book/useBookView.ts';
import { FindBar } from './FindBar.tsx';
import { HoverNote, useHoverNote } from './HoverNote.tsx';
import { PaneSidebar, useDocumentNote, type SideTab } from './PaneSidebar.tsx';
import type { TextMap } from './text-map.ts';
import { onPassageRequest, takePassageRequest } from './find-requests.ts';
import { useDocument } from './useDocument.ts';
import { PdfToolbar } from './pdf/PdfToolbar.tsx';
import { usePdfViewer } from './pdf/usePdfViewer.ts';
import { useAnnotatedPdf } from './pdf/useAnnotatedPdf.ts';
import { wordNear, type DrawnArea } from './pdf/pdf-areas.ts';
import { areaAt, useAreaHighlights } from './pdf/useAreaHighlights.ts';
import { useFind } from './useFind.ts';
import { useNotesFold } from './useNotesFold.ts';
import { usePassageScroll } from './usePassageScroll.ts';
import { useSelectionActions } from './useSelectionActions.ts';
import { usePassageSpans, useViewWindow, useVisibleHighlights } from './useVisibleHighlights.ts';

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
            {state.status === 'loading' && <PaneLoading />}
            {state.status === 'error' && <div className="pane-message" role="alert">{state.error.code === 'not_found' ? t('reader.missing') : formatError(language, state.error.shape)}</div>}
          </div>
        </>
      )}
    </section>
  );
});

/** While an article comes: after a moment (a quick one shows nothing), a word and the shape of a page. */
function PaneLoading() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), 150);
    return () => window.clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div className="pane-loading" role="status" data-testid="pane-loading">
      <p>{t('reader.loading')}</p>
      {[90, 60, 100, 95, 80, 100, 70].map((width, i) => <span key={i} className="skeleton-line" style={{ width: `${width}%` }} aria-hidden="true" />)}
    </div>
  );
}

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

/** The article with its annotations painted over it, the selection toolbar, hover notes and the sidebar. */
const AnnotatedArticle = forwardRef<HTMLDivElement, Props & { doc: DocumentFull; annotations: ReturnType<typeof useAnnotations> }>(function AnnotatedArticle(
  { doc, annotations: { annotations: all, create, update, remove, reattach, insertLocal, reload }, index, active, onClose, onScroll },
  ref,
) {
  const { t } = useTranslation();
  const { language, settings } = useSettings();
  const focus = useEntityFocus();
  // Notes and highlights in the notes sidebar; entity mentions (motivation identifying) in the entities one.
  const annotations = useMemo(() => all.filter((a) => a.motivation !== 'identifying'), [all]);
  const mentions = useMemo(() => all.filter((a) => a.motivation === 'identifying' && !a.orphan), [all]);

  const [tab, setTab] = useState<SideTab>('notes');
  // Mentions tagged elsewhere (accept-all, another pane) appear here too.
  useEffect(() => {
    if (focus.revision > 0) void reload();
  }, [focus.revision, reload]);
  const [map, setMap] = useState<TextMap | null>(null);
  const convert = useMemo(() => offsetConverter(doc.text), [doc.text]);
  const length = useMemo(() => convert.toCodePoint(doc.text.length), [convert, doc.text.length]);
  const pane = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement | null>(null);
  // A PDF shows its pages (pdf.js's viewer in the scroller), or its text as an article; a scan only its pages.
  const [pdfAsText, setPdfAsText] = useState(false);
  const pdf = usePdfViewer(doc, scroller, setMap, doc.format === 'pdf' && !pdfAsText);
  const annotatedPdf = useAnnotatedPdf(doc.id);
  const pdfPages = doc.format === 'pdf' && (!pdfAsText || doc.text === '') && pdf.state.status !== 'failed';
  // A book shows in its own layout (foliate-js), or as its text; a selection in the book is read back into the text.
  const [bookAsText, setBookAsText] = useState(false);
  const [bookFlow, setBookFlow] = useState<BookFlow>('paginated');
  const bookHost = useRef<HTMLDivElement>(null);
  const bookSelected = useRef<(passage: { start: number; end: number; rect: DOMRect } | null) => void>(() => undefined);
  const bookShown = useRef<(annotationId: string) => void>(() => undefined);
  const wantsBook = doc.format === 'epub' && !bookAsText;
  const book = useBookView(doc.id, bookHost, wantsBook, bookFlow, all, (passage) => bookSelected.current(passage), (id) => bookShown.current(id));
  const bookPages = wantsBook && book.state.status !== 'failed';
  const { view, onScroll: onViewScroll } = useViewWindow(scroller, map, doc.text.length);
  const viewInCodePoints = useMemo(() => view && { start: convert.toCodePoint(view.start), end: convert.toCodePoint(view.end) }, [view, convert]);
  const article = useArticleEntities(doc.id, length, viewInCodePoints, mentions, insertLocal, map !== null);
  const [focused, setFocused] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [reattaching, setReattaching] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [documentNote, saveDocumentNote] = useDocumentNote(doc);
  const notes = useNotesFold(pane);
  // Printing prints the article with its notes (as the report does): the notes tab is shown first, whatever was open.
  useEffect(() => {
    const beforePrint = () => flushSync(() => {
      setTab('notes');
      notes.open();
    });
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [notes.open]);
  const { spans, mentionSpans } = usePassageSpans(annotations, mentions, convert);

  const find = useFind(doc, map, scroller);
  const showFind = find.show;
  // Ctrl/Cmd+F finds in the active pane's article (the selection, if any, as what to find).
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'f' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      const selected = window.getSelection()?.toString().trim();
      showFind(selected && selected.length < 200 ? selected : undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, showFind]);
  useVisibleHighlights({ documentId: doc.id, map, view, spans, mentionSpans, focused, selectedEntity: focus.selected, article, showSuggestions: settings.showSuggestions, convert, found: find.paints });

  // A message shows 2.5 s; a newer one restarts the clock (an older message's timer never cuts it short).
  const flashTimer = useRef(0);
  const flash = useCallback((message: string) => {
    setStatus(message);
    window.clearTimeout(flashTimer.current);
    flashTimer.current = window.setTimeout(() => setStatus(null), 2500);
  }, []);
  const copyQuote = async (quote: string, at: number) => {
    const page = doc.pages ? pageAt(doc.pages, convert.toUtf16(at)) : null;
    flash((await copyText(citeQuote(doc, quote, language, page))) ? t('annotations.copied') : t('annotations.copyFailed'));
  };
  /** Shows the entities tab, with the entity lit. */
  const showEntity = (entityId: Annotation['entityId']) => {
    if (entityId) focus.select(entityId);
    setTab('entities');
    notes.open();
  };
  const onCreated = useCallback((id: string, withNote: boolean) => {
    setFocused(id);
    if (withNote) {
      notes.open();
      setEditing(id);
    }
  }, [notes.open]);
  const hover = useHoverNote(pane, map, spans, mentionSpans);
  // A highlight made on a PDF's page keeps where the page drew it (for the annotated PDF).
  const regionsOf = pdf.regionsOf;
  const createHere = useCallback<typeof create>((input, exact) => {
    const range = pdfPages ? map?.toRange(convert.toUtf16(input.start), convert.toUtf16(input.end)) : null;
    const regions = range ? regionsOf(range) : undefined;
    return create(regions ? { ...input, regions } : input, exact);
  }, [create, pdfPages, map, convert, regionsOf]);
  const selection = useSelectionActions({
    pane, doc, map, convert, find, annotations: { create: createHere, reattach }, tag: article.tag, reattaching, copyQuote, flash, onCreated,
    onReattached: (id) => (setFocused(id), setReattaching(null)),
    onTagged: showEntity,
    onShow: hover.hide,
  });
  bookSelected.current = selection.showToolbarAt;
  bookShown.current = (id) => {
    setFocused(id);
    notes.open();
  };
  // The toolbar gone (a highlight made, Esc), the book's selection goes too.
  const clearBookSelection = book.clearSelection;
  useEffect(() => {
    if (!selection.toolbar && bookPages) clearBookSelection();
  }, [selection.toolbar, bookPages, clearBookSelection]);

  // Area highlights (a figure, a table): drawn as rectangles on a PDF's pages, anchored on the text inside them (or the
  // page's first word), kept with their picture; the note is written at once.
  const [drawingArea, setDrawingArea] = useState(false);
  const onAreaDrawn = useCallback(({ area, snapshot, text }: DrawnArea) => {
    const inside = text && map ? { start: map.toOffset(text.startContainer, text.startOffset, 'start'), end: map.toOffset(text.endContainer, text.endOffset, 'end') } : null;
    const at = inside?.start != null && inside.end != null && inside.end > inside.start ? (inside as { start: number; end: number }) : wordNear(doc.text, doc.pages ?? [], area.page);
    if (!at) return;
    const { id, saved } = create({ start: convert.toCodePoint(at.start), end: convert.toCodePoint(at.end), area, ...(snapshot ? { snapshot } : {}) }, doc.text.slice(at.start, at.end));
    onCreated(id, true);
    saved.catch((error: unknown) => flash(formatError(language, error instanceof ApiError ? error.shape : { code: 'internal', message: String(error) })));
  }, [map, doc.text, doc.pages, create, convert, onCreated, flash, language]);
  const areas = useMemo(() => annotations.filter((a) => a.area), [annotations]);
  useEffect(() => {
    if (!drawingArea) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setDrawingArea(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawingArea]);
  useAreaHighlights({ viewerDiv: pdf.viewerDiv, drawing: pdfPages && drawingArea, pageAt: pdf.pageAt, pageView: pdf.pageView, onPageDrawn: pdf.onPageDrawn, areas, focused, onDrawn: onAreaDrawn });

  const goToPage = pdf.goTo;
  const bringIntoView = useCallback((at: number) => doc.pages && goToPage(pageAt(doc.pages, at)), [doc.pages, goToPage]);
  const { focusPassage, showPassage } = usePassageScroll({ documentId: doc.id, scroller, map, convert, spans, setFocused, bringIntoView: pdfPages ? bringIntoView : undefined });
  /** Where the pane's view starts in the text (UTF-16): the text under its top left corner. */
  const topOffset = () => {
    const box = scroller.current?.getBoundingClientRect();
    const caret = box && document.caretPositionFromPoint?.(box.left + 40, box.top + 16);
    return caret && map ? map.toOffset(caret.offsetNode, caret.offset, 'start') : null;
  };
  // An annotation asked for from outside (an apostille:// link), once the article is drawn.
  const [wantedPassage, setWantedPassage] = useState<string | undefined>(() => takePassageRequest(doc.id));
  useEffect(() => onPassageRequest(doc.id, setWantedPassage), [doc.id]);
  useEffect(() => {
    if (!wantedPassage || !map || !spans.some((s) => s.annotation.id === wantedPassage)) return;
    focusPassage(wantedPassage);
    setWantedPassage(undefined);
  }, [wantedPassage, map, spans, focusPassage]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!window.getSelection()?.isCollapsed) {
      // The end of a drag that selected a link's text: keep the selection, do not follow the link.
      if ((event.target as Element).closest('a')) event.preventDefault();
      return;
    }
    const ids = hover.hitTest(event);
    const note = ids.findLast((id) => annotations.some((a) => a.id === id)) ?? (pdfPages ? areaAt(pdf.viewerDiv.current, event.clientX, event.clientY) : null);
    const mention = mentions.find((m) => ids.includes(m.id));
    // A highlight's card is focused (the sidebar scrolls to it); a mention's entity is shown.
    if (note) {
      setFocused(note);
      notes.open();
    } else if (mention?.entityId) showEntity(mention.entityId);
  };

  // Stable, so that a change re-renders only the sidebar cards it touches.
  const onUpdate = useCallback((change: MethodInput<'annotations.update'>) => void update(change), [update]);
  // A deleted highlight says so, with Undo (as Ctrl/Cmd+Z).
  const { notify } = useNotices();
  const { undo } = useHistory();
  const onRemove = useCallback((annotationId: string) => {
    void remove(annotationId);
    notify(t('annotations.deleted'), { label: t('manage.undo'), run: undo });
  }, [remove, notify, undo, t]);
  const copyRef = useRef(copyQuote);
  copyRef.current = copyQuote;
  const onCopy = useCallback((annotation: Annotation) => void copyRef.current(annotation.exact, annotation.start), []);
  const [editingDetails, setEditingDetails] = useState(false);

  // The article's scroller; a PDF's pages are drawn in it by pdf.js's viewer, which scrolls it.
  const scrollArea = (
    <div
      className={`pane-scroll${hover.shown ? ' over-highlight' : ''}${pdfPages ? ' pdf-scroll' : ''}${doc.format === 'epub' ? ' book-text' : ''}`}
      ref={(el) => {
        scroller.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      }}
      onScroll={(e) => {
        hover.hide();
        onViewScroll();
        onScroll(e);
      }}
      onMouseUp={selection.readSelection}
      onKeyUp={(e) => e.shiftKey && selection.readSelection()}
      onMouseMove={(e) => {
        if (!selection.toolbar) hover.onMouseMove(e);
      }}
      onMouseLeave={hover.hide}
      onClick={onClick}
      tabIndex={0}
      role="region"
      aria-label={t('reader.articleText', { title: doc.title })}
    >
      {pdfPages ? <div className={`pdfViewer${drawingArea ? ' drawing-area' : ''}`} ref={pdf.viewerDiv} data-annotatable="pdf" data-testid="pdf-pages" /> : <ArticleView doc={doc} onMap={setMap} />}
    </div>
  );

  return (
    <div ref={pane} className="pane-inner">
      <PaneBar index={index} title={doc.title} onClose={onClose}>
        <button type="button" className="icon-button pane-tool" onClick={() => setEditingDetails(true)} title={t('details.edit')} aria-label={t('details.edit')} data-testid="pane-details">✎</button>
        {editingDetails && <DetailsDialog id={doc.id} onSaved={() => undefined} onClose={() => setEditingDetails(false)} />}
        {!bookPages && <ContentsMenu doc={doc} topOffset={topOffset} onGo={(start, end) => showPassage(convert.toCodePoint(start), convert.toCodePoint(end), 'top')} />}
        <button type="button" className="icon-button pane-tool" onClick={() => find.show()} title={t('find.open')} aria-label={t('find.open')} data-testid="pane-find">⌕</button>
        <button type="button" className={`notes-toggle${notes.shown ? ' on' : ''}`} onClick={notes.toggle} aria-pressed={notes.shown} data-testid="notes-toggle">
          {annotationCountsLabel(t, annotations.length, annotations.filter((a) => a.note).length)}
        </button>
      </PaneBar>
      {find.open && <FindBar find={find} onSelect={selection.selectMatch} />}
      <div className={`pane-body${notes.overlay ? ' notes-overlay' : ''}`}>
        {doc.format === 'epub' ? (
          <div className="pdf-frame">
            <BookToolbar state={book.state} asText={!bookPages} onAsText={setBookAsText} flow={bookFlow} onFlow={setBookFlow} goTo={book.goTo} prev={book.prev} next={book.next} />
            {book.state.status === 'failed' && <p className="article-notice pdf-notice" role="alert">{t('book.failed')}</p>}
            <div className="pdf-stage">{bookPages ? <div className="book-stage" ref={bookHost} role="region" aria-label={t('reader.articleText', { title: doc.title })} data-annotatable="book" /> : scrollArea}</div>
          </div>
        ) : doc.format === 'pdf' ? (
          <div className="pdf-frame">
            <PdfToolbar state={pdf.state} asText={!pdfPages} hasText={doc.text !== ''} onAsText={setPdfAsText} goTo={pdf.goTo} zoom={pdf.zoom} fitWidth={pdf.fitWidth} onExport={() => void annotatedPdf.exportPdf()} exporting={annotatedPdf.exporting} drawingArea={drawingArea} onDrawArea={setDrawingArea} />
            {doc.text === '' && <p className="article-notice pdf-notice" role="note" data-testid="no-text-layer">{t('reader.noTextLayer')}</p>}
            {pdf.state.status === 'failed' && <p className="article-notice pdf-notice" role="alert">{t('pdf.failed')}</p>}
            <div className="pdf-stage">{scrollArea}</div>
          </div>
        ) : scrollArea}
        {notes.shown && (
          <PaneSidebar
            tab={tab}
            onTab={setTab}
            notes={{ annotations, focused, editing, reattaching, documentId: doc.id, documentNote, onDocumentNote: saveDocumentNote, onFocus: focusPassage, onEdit: setEditing, onUpdate, onRemove, onCopy, onReattach: setReattaching }}
            mentions={mentions}
            article={article}
            onShow={showPassage}
            flash={flash}
            removeMention={remove}
            title={doc.title}
          />
        )}
      </div>
      {selection.toolbar && (
        <SelectionToolbar
          top={selection.toolbar.top}
          left={selection.toolbar.left}
          reattaching={reattaching !== null}
          onHighlight={(color) => void selection.highlight(color)}
          onNote={() => void selection.highlight('yellow', true)}
          onCopy={() => void selection.copySelection()}
          onReattach={() => void selection.attachHere()}
          onTagAs={selection.startTagging}
        />
      )}
      {selection.tagging && (
        <TagPicker
          top={selection.tagging.top}
          left={selection.tagging.left}
          text={selection.tagging.text}
          type={selection.tagging.type}
          onCancel={selection.cancelTagging}
          onPick={(choice) => void selection.finishTagging(choice)}
        />
      )}
      {hover.shown && <HoverNote hover={hover.shown} annotations={all} entities={article.byId} />}
      {status && <div className="pane-status" role="status" data-testid="pane-status">{status}</div>}
    </div>
  );
});
