import { describe, expect, it } from 'vitest';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import { openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

async function setup() {
  const { core, db, call, close } = await openTestCore(tempDir(), { seedSamples: true });
  const doc = (await call('documents.list', { sort: 'title', descending: false })).items.find((d) => d.title.startsWith('“Optique'))!;
  const { text } = await call('documents.get', { id: doc.id });
  const span = (passage: string): [number, number] => {
    const at = text.indexOf(passage);
    return [toCodePointOffset(text, at), toCodePointOffset(text, at + passage.length)];
  };
  return { core, db, call, close, doc, span };
}

describe('annotations through the API', () => {
  it('create W3C-shaped annotations from a passage and list them in text order', async () => {
    const { call, doc, span, close } = await setup();
    const [s2, e2] = span('1,2 milliard d’euros');
    const [s1, e1] = span('Ardentis Capital');
    const second = await call('annotations.create', { documentId: doc.id, start: s2, end: e2, color: 'green', note: 'Valorisation, dette comprise', tags: ['montant', 'montant'] });
    expect(second).toMatchObject({ motivation: 'commenting', exact: '1,2 milliard d’euros', tags: ['montant'] });
    expect(second.prefix.length).toBeGreaterThan(0);
    const first = await call('annotations.create', { documentId: doc.id.slice(0, 10), start: s1, end: e1 });
    expect(first).toMatchObject({ motivation: 'highlighting', color: 'yellow' });
    const listed = await call('annotations.list', { documentId: doc.id });
    expect(listed.map((a) => a.id)).toEqual([first.id, second.id]);
    await close();
  });

  it('takes the id a front end gives (to draw before the answer), and refuses one already used', async () => {
    const { core, call, doc, span, close } = await setup();
    const [s, e] = span('Lumenis SA');
    const id = '0b6f7c1e-3d0a-4c55-9d43-2a8f3c9b1e77';
    expect(await call('annotations.create', { id, documentId: doc.id, start: s, end: e })).toMatchObject({ id, exact: 'Lumenis SA' });
    expect(await core.call('annotations.create', { id, documentId: doc.id, start: s, end: e })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('annotations.create', { id: 'not-a-uuid', documentId: doc.id, start: s, end: e })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect((await call('annotations.list', { documentId: doc.id })).length).toBe(1);
    await close();
  });

  it('update colour, note and tags, and remove', async () => {
    const { call, doc, span, close } = await setup();
    const [s, e] = span('Lumenis SA');
    const created = await call('annotations.create', { documentId: doc.id, start: s, end: e });
    const updated = await call('annotations.update', { id: created.id, color: 'pink', note: '**Cible** du rachat', tags: ['entreprise'] });
    expect(updated).toMatchObject({ color: 'pink', note: '**Cible** du rachat', tags: ['entreprise'], motivation: 'commenting' });
    expect(await call('annotations.list', { documentId: doc.id })).toEqual([updated]);
    expect(await call('annotations.remove', { id: created.id })).toEqual({ removed: true });
    expect(await call('annotations.list', { documentId: doc.id })).toEqual([]);
    await close();
  });

  it('restore a removed annotation exactly, once', async () => {
    const { call, core, doc, span, close } = await setup();
    const [s, e] = span('Lumenis SA');
    const created = await call('annotations.create', { documentId: doc.id, start: s, end: e, note: 'Cible', tags: ['rachat'] });
    await call('annotations.remove', { id: created.id });
    expect(await call('annotations.restore', created)).toEqual(created);
    expect(await call('annotations.list', { documentId: doc.id })).toEqual([created]);
    expect(await core.call('annotations.restore', created)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    await close();
  });

  it('refuse impossible passages, unknown colours and unknown ids, leaving nothing behind', async () => {
    const { core, db, doc, close } = await setup();
    expect(await core.call('annotations.create', { documentId: doc.id, start: 10, end: 10 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('annotations.create', { documentId: doc.id, start: 0, end: 10_000_000 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('annotations.create', { documentId: doc.id, start: 0, end: 5, color: 'black' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('annotations.create', { documentId: 'abcdef12', start: 0, end: 5 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.call('annotations.update', { id: crypto.randomUUID(), color: 'blue' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    await close();
  });

  it('go with their article when it is removed', async () => {
    const { db, call, doc, span, close } = await setup();
    const [s, e] = span('Lumenis SA');
    await call('annotations.create', { documentId: doc.id, start: s, end: e });
    await call('documents.remove', { id: doc.id });
    expect(db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    await close();
  });
});

describe('annotations in the library', () => {
  it('are counted per article and found by search, notes and passages alike', async () => {
    const { call, doc, span, close } = await setup();
    const [s, e] = span('Lumenis SA');
    await call('annotations.create', { documentId: doc.id, start: s, end: e, note: 'Vérifier la valorisation avec Quentin Ferrand' });
    const listed = (await call('documents.list', {})).items;
    expect(listed.find((d) => d.id === doc.id)!.annotationCount).toBe(1);
    expect(listed.filter((d) => d.id !== doc.id).every((d) => d.annotationCount === 0)).toBe(true);
    // "Ferrand" is in no article, only in the note: the annotated article is found, with the note in its snippet.
    const result = await call('search.query', { query: 'ferrand' });
    expect(result.total).toBe(1);
    expect(result.hits[0]!.id).toBe(doc.id);
    expect(result.hits[0]!.snippet).toContain('\u0002Ferrand\u0003');
    expect(result.hits[0]!.snippet).toContain('« Lumenis SA »');
    // A word in both text and a note still lists the article once.
    const both = await call('search.query', { query: 'lumenis' });
    expect(both.hits.filter((h) => h.id === doc.id)).toHaveLength(1);
    await close();
  });
});
