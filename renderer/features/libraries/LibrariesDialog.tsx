import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape, LibraryEntry, LibraryList } from '../../../app/contract/index.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { client, toErrorShape } from '../../api/client.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import { openLibrary } from './switching.ts';

/** A team's address as a reader knows it: the database, and the server it is on. */
export function teamPlace(address: string): { database: string; server: string } {
  try {
    const url = new URL(address);
    return { database: decodeURIComponent(url.pathname.replace(/^\//, '')) || url.hostname, server: url.host };
  } catch {
    return { database: address, server: '' };
  }
}

/** What a library is called on screen: its name, or "My library" for this machine's first. */
export function useLibraryName(): (entry: LibraryEntry) => string {
  const { t } = useTranslation();
  return useCallback((entry: LibraryEntry) => entry.name || t('libraries.first'), [t]);
}

/**
 * This machine's libraries: the private one, team libraries, others made for a subject. One is open; opening another
 * starts the page again on it. A new one starts empty; one taken off the list keeps its folder.
 */
export function LibrariesDialog({ list: initial, onClose }: { list: LibraryList; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const nameOf = useLibraryName();
  const [list, setList] = useState(initial);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [name, setName] = useState('');
  const reload = useCallback(() => client.call('libraries.list', {}).then(setList, (e: unknown) => setError(toErrorShape(e))), []);
  useEffect(() => void reload(), [reload]);

  const attempt = async (what: string, work: () => Promise<unknown>) => {
    setBusy(what);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(toErrorShape(e));
      setBusy(null);
    }
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void attempt('new', async () => openLibrary((await client.call('libraries.create', { name: name.trim() })).id));
  };
  const forget = (entry: LibraryEntry) => attempt(entry.id, async () => {
    await client.call('libraries.forget', { id: entry.id });
    await reload();
    setBusy(null);
  });

  return (
    <Dialog title={t('libraries.title')} closeLabel={t('importer.close')} onClose={onClose} testId="libraries-dialog">
      <p className="hint">{t('libraries.hint')}</p>
      <ul className="library-choices" data-testid="library-choices">
        {list.libraries.map((entry) => {
          const current = entry.id === list.current;
          const place = entry.team && teamPlace(entry.team.address);
          return (
            <li key={entry.id} className={current ? 'current' : undefined} data-testid="library-choice" aria-current={current || undefined}>
              <div className="library-choice-text">
                <span className="library-choice-name">{nameOf(entry)}</span>
                {current && <span className="badge">{t('libraries.openNow')}</span>}
                <span className="library-choice-kind">
                  {place ? t('libraries.team', { database: place.database, server: place.server, member: entry.team!.member }) : t('libraries.private')}
                </span>
                <span className="library-choice-dir" title={entry.dir}>{entry.dir}</span>
              </div>
              {!current && (
                <div className="library-choice-actions">
                  <button type="button" disabled={busy !== null} onClick={() => void attempt(entry.id, () => openLibrary(entry.id))}
                    aria-label={t('libraries.openNamed', { name: nameOf(entry) })} data-testid="library-open">
                    {busy === entry.id ? t('libraries.opening') : t('libraries.open')}
                  </button>
                  {entry.name !== '' && (
                    <button type="button" className="link-button" disabled={busy !== null} onClick={() => void forget(entry)}
                      aria-label={t('libraries.forgetNamed', { name: nameOf(entry) })} data-testid="library-forget">{t('libraries.forget')}</button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {error && <p className="team-error" role="alert" data-testid="libraries-error">{formatError(language, error)}</p>}
      <form className="library-new" onSubmit={create} data-testid="library-new">
        <label className="field">
          <span>{t('libraries.newName')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} autoComplete="off" data-testid="library-new-name" />
        </label>
        <button type="submit" disabled={busy !== null || !name.trim()} data-testid="library-create">
          {busy === 'new' ? t('libraries.opening') : t('libraries.create')}
        </button>
      </form>
      <p className="hint">{t('libraries.forgetHint')}</p>
    </Dialog>
  );
}
