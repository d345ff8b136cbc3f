import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection, ListView } from '../../../app/contract/index.ts';

interface Props {
  count: number;
  view: ListView;
  collections: Collection[];
  /** The collection listed now, which the selection can be taken out of. */
  collectionId: string | null;
  onOpen(): void;
  onDetails(): void;
  onTrash(): void;
  onRestore(): void;
  onDeleteForGood(): void;
  onArchive(archived: boolean): void;
  onRead(read: boolean): void;
  onFile(collection: Collection, inside: boolean): void;
  onNewCollection(): void;
  onTag(): void;
  onExport(): void;
  onClear(): void;
}

/** What can be done to the articles selected in the list (Ctrl/Cmd+click, Shift+click, Ctrl+A). */
export function SelectionBar(props: Props) {
  const { t } = useTranslation();
  const [filing, setFiling] = useState('');
  const { count, view, collections, collectionId } = props;
  const listed = collections.find((c) => c.id === collectionId);
  return (
    <div className="selection-bar" role="toolbar" aria-label={t('manage.selectionActions', { count })} data-testid="selection-bar">
      <span className="selection-count" data-testid="selection-count">{t('manage.selected', { count })}</span>
      {view === 'trash' ? (
        <>
          <button type="button" onClick={props.onRestore} data-testid="restore-selected">{t('manage.restore')}</button>
          <button type="button" className="danger" onClick={props.onDeleteForGood} data-testid="delete-for-good">{t('manage.deleteForGood')}</button>
        </>
      ) : (
        <>
          <button type="button" onClick={props.onOpen} disabled={count > 4} title={t('manage.openSelectedHint')}>{t('manage.openSelected')}</button>
          {count === 1 && <button type="button" onClick={props.onDetails} data-testid="edit-details">{t('manage.details')}</button>}
          <button type="button" onClick={() => props.onRead(true)}>{t('manage.markRead')}</button>
          <button type="button" onClick={() => props.onRead(false)}>{t('manage.markUnread')}</button>
          <button type="button" onClick={() => props.onArchive(view !== 'archive')} data-testid="archive-selected">
            {view === 'archive' ? t('manage.unarchive') : t('manage.archive')}
          </button>
          <select
            value={filing}
            aria-label={t('manage.addToCollection')}
            onChange={(e) => {
              const value = e.target.value;
              setFiling('');
              if (value === '+') props.onNewCollection();
              const chosen = collections.find((c) => c.id === value);
              if (chosen) props.onFile(chosen, true);
            }}
            data-testid="add-to-collection"
          >
            <option value="">{t('manage.addToCollection')}</option>
            {collections.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            <option value="+">{t('manage.newCollection')}</option>
          </select>
          {listed && <button type="button" onClick={() => props.onFile(listed, false)} data-testid="take-out">{t('manage.takeOut', { name: listed.name })}</button>}
          <button type="button" onClick={props.onTag} data-testid="tag-selected">{t('manage.tagButton')}</button>
          <button type="button" onClick={props.onExport} data-testid="export-selected">{t('manage.export')}</button>
          <button type="button" className="danger" onClick={props.onTrash} data-testid="trash-selected">{t('manage.trash')}</button>
        </>
      )}
      <button type="button" className="link-button" onClick={props.onClear} data-testid="clear-selection">{t('manage.clearSelection')}</button>
    </div>
  );
}
