import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, DocumentSummary } from '../app/contract/index.ts';
import { client, onHostEvent, onOpenRequest } from './api/client.ts';
import { useHistoryReload } from './features/annotations/history.tsx';
import { useEntityFocus } from './features/entities/entity-focus.tsx';
import { EntityPage } from './features/entities/EntityPage.tsx';
import { TimelineDialog } from './features/entities/TimelineDialog.tsx';
import { ExportDialog } from './features/export/ExportDialog.tsx';
import { BackupsDialog } from './features/backups/BackupsDialog.tsx';
import { AddressDialog } from './features/importer/AddressDialog.tsx';
import { ImportReportDialog } from './features/importer/ImportReportDialog.tsx';
import { JobsTray } from './features/jobs/JobsTray.tsx';
import { useImport } from './features/importer/useImport.ts';
import { LibraryButton } from './features/libraries/LibraryButton.tsx';
import { LibraryPanel } from './features/library/LibraryPanel.tsx';
import { ReaderArea } from './features/reader/ReaderArea.tsx';
import { requestPassage } from './features/reader/find-requests.ts';
import { onDocumentChange } from './features/reader/useDocument.ts';
import { ShortcutsDialog } from './features/settings/ShortcutsDialog.tsx';
import { TopBar } from './features/settings/TopBar.tsx';
import { TeamButton } from './features/team/TeamButton.tsx';
import { TeamDialog } from './features/team/TeamDialog.tsx';
import { useTeam } from './features/team/useTeam.ts';
import { ErrorBoundary } from './shared/ErrorBoundary.tsx';
import { useNotices } from './shared/notices.tsx';
import { useSettings } from './shared/settings-context.tsx';
import { useShortcuts } from './shared/useShortcuts.ts';

/** How narrow and how wide the library column may be (px). */
const LIBRARY_WIDTH = { min: 260, max: 900 };
const clampLibrary = (width: number) => Math.round(Math.min(LIBRARY_WIDTH.max, Math.max(LIBRARY_WIDTH.min, width)));

