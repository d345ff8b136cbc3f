import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../app/contract/api.ts';
import type { HostEvent } from '../../../app/contract/events.ts';
import type { LibraryEntry, LibraryList } from '../../../app/contract/libraries.ts';
import { openCore, type Core } from '../../../app/core/index.ts';
import { startLibrarySwitcher, type SwitchingCore } from '../../../app/host/library-switcher.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { linkLibrary } from '../../../app/team/bookkeeping.ts';
import { fileLibraryListStore } from '../../../app/library/library-list.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();
const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'assets', 'samples');
let switcher: SwitchingCore | undefined;

afterEach(async () => {
  await switcher?.close();
  switcher = undefined;
});

/** A machine: its home for libraries, its first library, and the cores the switcher opened (real ones, on disk). */
function machine() {
  const home = tempDir();
  const defaultDir = join(tempDir(), 'Library');
  const opened: { dir: string; seed: boolean; core: Core; closed: boolean }[] = [];
  const store = fileLibraryListStore(join(home, 'libraries.json'));
  const start = async (startDir?: string) => {
    switcher = await startLibrarySwitcher({
      store, home, defaultDir, startDir,
      open: async (dir, seed) => {
        const core = await openCore({ dir, version: 'test', allowPaths: false, seedSamples: seed, samplesDir: SAMPLES });
        const record = { dir, seed, core, closed: false };
        opened.push(record);
        return { ...core, close: () => ((record.closed = true), core.close()) };
      },
    });
    return switcher;
  };
  return { home, defaultDir, opened, store, start };
}

async function value<T>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function code(core: Core, method: string, input: unknown): Promise<string> {
  const result = await core.call(method, input);
  return result.ok ? 'ok' : result.error.code;
}

const articles = async (core: Core) => (await value<{ total: number }>(core, 'documents.list', {})).total;

