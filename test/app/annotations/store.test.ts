import { describe, expect, it } from 'vitest';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import { createHandlers, dispatch, openLibrary } from '../../../app/library/index.ts';
import { listDocuments } from '../../../app/store/index.ts';
import { apiCaller } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

function setup() {
  const library = openLibrary(tempDir(), { seedSamples: true });
  const handlers = createHandlers(library, { version: 'test' });
  const call = apiCaller(handlers);
  const doc = listDocuments(library.db, { sort: 'title', descending: false }).items.find((d) => d.title.startsWith('“Optique'))!;
  const text = (dispatch(handlers, 'documents.get', { id: doc.id }) as { ok: true; value: { text: string } }).value.text;
  const span = (passage: string): [number, number] => {
    const at = text.indexOf(passage);
    return [toCodePointOffset(text, at), toCodePointOffset(text, at + passage.length)];
  };
  return { library, handlers, call, doc, span };
}

describe('annotations through the API', () => {
  it('create W3C-shaped annotations from a passage and list them in text order', () => {
    const { library, call, doc, span } = setup();
    const [s2, e2] = span('1,2 milliard d’euros');
    const [s1, e1] = span('Ardentis Capital');
    const second = call('annotations.create', { documentId: doc.id, start: s2, end: e2, color: 'green', note: 'Valorisation, dette comprise', tags: ['montant', 'montant'] }) as { id: string; motivation: string; tags: string[]; exact: string; prefix: string };
    expect(second).toMatchObject({ motivation: 'commenting', exact: '1,2 milliard d’euros', tags: ['montant'] });
    expect(second.prefix.length).toBeGreaterThan(0);
    const first = call('annotations.create', { documentId: doc.id.slice(0, 10), start: s1, end: e1 }) as { id: string; motivation: string; color: string };
    expect(first).toMatchObject({ motivation: 'highlighting', color: 'yellow' });
    const listed = call('annotations.list', { documentId: doc.id }) as { id: string }[];
    expect(listed.map((a) => a.id)).toEqual([first.id, second.id]);
    library.close();
  });

  it('takes the id a front end gives (to draw before the answer), and refuses one already used', () => {
    const { library, handlers, call, doc, span } = setup();
    const [s, e] = span('Lumenis SA');
    const id = '0b6f7c1e-3d0a-4c55-9d43-2a8f3c9b1e77';
    expect(call('annotations.create', { id, documentId: doc.id, start: s, end: e })).toMatchObject({ id, exact: 'Lumenis SA' });
    expect(dispatch(handlers, 'annotations.create', { id, documentId: doc.id, start: s, end: e })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'annotations.create', { id: 'not-a-uuid', documentId: doc.id, start: s, end: e })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect((call('annotations.list', { documentId: doc.id }) as unknown[]).length).toBe(1);
    library.close();
  });

  it('update colour, note and tags, and remove', () => {
    const { library, call, doc, span } = setup();
    const [s, e] = span('Lumenis SA');
    const created = call('annotations.create', { documentId: doc.id, start: s, end: e }) as { id: string; modified: string };
    const updated = call('annotations.update', { id: created.id, color: 'pink', note: '**Cible** du rachat', tags: ['entreprise'] }) as Record<string, unknown>;
    expect(updated).toMatchObject({ color: 'pink', note: '**Cible** du rachat', tags: ['entreprise'], motivation: 'commenting' });
    expect(call('annotations.list', { documentId: doc.id })).toEqual([updated]);
    expect(call('annotations.remove', { id: created.id })).toEqual({ removed: true });
    expect(call('annotations.list', { documentId: doc.id })).toEqual([]);
    library.close();
  });

  it('restore a removed annotation exactly, once', () => {
    const { library, call, handlers, doc, span } = setup();
    const [s, e] = span('Lumenis SA');
    const created = call('annotations.create', { documentId: doc.id, start: s, end: e, note: 'Cible', tags: ['rachat'] }) as { id: string };
    call('annotations.remove', { id: created.id });
    expect(call('annotations.restore', created)).toEqual(created);
    expect(call('annotations.list', { documentId: doc.id })).toEqual([created]);
    expect(dispatch(handlers, 'annotations.restore', created)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    library.close();
  });

  it('refuse impossible passages, unknown colours and unknown ids, leaving nothing behind', () => {
    const { library, handlers, doc } = setup();
    expect(dispatch(handlers, 'annotations.create', { documentId: doc.id, start: 10, end: 10 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'annotations.create', { documentId: doc.id, start: 0, end: 10_000_000 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'annotations.create', { documentId: doc.id, start: 0, end: 5, color: 'black' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'annotations.create', { documentId: 'abcdef12', start: 0, end: 5 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dispatch(handlers, 'annotations.update', { id: crypto.randomUUID(), color: 'blue' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(library.db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    library.close();
  });

  it('go with their article when it is removed', () => {
    const { library, call, doc, span } = setup();
    const [s, e] = span('Lumenis SA');
    call('annotations.create', { documentId: doc.id, start: s, end: e });
    call('documents.remove', { id: doc.id });
    expect(library.db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    library.close();
  });
});

describe('annotations in the library', () => {
  it('are counted per article and found by search, notes and passages alike', () => {
    const { library, call, doc, span } = setup();
    const [s, e] = span('Lumenis SA');
    call('annotations.create', { documentId: doc.id, start: s, end: e, note: 'Vérifier la valorisation avec Quentin Ferrand' });
    const listed = (call('documents.list', {}) as { items: { id: string; annotationCount: number }[] }).items;
    expect(listed.find((d) => d.id === doc.id)!.annotationCount).toBe(1);
    expect(listed.filter((d) => d.id !== doc.id).every((d) => d.annotationCount === 0)).toBe(true);
    // "Ferrand" is in no article, only in the note: the annotated article is found, with the note in its snippet.
    const result = call('search.query', { query: 'ferrand' }) as { total: number; hits: { id: string; snippet: string }[] };
    expect(result.total).toBe(1);
    expect(result.hits[0]!.id).toBe(doc.id);
    expect(result.hits[0]!.snippet).toContain('\u0002Ferrand\u0003');
    expect(result.hits[0]!.snippet).toContain('« Lumenis SA »');
    // A word in both text and a note still lists the article once.
    const both = call('search.query', { query: 'lumenis' }) as { hits: { id: string }[] };
    expect(both.hits.filter((h) => h.id === doc.id)).toHaveLength(1);
    library.close();
  });
});
