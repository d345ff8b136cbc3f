import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { AppError } from '../contract/errors.ts';
import type { HostEvent } from '../contract/events.ts';
import type { LibraryEntry, LibraryList } from '../contract/libraries.ts';
import { answerJson, type Core } from '../core/core.ts';
import { dispatch, type Handlers } from '../core/dispatch.ts';
import { folderFor, withLibrary, type LibraryListStore, type StoredLibraries } from '../library/library-list.ts';

export interface LibrarySwitcherOptions {
  /** Where this machine's list of libraries is kept. */
  store: LibraryListStore;
  /** The folder new libraries are made in. */
  home: string;
  /** This machine's first library: always listed, never taken off. */
  defaultDir: string;
  /** A folder named at start (--library, APOSTILLE_LIBRARY); otherwise the library open last, or the first one. */
  startDir?: string;
  /**
   * Opens the core over a library folder. `seed`: a library this opening creates gets the sample articles — any but
   * one made by the switcher, which starts empty (to join a team, or for a new subject).
   */
  open(dir: string, seed: boolean): Promise<Core>;
}

/** The core of the library open now, which the host relays to; `libraries.*` switch it for another. */
export interface SwitchingCore extends Core {
  /** The folder of the library open now. */
  dir(): string;
}

type LibraryHandlers = Pick<Handlers, 'libraries.list' | 'libraries.create' | 'libraries.open' | 'libraries.forget'>;

/**
 * A host's libraries: a private one and any number of team libraries (docs/team-library.md), one open at a time. The
 * host answers `libraries.*` itself, from this machine's list; every other call goes to the core of the library open
 * now. Switching opens the next library before closing the one open, so a library that cannot be opened leaves the
 * reader where they were.
 */
export async function startLibrarySwitcher(options: LibrarySwitcherOptions): Promise<SwitchingCore> {
  const { store, home, defaultDir } = options;
  let list = withLibrary(store.get(), defaultDir, '').list;
  // The library open last, unless its folder has gone since (moved or deleted by hand): then the first one.
  const remembered = list.libraries.find((entry) => entry.id === list.current && existsSync(entry.dir));
  const startDir = options.startDir ?? remembered?.dir ?? defaultDir;
  let entry: LibraryEntry;
  ({ list, entry } = withLibrary(list, startDir, startDir.split(/[/\\]/).filter(Boolean).pop() ?? startDir));
  let core = await options.open(entry.dir, !entry.made);
  store.set((list = { ...list, current: entry.id }));

  const listeners = new Set<(event: HostEvent) => void>();
  const emit = (event: HostEvent) => listeners.forEach((listener) => listener(event));
  let unsubscribe = core.onEvent(emit);
  let switching: Promise<unknown> = Promise.resolve();

  const save = (next: StoredLibraries) => store.set((list = next));
  const find = (id: string): LibraryEntry => {
    const found = list.libraries.find((e) => e.id === id);
    if (!found) throw new AppError('library_unknown', 'no such library', { id });
    return found;
  };

  const handlers: LibraryHandlers = {
    async 'libraries.list'(): Promise<LibraryList> {
      // The team the library open follows, as it says now (a join, or a link made by the CLI, shows here).
      const status = await core.call('team.status', {});
      if (status.ok) {
        const value = status.value as { address: string; member: string } | null;
        const team = value && { address: value.address, member: value.member };
        if (JSON.stringify(team) !== JSON.stringify(entry.team)) {
          entry = { ...entry, team };
          save({ ...list, libraries: list.libraries.map((e) => (e.id === entry.id ? entry : e)) });
        }
      }
      return { current: entry.id, libraries: list.libraries };
    },
    'libraries.create'({ name }) {
      if (list.libraries.some((e) => e.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
        throw new AppError('library_name_taken', 'name taken', { name });
      }
      const dir = folderFor(home, name);
      mkdirSync(dir, { recursive: true });
      const made: LibraryEntry = { id: randomUUID(), name, dir, team: null, made: true };
      save({ ...list, libraries: [...list.libraries, made] });
      return made;
    },
    'libraries.open'({ id }) {
      const next = find(id);
      if (next.id === entry.id) return next;
      // One switch at a time: a second waits for the first, then opens its own library.
      const run = switching.then(async () => {
        const opened = await options.open(next.dir, !next.made);
        const before = core;
        unsubscribe();
        core = opened;
        entry = next;
        unsubscribe = core.onEvent(emit);
        save({ ...list, current: next.id });
        await before.close();
        emit({ type: 'library-switched', id: next.id });
        return next;
      });
      switching = run.catch(() => {});
      return run;
    },
    'libraries.forget'({ id, discard }) {
      const gone = find(id);
      if (gone.id === entry.id || gone.dir === defaultDir) throw new AppError('library_in_use', 'open, or the first library', { id });
      save({ ...list, libraries: list.libraries.filter((e) => e.id !== id) });
      // Only a folder the switcher made, inside its own folder (a library joined and given up at once).
      const inside = relative(home, gone.dir);
      if (discard && gone.made && inside && !inside.startsWith('..') && !isAbsolute(inside)) rmSync(gone.dir, { recursive: true, force: true });
      return { forgotten: true };
    },
  };

  const own = (method: string): method is keyof LibraryHandlers => method.startsWith('libraries.');
  return {
    call: (method, input) => (own(method) ? dispatch(handlers, method, input) : core.call(method, input)),
    callJson: (method, body) => (own(method) ? answerJson(body, (input) => dispatch(handlers, method, input)) : core.callJson(method, body)),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dir: () => entry.dir,
    async close() {
      await switching;
      unsubscribe();
      await core.close();
    },
  };
}
