import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../app/contract/index.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { formatError, placeInFile } from '../../../app/contract/shared/error-messages.ts';
import { skipReasonText } from '../../../app/contract/shared/skip-reasons.ts';
import { useSettings } from '../../shared/settings-context.tsx';

interface Props {
  report: ImportReport;
  /** The import was stopped before its end: what is listed was done, and stays. */
  stopped?: boolean;
  onClose(): void;
  onOpen(id: string): void;
  /** Saves the pages of skipped entries that had an address but no text in their export. */
  onFetch(addresses: string[]): void;
}

/** What an import did: each file imported, already there, or refused with the reason in the user's language. */
export function ImportReportDialog({ report, stopped = false, onClose, onOpen, onFetch }: Props) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const skipped = report.skipped ?? [];
  const fetchable = [...new Set(skipped.flatMap((s) => (s.reason === 'no_text' && s.url ? [s.url] : [])))];
  return (
    <Dialog title={t('importer.report')} closeLabel={t('importer.close')} onClose={onClose} testId="import-report">
      {stopped && <p className="hint" role="status" data-testid="import-stopped">{t('importer.stopped')}</p>}
      <ul className="report-summary">
        <li className="ok">{t('importer.imported', { count: report.imported.length })}</li>
        {report.updated.length > 0 && <li className="ok">{t('importer.updated', { count: report.updated.length })}</li>}
        {report.duplicates.length > 0 && <li className="same">{t('importer.duplicates', { count: report.duplicates.length })}</li>}
        {report.failed.length > 0 && <li className="bad">{t('importer.failed', { count: report.failed.length })}</li>}
        {report.highlights && (
          <li className={report.highlights.notFound > 0 ? 'same' : 'ok'} data-testid="import-highlights">
            {t('importer.highlightsPlaced', { count: report.highlights.placed })}
            {report.highlights.notFound > 0 && ` · ${t('importer.highlightsNotFound', { count: report.highlights.notFound })}`}
            {report.highlights.duplicates > 0 && ` · ${t('importer.highlightsThere', { count: report.highlights.duplicates })}`}
          </li>
        )}
        {skipped.length > 0 && <li className="same">{t('importer.skipped', { count: skipped.length })}</li>}
      </ul>
      {fetchable.length > 0 && (
        <p className="report-fetch">
          <button type="button" onClick={() => onFetch(fetchable)} data-testid="fetch-skipped">{t('importer.fetchPages', { count: fetchable.length })}</button>
        </p>
      )}
      <div className="report-list">
        {report.failed.map((item) => (
          <div key={`f-${item.file}`} className="report-item bad" data-testid="import-failure">
            <strong>{item.file}</strong>
            <span>{formatError(language, item.error)}</span>
          </div>
        ))}
        {report.imported.map((item) => (
          <div key={`i-${item.id}`} className="report-item ok" data-testid="import-imported">
            <strong>{item.title}</strong>
            {item.imagesMissing && <span>{t('importer.imagesMissing', { count: item.imagesMissing })}</span>}
            <button type="button" className="link-button" onClick={() => onOpen(item.id)}>{t('importer.open')}</button>
          </div>
        ))}
        {report.updated.map((item) => (
          <div key={`u-${item.id}`} className="report-item ok" data-testid="import-updated">
            <strong>{item.title}</strong>
            <span>{t('importer.moved', { count: item.reanchored })}{item.orphaned > 0 ? ` · ${t('importer.orphaned', { count: item.orphaned })}` : ''}</span>
            <button type="button" className="link-button" onClick={() => onOpen(item.id)}>{t('importer.open')}</button>
          </div>
        ))}
        {skipped.map((item, i) => (
          <div key={`s-${i}`} className="report-item same" data-testid="import-skipped">
            <strong>{item.url ?? `${item.file} · ${placeInFile(language, item.at)}`}</strong>
            <span>{skipReasonText(language, item.reason)}</span>
          </div>
        ))}
        {report.duplicates.map((item) => (
          <div key={`d-${item.file}`} className="report-item same"><strong>{item.file}</strong><span>{item.title}</span></div>
        ))}
      </div>
    </Dialog>
  );
}
