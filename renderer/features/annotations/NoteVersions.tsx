import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRevision } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { Markdown } from '../../shared/Markdown.tsx';
import { useNotices } from '../../shared/notices.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import { useHistoryReload } from './history.tsx';

/**
 * The earlier versions of a note (two members of a team changed it at once: both texts were kept). Each can be taken
 * back; the note it replaces is then kept as a version in its turn.
 */
export function NoteVersions({ targetId, canUse }: { targetId: string; canUse: boolean }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { fail } = useNotices();
  const reload = useHistoryReload();
  const [versions, setVersions] = useState<NoteRevision[] | null>(null);
  useEffect(() => void client.call('notes.revisions', { targetId }).then(setVersions, fail), [targetId, fail]);
  if (!versions) return null;
  const date = (iso: string) => new Date(iso).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="note-versions" data-testid="note-versions" onClick={(e) => e.stopPropagation()}>
      {versions.map((v) => (
        <li key={v.id} data-testid="note-version">
          <p className="note-version-meta">{v.author ? t('annotations.versionBy', { name: v.author, date: date(v.created) }) : date(v.created)}</p>
          <Markdown source={v.note} className="card-note" />
          {canUse && (
            <button type="button" className="link-button" data-testid="use-version"
              onClick={() => void client.call('notes.useRevision', { id: v.id }).then(reload, fail)}>{t('annotations.useVersion')}</button>
          )}
        </li>
      ))}
    </ul>
  );
}