export function App({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const { settings, update, current, language } = useSettings();
  const { notify } = useNotices();
  const { panes, sizes, syncScroll, libraryWidth, libraryHidden } = settings.layout;
  const [active, setActive] = useState(0);
  const [revision, setRevision] = useState(0);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [showExport, setShowExport] = useState<false | { selectedIds: string[] }>(false);
  const [showBackups, setShowBackups] = useState(false);
  /** The address box, open with this text in it (null: closed). */
  const [addressText, setAddressText] = useState<string | null>(null);
  const reloadAnnotations = useHistoryReload();
  const entityFocus = useEntityFocus();
  const [dragging, setDragging] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const refresh = useCallback(() => setRevision((r) => r + 1), []);
  const importer = useImport(info.maxImportBytes, refresh);
  const team = useTeam(useCallback(() => (refresh(), reloadAnnotations()), [refresh, reloadAnnotations]));
  const [showTeam, setShowTeam] = useState(false);

  const setLayout = useCallback((layout: Partial<typeof settings.layout>) => update({ layout: { ...current().layout, ...layout } }), [current, update]);

  const open = useCallback(
    (id: string, beside: boolean) => {
      // The panes as they are now, with any change a key pressed just before made (not yet rendered).
      const { panes } = current().layout;
      if (panes.includes(id) && !beside) return setActive(panes.indexOf(id));
      if (beside || panes.length === 0) {
        if (panes.length >= info.maxPanes) return notify(t('reader.maxPanes', { max: info.maxPanes }));
        setLayout({ panes: [...panes, id], sizes: [] });
        setActive(panes.length);
      } else {
        const target = Math.min(active, panes.length - 1);
        setLayout({ panes: panes.map((p, i) => (i === target ? id : p)) });
      }
    },
    [current, active, info.maxPanes, setLayout, t, notify],
  );
  // An article opened is read: marked so once (the list then shows it as read).
  const markRead = useCallback((id: string) => void client.call('documents.mark', { ids: [id], read: true }).then((done) => done.changed > 0 && refresh(), () => undefined), [refresh]);
  const openDoc = useCallback((doc: DocumentSummary, beside: boolean) => {
    open(doc.id, beside);
    if (doc.readAt === null) markRead(doc.id);
  }, [open, markRead]);
  /** Several articles side by side (a selection in the list), in place of those open. */
  const openMany = useCallback((ids: string[]) => {
    const chosen = ids.slice(0, info.maxPanes);
    if (ids.length > info.maxPanes) notify(t('reader.maxPanes', { max: info.maxPanes }));
    setLayout({ panes: chosen, sizes: [] });
    setActive(0);
    chosen.forEach(markRead);
  }, [info.maxPanes, notify, t, setLayout, markRead]);
  const closePane = useCallback(
    (index: number) => {
      setLayout({ panes: panes.filter((_, i) => i !== index), sizes: [] });
      // The active article stays active: panes after the closed one move one place left.
      setActive((a) => Math.max(0, Math.min(a > index ? a - 1 : a, panes.length - 2)));
    },
    [panes, setLayout],
  );

  useEffect(
    () =>
      onHostEvent((event) => {
        if (event.type === 'command' && event.name === 'toggle-sync-scroll') setLayout({ syncScroll: !syncScroll });
        if (event.type === 'command' && event.name === 'toggle-library') setLayout({ libraryHidden: !libraryHidden });
        if (event.type === 'command' && event.name === 'show-shortcuts') setShowShortcuts(true);
        if (event.type === 'command' && event.name === 'add-addresses') setAddressText('');
        if (event.type === 'command' && event.name === 'show-export') setShowExport({ selectedIds: [] });
        if (event.type === 'command' && event.name === 'show-backups') setShowBackups(true);
        if (event.type === 'command' && event.name === 'add-pane' && panes.length > 0) open(panes[active] ?? panes[0]!, true);
      }),
    [syncScroll, libraryHidden, panes, active, open, setLayout],
  );

  useEffect(() => onDocumentChange(refresh), [refresh]);
  // An apostille:// link followed in another program (the desktop app): the article, at the passage.
  useEffect(() => onOpenRequest(({ documentId, annotationId }) => {
    if (annotationId) requestPassage(documentId, annotationId);
    open(documentId, false);
  }), [open]);

  useShortcuts({
    focusSearch: () => {
      if (libraryHidden) setLayout({ libraryHidden: false });
      // Once the column is back on the page.
      requestAnimationFrame(() => searchRef.current?.focus());
    },
    toggleLibrary: () => setLayout({ libraryHidden: !libraryHidden }),
    importFiles: () => fileInput.current?.click(),
    addAddresses: (text = '') => setAddressText(text),
    closePane: () => panes.length > 0 && closePane(active),
    focusPane: (index) => {
      if (index >= panes.length) return;
      setActive(index);
      // The article itself takes the focus, so that the arrow keys and Page Down read on.
      document.querySelectorAll<HTMLElement>('[data-testid="reader-pane"] .pane-scroll')[index]?.focus();
    },
    toggleSync: () => setLayout({ syncScroll: !syncScroll }),
    toggleLanguage: () => update({ language: language === 'fr' ? 'en' : 'fr' }),
    toggleTheme: () => update({ theme: document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark' }),
    showHelp: () => setShowShortcuts(true),
    exportNotes: () => setShowExport({ selectedIds: [] }),
  });

  const { showReport } = importer;
  const loadSamples = useCallback(() => void client.call('samples.load', {}).then((report) => (showReport(report), refresh())), [showReport, refresh]);

  const startLibraryResize = (event: React.PointerEvent<HTMLDivElement>) => {
    const startX = event.clientX;
    const start = libraryWidth;
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => setLayout({ libraryWidth: clampLibrary(start + e.clientX - startX) });
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };

  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => e.relatedTarget === null && setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importer.importFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <TopBar
        onImport={() => fileInput.current?.click()}
        onImportFolder={() => folderInput.current?.click()}
        onAddAddresses={() => setAddressText('')}
        onShortcuts={() => setShowShortcuts(true)}
        onExport={() => setShowExport({ selectedIds: [] })}
        syncScroll={syncScroll}
        onToggleSync={() => setLayout({ syncScroll: !syncScroll })}
        libraryHidden={libraryHidden}
        onToggleLibrary={() => setLayout({ libraryHidden: !libraryHidden })}
        teamButton={<TeamButton team={team} onOpen={() => setShowTeam(true)} />}
        libraryButton={<LibraryButton />}
      />
      <input ref={fileInput} type="file" multiple hidden accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.epub,.csv,.json,.zip,text/plain,text/html,text/markdown,application/pdf,application/epub+zip" onChange={(e) => (void importer.importFiles(Array.from(e.target.files ?? [])), (e.target.value = ''))} data-testid="file-input" />
      <input ref={folderInput} type="file" multiple hidden {...{ webkitdirectory: '' }} onChange={(e) => (void importer.importFiles(Array.from(e.target.files ?? [])), (e.target.value = ''))} />
      <main className="workspace">
        {/* Put away, the library stays mounted (its search, filters and selection are kept), only not shown. */}
        <div className="library-slot" style={{ width: libraryWidth }} hidden={libraryHidden}>
          <ErrorBoundary label={t('errors.parts.library')}>
            <LibraryPanel
              revision={revision}
              openIds={panes}
              onOpen={openDoc}
              onOpenMany={openMany}
              onChanged={() => (refresh(), reloadAnnotations())}
              onExport={(selectedIds) => setShowExport({ selectedIds })}
              onLoadSamples={loadSamples}
              onBackups={() => setShowBackups(true)}
              searchRef={searchRef}
            />
          </ErrorBoundary>
        </div>
        <div
          hidden={libraryHidden}
          className="splitter library-splitter"
          role="separator"
          aria-orientation="vertical"
          aria-label={t('reader.resizeLibrary')}
          aria-valuemin={LIBRARY_WIDTH.min}
          aria-valuemax={LIBRARY_WIDTH.max}
          aria-valuenow={libraryWidth}
          tabIndex={0}
          title={t('reader.resizeLibrary')}
          onPointerDown={startLibraryResize}
          onKeyDown={(event) => {
            const by: Record<string, number> = { ArrowLeft: -20, ArrowRight: 20, Home: -LIBRARY_WIDTH.max, End: LIBRARY_WIDTH.max };
            if (!(event.key in by)) return;
            event.preventDefault();
            setLayout({ libraryWidth: clampLibrary(libraryWidth + by[event.key]! * (event.shiftKey ? 4 : 1)) });
          }}
          data-testid="library-splitter"
        />
        <ReaderArea panes={panes} sizes={sizes} syncScroll={syncScroll} active={active} onActivate={setActive} onClose={closePane} onResize={(s) => setLayout({ sizes: s })} />
      </main>
      <JobsTray />
      {dragging && <div className="drop-overlay">{t('importer.dropHere')}</div>}
      {addressText !== null && (
        <AddressDialog
          initialText={addressText}
          onCancel={() => setAddressText(null)}
          onAdd={(addresses, allowLocal) => (setAddressText(null), void importer.importAddresses(addresses, allowLocal))}
        />
      )}
      {importer.report && <ImportReportDialog report={importer.report} stopped={importer.stopped} onClose={importer.dismiss} onOpen={(id) => (open(id, false), importer.dismiss())}
        onFetch={(addresses) => (importer.dismiss(), void importer.importAddresses(addresses, settings.allowLocalAddresses))} />}
      {showExport && (
        <ExportDialog
          activeId={panes[Math.min(active, panes.length - 1)] ?? null}
          openIds={panes}
          selectedIds={showExport.selectedIds}
          onClose={() => setShowExport(false)}
          onImported={() => (reloadAnnotations(), refresh())}
        />
      )}
      {entityFocus.page && <EntityPage id={entityFocus.page} onOpenArticle={(id) => open(id, false)} onClose={() => entityFocus.openPage(null)} />}
      {entityFocus.timeline && (
        <TimelineDialog scope={entityFocus.timeline.scope} title={entityFocus.timeline.title} onOpenArticle={(id) => open(id, false)} onClose={() => entityFocus.openTimeline(null)} />
      )}
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      {showBackups && <BackupsDialog libraryPath={info.libraryPath} onClose={() => setShowBackups(false)} />}
      {showTeam && <TeamDialog team={team} onClose={() => setShowTeam(false)} />}
    </div>
  );
}
