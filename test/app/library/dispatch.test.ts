import { describe, expect, it } from 'vitest';
import { api, METHOD_NAMES } from '../../../app/contract/index.ts';
import { createHandlers, dispatch, openLibrary } from '../../../app/library/index.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

function setup(seedSamples = false) {
  const library = openLibrary(tempDir(), { seedSamples });
  return { library, handlers: createHandlers(library, { version: '0.0.0-test' }) };
}

describe('the API contract', () => {
  it('has a handler for every method and nothing else', () => {
    const { library, handlers } = setup();
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    library.close();
  });

  it('rejects unknown methods and malformed input with typed errors, changing nothing', () => {
    const { library, handlers } = setup();
    expect(dispatch(handlers, 'documents.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(dispatch(handlers, 'documents.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'documents.get', { id: '../../etc' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'documents.list', { limit: 1e9 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'settings.set', { theme: 'neon' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'settings.set', { evil: true })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'documents.get', { id: 'abcdef12' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dispatch(handlers, 'settings.get', {})).toMatchObject({ ok: true, value: { theme: 'system' } });
    library.close();
  });

  it('returns outputs that satisfy the contract’s own output schemas', () => {
    const { library, handlers } = setup(true);
    const check = (method: keyof typeof api, input: unknown) => {
      const result = dispatch(handlers, method, input);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (result.ok) api[method].output.parse(result.value);
      return result.ok ? result.value : undefined;
    };
    const page = check('documents.list', {}) as { items: { id: string }[]; total: number };
    expect(page.total).toBe(4);
    check('documents.get', { id: page.items[0]!.id });
    check('documents.facets', {});
    check('search.query', { query: 'lumenis' });
    check('app.info', {});
    check('settings.set', { language: 'fr', layout: { panes: [page.items[0]!.id], sizes: [], syncScroll: true, libraryWidth: 400 } });
    expect(check('settings.get', {})).toMatchObject({ language: 'fr', layout: { syncScroll: true } });
    const report = check('documents.import', { files: [{ name: 'note.txt', base64: Buffer.from('Une note\n\nUn texte.').toString('base64') }, { name: 'x.exe', base64: 'AAAA' }] }) as { imported: unknown[]; failed: { error: { code: string } }[] };
    expect(report.imported).toHaveLength(1);
    expect(report.failed[0]!.error.code).toBe('unsupported_type');
    check('documents.remove', { id: page.items[0]!.id });
    library.close();
  });

  it('loads the sample articles into a new app library once, and persists settings beside it', () => {
    const dir = tempDir();
    const first = openLibrary(dir, { seedSamples: true });
    const handlers = createHandlers(first, { version: 'test' });
    const page = dispatch(handlers, 'documents.list', {});
    expect(page.ok && page.value).toMatchObject({ total: 4 });
    first.close();
    const again = openLibrary(dir, { seedSamples: true });
    const info = dispatch(createHandlers(again, { version: 'test' }), 'app.info', {});
    expect(info.ok && info.value).toMatchObject({ documentCount: 4 });
    expect(again.settings.get().samplesOffered).toBe(true);
    again.close();
  });
});

describe('settings', () => {
  it('change only the fields given, in the file settings store and through the API', () => {
    const { library, handlers } = setup();
    expect(dispatch(handlers, 'settings.set', { language: 'fr' })).toMatchObject({ ok: true });
    expect(dispatch(handlers, 'settings.set', { layout: { syncScroll: true } })).toMatchObject({ ok: true });
    expect(dispatch(handlers, 'settings.set', { theme: 'dark' })).toMatchObject({ ok: true });
    expect(dispatch(handlers, 'settings.set', { colorLabels: { green: 'À vérifier' } })).toMatchObject({ ok: true });
    expect(dispatch(handlers, 'settings.get', {})).toEqual({
      ok: true,
      value: {
        language: 'fr', theme: 'dark', samplesOffered: false, colorLabels: { green: 'À vérifier' },
        layout: { panes: [], sizes: [], syncScroll: true, libraryWidth: 380 },
      },
    });
    library.close();
  });
});
