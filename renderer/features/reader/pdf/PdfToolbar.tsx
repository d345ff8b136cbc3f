import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfViewState } from './usePdfViewer.ts';

interface Props {
  state: PdfViewState;
  /** Pages (the PDF as printed) or its text (as an article). */
  asText: boolean;
  /** A PDF with no text (a scan) has only its pages. */
  hasText: boolean;
  onAsText(asText: boolean): void;
  goTo(page: number): void;
  zoom(factor: number): void;
  fitWidth(): void;
  /** Downloads the PDF with its annotations written into it. */
  onExport(): void;
  exporting: boolean;
  /** Drawing area highlights (a drag on a page draws a rectangle). */
  drawingArea: boolean;
  onDrawArea(drawing: boolean): void;
}

/** Above a PDF: the page number box, zoom and fit to width, and the switch between its pages and its text. */
export function PdfToolbar({ state, asText, hasText, onAsText, goTo, zoom, fitWidth, onExport, exporting, drawingArea, onDrawArea }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(String(state.page));
  useEffect(() => setTyped(String(state.page)), [state.page]);
  const pagesMode = !asText;
  return (
    <div className="pdf-toolbar" role="toolbar" aria-label={t('pdf.toolbar')} data-testid="pdf-toolbar">
      {pagesMode && (
        <>
          <form className="pdf-page-box" onSubmit={(e) => (e.preventDefault(), goTo(Number(typed)))}>
            <label>
              <span>{t('pdf.page')}</span>
              <input value={typed} onChange={(e) => setTyped(e.target.value.replace(/\D/g, ''))} onBlur={() => setTyped(String(state.page))} inputMode="numeric" size={4} aria-label={t('pdf.pageNumber')} data-testid="pdf-page" />
            </label>
            <span className="pdf-page-count" data-testid="pdf-page-count">{t('pdf.of', { count: state.pages })}</span>
          </form>
          <button type="button" className="icon-button" onClick={() => zoom(1 / 1.2)} title={t('pdf.zoomOut')} aria-label={t('pdf.zoomOut')} data-testid="pdf-zoom-out">−</button>
          <span className="pdf-scale" data-testid="pdf-scale">{Math.round(state.scale * 100)} %</span>
          <button type="button" className="icon-button" onClick={() => zoom(1.2)} title={t('pdf.zoomIn')} aria-label={t('pdf.zoomIn')} data-testid="pdf-zoom-in">+</button>
          <button type="button" onClick={fitWidth} data-testid="pdf-fit-width">{t('pdf.fitWidth')}</button>
          {hasText && (
            <button type="button" className="pdf-area-tool" aria-pressed={drawingArea} onClick={() => onDrawArea(!drawingArea)} onKeyDown={(e) => e.key === 'Escape' && onDrawArea(false)} title={t('pdf.areaTitle')} data-testid="pdf-area-tool">
              {t('pdf.area')}
            </button>
          )}
        </>
      )}
      <button type="button" className="pdf-export" onClick={onExport} disabled={exporting} title={t('pdf.exportAnnotatedTitle')} data-testid="pdf-export">{t('pdf.exportAnnotated')}</button>
      {hasText && (
        <div className="pdf-mode" role="group" aria-label={t('pdf.show')}>
          <button type="button" aria-pressed={pagesMode} onClick={() => onAsText(false)} data-testid="pdf-show-pages">{t('pdf.pages')}</button>
          <button type="button" aria-pressed={asText} onClick={() => onAsText(true)} data-testid="pdf-show-text">{t('pdf.text')}</button>
        </div>
      )}
    </div>
  );
}