describe('the library switcher', () => {
  it('opens the first library at first, lists it unnamed, and gives it the sample articles', async () => {
    const m = machine();
    const core = await m.start();
    const list = await value<LibraryList>(core, 'libraries.list');
    expect(list.libraries).toHaveLength(1);
    expect(list.libraries[0]).toMatchObject({ name: '', dir: m.defaultDir, team: null, made: false });
    expect(list.current).toBe(list.libraries[0]!.id);
    expect(core.dir()).toBe(m.defaultDir);
    expect(await articles(core)).toBeGreaterThan(0);
    // Every libraries.* method is served here, each checking its input against the contract.
    for (const method of METHOD_NAMES.filter((name) => name.startsWith('libraries.'))) expect(await code(core, method, 42), method).toBe('invalid_request');
  });

  it('makes a new, empty library in a folder named after it, and refuses a name taken or unusable', async () => {
    const m = machine();
    const core = await m.start();
    const made = await value<LibraryEntry>(core, 'libraries.create', { name: '  Équipe « Rédaction » ' });
    expect(made).toMatchObject({ name: 'Équipe « Rédaction »', dir: join(m.home, 'equipe-redaction'), made: true, team: null });
    expect(existsSync(made.dir)).toBe(true);
    expect(await code(core, 'libraries.create', { name: 'équipe « rédaction »' })).toBe('library_name_taken');
    expect(await code(core, 'libraries.create', { name: '' })).toBe('invalid_request');
    expect(await code(core, 'libraries.create', { name: 'a\u0007b' })).toBe('invalid_request');
    expect(await code(core, 'libraries.create', { name: 'x'.repeat(81) })).toBe('invalid_request');
    // Another name that makes the same folder gets a folder of its own.
    expect((await value<LibraryEntry>(core, 'libraries.create', { name: 'Equipe redaction!' })).dir).toBe(join(m.home, 'equipe-redaction-2'));
    // Still on the first library: making one does not open it.
    expect(core.dir()).toBe(m.defaultDir);
  });

  it('switches: every call goes to the library opened, the one before is closed, and listeners are told', async () => {
    const m = machine();
    const core = await m.start();
    const events: HostEvent[] = [];
    core.onEvent((event) => events.push(event));
    await value(core, 'documents.setNote', { id: (await value<{ items: { id: string }[] }>(core, 'documents.list', {})).items[0]!.id, note: 'première' });
    const made = await value<LibraryEntry>(core, 'libraries.create', { name: 'Desk' });

    expect(await value<LibraryEntry>(core, 'libraries.open', { id: made.id })).toMatchObject({ id: made.id });
    expect(core.dir()).toBe(made.dir);
    expect(m.opened.map((o) => [o.dir, o.seed, o.closed])).toEqual([[m.defaultDir, true, true], [made.dir, false, false]]);
    expect(events).toContainEqual({ type: 'library-switched', id: made.id });
    // A new library starts empty (no samples), and what is written goes to it, not to the first one.
    expect(await articles(core)).toBe(0);
    const list = await value<LibraryList>(core, 'libraries.list');
    expect(list.current).toBe(made.id);

    // Events of the core now open reach the listeners; those of the one closed no longer do.
    events.length = 0;
    const { id } = await value<{ id: string }>(core, 'jobs.start', { job: 'entities.scan', input: {} });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.some((e) => e.type === 'job' && e.id === id)).toBe(true);

    // And back: the first library is as it was.
    await value(core, 'libraries.open', { id: list.libraries.find((e) => e.dir === m.defaultDir)!.id });
    expect(await articles(core)).toBeGreaterThan(0);
    const first = openLibrary(m.defaultDir, { readOnly: true });
    expect((first.db.prepare("SELECT count(*) AS n FROM documents WHERE note = 'première'").get() as { n: number }).n).toBe(1);
    first.close();
  });

  it('opens the library open last at the next start, and one named at start (listed after its folder)', async () => {
    const m = machine();
    let core = await m.start();
    const made = await value<LibraryEntry>(core, 'libraries.create', { name: 'Desk' });
    await value(core, 'libraries.open', { id: made.id });
    await core.close();

    core = await m.start();
    expect(core.dir()).toBe(made.dir);
    await core.close();
    // Its folder gone since: the first library opens instead (nothing is made in its place).
    renameSync(made.dir, `${made.dir}-moved`);
    core = await m.start();
    expect(core.dir()).toBe(m.defaultDir);
    expect(existsSync(made.dir)).toBe(false);
    await core.close();
    renameSync(`${made.dir}-moved`, made.dir);

    const named = join(tempDir(), 'press-review');
    core = await m.start(named);
    expect(core.dir()).toBe(named);
    const list = await value<LibraryList>(core, 'libraries.list');
    expect(list.libraries.map((e) => e.name)).toEqual(['', 'Desk', 'press-review']);
    // A folder named at start is a library like the first: new, it gets the samples.
    expect(m.opened.at(-1)!.seed).toBe(true);
    expect(await articles(core)).toBeGreaterThan(0);
  });

  it('stays where it is when the library asked for cannot be opened, and says why', async () => {
    const m = machine();
    const core = await m.start();
    const made = await value<LibraryEntry>(core, 'libraries.create', { name: 'Broken' });
    writeFileSync(join(made.dir, 'library.sqlite'), 'not a database, just text that is long enough to be read as a header '.repeat(20));
    expect(await code(core, 'libraries.open', { id: made.id })).toBe('library_not_database');
    expect(core.dir()).toBe(m.defaultDir);
    expect(await articles(core)).toBeGreaterThan(0);
    expect((await value<LibraryList>(core, 'libraries.list')).current).not.toBe(made.id);
    expect(await code(core, 'libraries.open', { id: crypto.randomUUID() })).toBe('library_unknown');
  });

  it('takes a library off the list, deleting only a folder it made when asked, never the one open or the first', async () => {
    const m = machine();
    const core = await m.start();
    const list = await value<LibraryList>(core, 'libraries.list');
    expect(await code(core, 'libraries.forget', { id: list.current })).toBe('library_in_use');
    const kept = await value<LibraryEntry>(core, 'libraries.create', { name: 'Kept' });
    const discarded = await value<LibraryEntry>(core, 'libraries.create', { name: 'Discarded' });
    await value(core, 'libraries.open', { id: kept.id });
    expect(await code(core, 'libraries.forget', { id: list.current })).toBe('library_in_use');
    expect(await code(core, 'libraries.forget', { id: kept.id })).toBe('library_in_use');
    expect(await value(core, 'libraries.forget', { id: discarded.id, discard: true })).toEqual({ forgotten: true });
    expect(existsSync(discarded.dir)).toBe(false);

    // A folder opened from elsewhere is never deleted, whatever is asked.
    await core.close();
    const outside = join(tempDir(), 'outside');
    const again = await m.start(outside);
    const outsideId = (await value<LibraryList>(again, 'libraries.list')).current;
    await value(again, 'libraries.open', { id: kept.id });
    await value(again, 'libraries.forget', { id: outsideId, discard: true });
    expect(existsSync(join(outside, 'library.sqlite'))).toBe(true);
    expect((await value<LibraryList>(again, 'libraries.list')).libraries.map((e) => e.name)).toEqual(['', 'Kept']);
  });

  it('shows the team a library follows once it is open, and serves the rest of the contract unchanged', async () => {
    const m = machine();
    const core = await m.start();
    const made = await value<LibraryEntry>(core, 'libraries.create', { name: 'Team' });
    await value(core, 'libraries.open', { id: made.id });
    // The link a join (or the CLI's team join) leaves.
    const library = openLibrary(made.dir);
    linkLibrary(library.db, 'postgres://lea@127.0.0.1:5432/desk', 'lea');
    library.close();
    const list = await value<LibraryList>(core, 'libraries.list');
    expect(list.libraries.find((e) => e.id === made.id)!.team).toEqual({ address: 'postgres://lea@127.0.0.1:5432/desk', member: 'lea' });
    // Kept: listed with its team while another library is open.
    await value(core, 'libraries.open', { id: list.libraries[0]!.id });
    expect(JSON.parse(JSON.stringify(m.store.get())).libraries[1].team.member).toBe('lea');
    // The JSON door too, with its errors in the one shape.
    const answer = JSON.parse(new TextDecoder().decode(await core.callJson('libraries.open', new TextEncoder().encode('{"id":"nope"}'))));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('takes one switch at a time: two asked at once end in the second, every core but it closed', async () => {
    const m = machine();
    const core = await m.start();
    const a = await value<LibraryEntry>(core, 'libraries.create', { name: 'A' });
    const b = await value<LibraryEntry>(core, 'libraries.create', { name: 'B' });
    await Promise.all([value(core, 'libraries.open', { id: a.id }), value(core, 'libraries.open', { id: b.id })]);
    expect(core.dir()).toBe(b.dir);
    expect(m.opened.filter((o) => !o.closed).map((o) => o.dir)).toEqual([b.dir]);
  });
});
