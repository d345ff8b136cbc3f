import { describe, expect, it } from 'vitest';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import { filesOf, openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

const ARTICLE_1 = `Orange et Thales lancent Cloudwatt

[06/09/2012 10:00:00] PARIS (AFP) Orange et Thales ont lancé jeudi Cloudwatt, une société de « cloud souverain » dotée de 225 millions d’euros, a annoncé le groupe. Le projet Andromède avait échoué en 2011, a rappelé Vivek Badrinath.
`;
const ARTICLE_2 = `Cloudwatt rate ses objectifs

[27/07/2015 09:00:00] PARIS (AFP) Cloudwatt, la filiale d’Orange, visait 500 millions d’euros de chiffre d’affaires ; Orange reprend la main, selon l’AFP. Thales reste actionnaire minoritaire.
`;

async function setup() {
  const { core, call, job, close } = await openTestCore(tempDir());
  const ids = (await job('documents.import', { files: filesOf({ 'a0.txt': ARTICLE_1, 'a1.txt': ARTICLE_2 }) })).imported.map((d) => d.id);
  const texts = [ARTICLE_1, ARTICLE_2];
  /** The nth occurrence (0-based) of a passage in article `doc`, in code points. */
  const at = (doc: number, passage: string, nth = 0) => {
    let index = -1;
    for (let i = 0; i <= nth; i++) index = texts[doc]!.indexOf(passage, index + 1);
    if (index < 0) throw new Error(`${passage} not in article ${doc}`);
    return { start: toCodePointOffset(texts[doc]!, index), end: toCodePointOffset(texts[doc]!, index + passage.length) };
  };
  return { core, call, close, ids: ids as [string, string], at };
}

describe('the entity registry and mentions', () => {
  it('tags mentions, creating entities once, and lists them with counts per article and for the library', async () => {
    const { call, ids, at, close } = await setup();
    const orange = await call('entities.tag', { documentId: ids[0], ...at(0, 'Orange', 1), type: 'ORG', name: 'Orange' });
    expect(orange.mention).toMatchObject({ motivation: 'identifying', entityId: orange.entity.id, exact: 'Orange' });
    // The same name and type: the same entity.
    const again = await call('entities.tag', { documentId: ids[1], ...at(1, 'Orange', 1), type: 'ORG', name: 'orange' });
    expect(again.entity.id).toBe(orange.entity.id);
    expect(again.entity).toMatchObject({ mentionCount: 2, documentCount: 2 });
    await call('entities.tag', { documentId: ids[0], ...at(0, 'Thales', 1), type: 'ORG', name: 'Thales' });
    const money = await call('entities.tag', {
      documentId: ids[1], ...at(1, '500 millions d’euros'), type: 'MONEY', name: '500 millions d’euros', value: { kind: 'money', amount: 500_000_000, currency: 'EUR' },
    });
    expect(money.mention.value).toEqual({ kind: 'money', amount: 500_000_000, currency: 'EUR' });

    const all = await call('entities.list', {});
    expect(all.map((e) => [e.name, e.mentionCount])).toEqual([['Orange', 2], ['500 millions d’euros', 1], ['Thales', 1]]);
    expect((await call('entities.list', { documentIds: [ids[0]] })).map((e) => e.name)).toEqual(['Orange', 'Thales']);
    expect((await call('entities.list', { query: 'thal' })).map((e) => e.name)).toEqual(['Thales']);
    expect((await call('entities.documents', { entityIds: [orange.entity.id] })).sort()).toEqual([...ids].sort());
    await close();
  });

  it('renames (the old name becomes an alias), merges two entities, and deletes one with its mentions', async () => {
    const { core, call, ids, at, close } = await setup();
    const cloud = (await call('entities.tag', { documentId: ids[0], ...at(0, 'Cloudwatt', 1), type: 'ORG', name: 'Cloudwatt' })).entity;
    const other = (await call('entities.tag', { documentId: ids[1], ...at(1, 'Cloudwatt', 1), type: 'ORG', name: 'Cloudwatt SAS' })).entity;
    await call('entities.update', { id: other.id, note: 'Filiale d’Orange et de Thales' });
    const renamed = await call('entities.update', { id: cloud.id, name: 'Cloudwatt (Orange Cloud)', note: 'Issu du projet Andromède (2012)' });
    expect(renamed.aliases).toEqual(['Cloudwatt']);
    const merged = await call('entities.merge', { into: cloud.id, from: other.id });
    expect(merged).toMatchObject({ mentionCount: 2, documentCount: 2, aliases: ['Cloudwatt', 'Cloudwatt SAS'] });
    expect(merged.note).toBe('Issu du projet Andromède (2012)\n\nFiliale d’Orange et de Thales');
    expect(await core.call('entities.page', { id: other.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await call('entities.remove', { id: cloud.id })).removed).toBe(true);
    expect(await call('annotations.list', { documentId: ids[0] })).toEqual([]);
    await close();
  });

  it('an entity page: every mention in context, its articles, the entities found alongside', async () => {
    const { call, ids, at, close } = await setup();
    const orange = (await call('entities.tag', { documentId: ids[0], ...at(0, 'Orange', 1), type: 'ORG', name: 'Orange' })).entity;
    await call('entities.tag', { documentId: ids[1], ...at(1, 'Orange'), entityId: orange.id });
    await call('entities.tag', { documentId: ids[1], ...at(1, 'Thales'), type: 'ORG', name: 'Thales' });
    await call('entities.tag', { documentId: ids[0], ...at(0, 'Thales', 1), type: 'ORG', name: 'Thales' });
    const page = await call('entities.page', { id: orange.id });
    expect(page.mentions).toHaveLength(2);
    expect(page.mentions.every((m) => m.text === 'Orange')).toBe(true);
    expect(page.mentions.find((m) => m.title.startsWith('Cloudwatt rate'))).toMatchObject({ before: expect.stringContaining('la filiale d’'), after: expect.stringMatching(/^, visait 500 millions/) });
    expect(page.documents).toHaveLength(2);
    expect(page.cooccurring.map((c) => [c.entity.name, c.documents])).toEqual([['Thales', 2]]);
    await close();
  });

  it('shared between two articles: the entities in both and the values they have in common', async () => {
    const { call, ids, at, close } = await setup();
    for (const [doc, name, nth] of [[0, 'Orange', 1], [1, 'Orange', 0], [0, 'Thales', 1], [1, 'Thales', 0], [0, 'Cloudwatt', 1]] as const) {
      await call('entities.tag', { documentId: ids[doc], ...at(doc, name, nth), type: 'ORG', name });
    }
    const shared = await call('entities.shared', { documentIds: ids });
    expect(shared.entities.map((s) => s.entity.name).sort()).toEqual(['Orange', 'Thales']);
    await close();
  });

  it('user-defined types with their own colour; bad types and colours are refused', async () => {
    const { core, call, close } = await setup();
    expect((await call('entities.types', {})).map((t) => t.code)).toEqual(['PER', 'ORG', 'LOC', 'MONEY', 'PERCENT', 'DATE', 'MISC']);
    expect(await call('entities.saveType', { code: 'PROJECT', label: 'Projet', color: '#aa3377' })).toMatchObject({ code: 'PROJECT', builtin: false });
    expect(await call('entities.create', { type: 'PROJECT', name: 'Andromède' })).toMatchObject({ type: 'PROJECT', mentionCount: 0 });
    expect(await core.call('entities.saveType', { code: 'projet', label: 'x', color: '#aa3377' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('entities.saveType', { code: 'X', label: 'x', color: 'red' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('entities.create', { type: 'NOPE', name: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    await close();
  });

  it('stores a name without its control characters, and refuses one that has nothing else, as a request error', async () => {
    const { core, call, close, ids, at } = await setup();
    // (Found by the API fuzz: SQLite counts a text only up to a NUL, so the name read as empty to the library's check.)
    const tagged = await call('entities.tag', { documentId: ids[0], ...at(0, 'Thales', 1), type: 'ORG', name: ' \u0000Tha\tles\n' });
    expect(tagged.entity.name).toBe('Tha les');
    // Tagged again under the same name, written with other control characters: the same entity.
    const again = await call('entities.tag', { documentId: ids[1], ...at(1, 'Thales'), type: 'ORG', name: 'Tha\u0000 les' });
    expect(again.entity.id).toBe(tagged.entity.id);
    expect(await core.call('entities.tag', { documentId: ids[0], ...at(0, 'Orange', 1), type: 'ORG', name: ' \u0000\u0001 ' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.call('entities.create', { type: 'ORG', name: '\u0000\u0007' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    // A rename to nothing but control characters keeps the name.
    expect(await call('entities.update', { id: tagged.entity.id, name: '\u0000' })).toMatchObject({ name: 'Tha les' });
    await close();
  });
});

