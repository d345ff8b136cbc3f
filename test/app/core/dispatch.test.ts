import { describe, expect, it } from 'vitest';
import { JOB_NAMES, METHOD_NAMES } from '../../../app/contract/index.ts';
import { AppError } from '../../../app/contract/errors.ts';
import { dispatch } from '../../../app/core/index.ts';
import { createJobHandlers } from '../../../app/core/job-handlers.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { filesOf, openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

function setup(seedSamples = false) {
  return openTestCore(tempDir(), { seedSamples });
}

describe('the API contract', () => {
  it('is served by the core, every method and every job, and nothing else', async () => {
    const { core, close } = await setup();
    // Input no method accepts: a method that is served answers invalid_request, one that is not, unknown_method.
    // The list of this machine's libraries is the host's (app/host/library-switcher.ts), not a library's.
    for (const method of METHOD_NAMES) {
      const code = method.startsWith('libraries.') ? 'unknown_method' : 'invalid_request';
      expect(await core.call(method, 42), method).toMatchObject({ ok: false, error: { code } });
    }
    for (const method of ['documents.import', 'entities.acceptAll', 'entities.suggestGroups', 'annotations.export', 'entities.export']) {
      expect(await core.call(method, {}), method).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    await close();
    const library = openLibrary(tempDir());
    expect(Object.keys(createJobHandlers({ library, version: 'test', allowPaths: false })).sort()).toEqual([...JOB_NAMES].sort());
    library.close();
  });

  it('rejects unknown methods and malformed input with typed errors, changing nothing', async () => {
    const { core, close } = await setup();
    expect(await core.call('documents.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await core.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await core.call('documents.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('documents.get', { id: '../../etc' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('documents.list', { limit: 1e9 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('settings.set', { theme: 'neon' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('settings.set', { evil: true })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('documents.get', { id: 'abcdef12' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.call('settings.get', {})).toMatchObject({ ok: true, value: { theme: 'system' } });
    await close();
  });

  it('awaits handlers and turns what they throw into the one error shape', async () => {
    const handlers = {
      'app.info': async () => {
        throw new AppError('not_found', 'gone', { id: 'x' });
      },
      'documents.facets': () => {
        throw new Error('database is locked');
      },
    };
    expect(await dispatch(handlers, 'app.info', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'gone', details: { id: 'x' } } });
    expect(await dispatch(handlers, 'documents.facets', {})).toMatchObject({ ok: false, error: { code: 'library_locked' } });
    // A method of the contract that these handlers do not serve.
    expect(await dispatch(handlers, 'documents.list', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('returns outputs that satisfy the contract’s own output schemas', async () => {
    const { call, job, close } = await setup(true);
    const page = await call('documents.list', {});
    expect(page.total).toBe(4);
    await call('documents.get', { id: page.items[0]!.id });
    await call('documents.facets', {});
    await call('search.query', { query: 'lumenis' });
    await call('app.info', {});
    await call('settings.set', { language: 'fr', layout: { panes: [page.items[0]!.id], sizes: [], syncScroll: true, libraryWidth: 400 } });
    expect(await call('settings.get', {})).toMatchObject({ language: 'fr', layout: { syncScroll: true } });
    const report = await job('documents.import', { files: [...filesOf({ 'note.txt': 'Une note\n\nUn texte.' }), { name: 'x.exe', base64: 'AAAA' }] });
    expect(report.imported).toHaveLength(1);
    expect(report.failed[0]!.error.code).toBe('unsupported_type');
    expect(await call('documents.remove', { id: page.items[0]!.id.slice(0, 12) })).toEqual({ removed: true, id: page.items[0]!.id });
    await close();
  });

  it('loads the sample articles into a new app library once, and persists settings beside it', async () => {
    const dir = tempDir();
    const first = await openTestCore(dir, { seedSamples: true });
    const page = await first.call('documents.list', {});
    expect(page).toMatchObject({ total: 4 });
    await first.call('settings.set', { language: 'fr' });
    await first.close();
    const again = await openTestCore(dir, { seedSamples: true });
    expect(await again.call('app.info', {})).toMatchObject({ documentCount: 4 });
    expect(await again.call('settings.get', {})).toMatchObject({ language: 'fr' });
    // The samples are not imported again: a sample the reader removed stays removed.
    await again.call('documents.remove', { id: page.items[0]!.id });
    await again.close();
    const third = await openTestCore(dir, { seedSamples: true });
    expect(await third.call('app.info', {})).toMatchObject({ documentCount: 3 });
    await third.close();
  });
});

describe('settings', () => {
  it('change only the fields given, in the file settings store and through the API', async () => {
    const { core, call, close } = await setup();
    expect(await core.call('settings.set', { language: 'fr' })).toMatchObject({ ok: true });
    expect(await core.call('settings.set', { layout: { syncScroll: true } })).toMatchObject({ ok: true });
    expect(await core.call('settings.set', { theme: 'dark' })).toMatchObject({ ok: true });
    expect(await core.call('settings.set', { showSuggestions: false })).toMatchObject({ ok: true });
    expect(await core.call('settings.get', {})).toEqual({
      ok: true,
      value: { language: 'fr', theme: 'dark', showSuggestions: false, allowLocalAddresses: false, layout: { panes: [], sizes: [], syncScroll: true, libraryWidth: 380, libraryHidden: false } },
    });
    // Colour labels are the library's, not this machine's.
    expect(await core.call('settings.set', { colorLabels: { green: 'À vérifier' } })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('library.updateSettings', { colorLabels: { green: 'À vérifier' } })).toMatchObject({ ok: true });
    expect(await core.call('library.updateSettings', { backupsKept: 3 })).toMatchObject({ ok: true });
    expect(await call('library.settings', {})).toEqual({ colorLabels: { green: 'À vérifier' }, backupsKept: 3, learning: true, learningSince: null });
    await close();
  });
});
