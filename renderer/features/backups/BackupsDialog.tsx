import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../app/contract/index.ts';
import { formatSize } from '../../../app/contract/shared/sizes.ts';
import { client } from '../../api/client.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { useLibrarySettings } from '../../shared/library-settings.tsx';
import { useNotices } from '../../shared/notices.tsx';
import { useSettings } from '../../shared/settings-context.tsx';

/**
 * The library's backups: the list (newest first, with why each was made), a backup now, how many are kept, and a
 * restore — asked for twice, since it replaces the library (the library as it is is kept as a backup first).
 */
export function BackupsDialog({ libraryPath, onClose }: { libraryPath: string; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { fail } = useNotices();
  const { library, updateLibrary } = useLibrarySettings();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const reload = useCallback(() => void client.call('backups.list', {}).then(setBackups, fail), [fail]);
  useEffect(reload, [reload]);
  const date = (iso: string) => new Date(iso).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const backUpNow = async () => {
    setBusy(true);
    const outcome = await (await client.runJob('backups.create', { reason: 'manual' })).outcome;
    setBusy(false);
    if (outcome.state === 'failed') fail(outcome.error);
    reload();
  };
  const restore = async (name: string) => {
    setBusy(true);
    setConfirming(null);
    const outcome = await (await client.runJob('backups.restore', { name })).outcome;
    setBusy(false);
    // Everything on the page came from the library as it was: start again from the restored one.
    if (outcome.state === 'done') window.location.reload();
    else if (outcome.state === 'failed') fail(outcome.error);
  };

  return (
    <Dialog title={t('backups.title')} closeLabel={t('importer.close')} onClose={onClose} testId="backups-dialog">
      <p className="hint">{t('backups.hint', { path: `${libraryPath}/backups` })}</p>
      <div className="backups-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void backUpNow()} data-testid="backup-now">{t('backups.now')}</button>
        <label className="select-label">
          {t('backups.kept')}
          <input type="number" min={1} max={100} value={library.backupsKept} className="number-input"
            onChange={(e) => Number(e.target.value) >= 1 && updateLibrary({ backupsKept: Math.min(100, Math.round(Number(e.target.value))) })} data-testid="backups-kept" />
        </label>
      </div>
      {backups?.length === 0 && <p className="hint" data-testid="backups-empty">{t('backups.none')}</p>}
      {backups && backups.length > 0 && (
        <ul className="backups-list" data-testid="backups-list">
          {backups.map((b) => (
            <li key={b.name} className="backup-row" data-testid="backup-row">
              <span className="backup-date">{date(b.created)}</span>
              <span className="backup-reason">{t(`backups.reasons.${b.reason}`)}</span>
              <span className="backup-size">{formatSize(b.bytes)}</span>
              {confirming === b.name ? (
                <span className="backup-confirm" role="group" aria-label={t('backups.confirm')}>
                  <span>{t('backups.confirm')}</span>
                  <button type="button" className="danger" disabled={busy} onClick={() => void restore(b.name)} data-testid="backup-restore-confirm">{t('backups.restore')}</button>
                  <button type="button" onClick={() => setConfirming(null)}>{t('backups.cancel')}</button>
                </span>
              ) : (
                <button type="button" disabled={busy} onClick={() => setConfirming(b.name)} data-testid="backup-restore">{t('backups.restore')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
