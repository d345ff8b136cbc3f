import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryList } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { LibrariesDialog, useLibraryName } from './LibrariesDialog.tsx';
import { reloadOnSwitch } from './switching.ts';

/** The top bar's name of the library open, and the way to the others. */
export function LibraryButton() {
  const { t } = useTranslation();
  const nameOf = useLibraryName();
  const [list, setList] = useState<LibraryList | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    void client.call('libraries.list', {}).then(setList, () => setList(null));
    return reloadOnSwitch();
  }, []);
  const current = list?.libraries.find((entry) => entry.id === list.current);
  if (!list || !current) return null;
  const name = nameOf(current);
  return (
    <>
      <button type="button" className={`library-switch${current.team ? ' is-team' : ''}`} onClick={() => setOpen(true)}
        title={t('libraries.switchHint')} aria-label={t('libraries.button', { name })} aria-haspopup="dialog" data-testid="library-switch">
        <span className="library-switch-name">{name}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && <LibrariesDialog list={list} onClose={() => setOpen(false)} />}
    </>
  );
}
