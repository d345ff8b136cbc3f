import { describe, expect, it } from 'vitest';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import { ERROR_CODES, type Result } from '../../../app/contract/errors.ts';
import { filesOf, openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

// An emoji (one code point, two UTF-16 units) before the passages: offsets past it differ between the two counts.
const ARTICLE = `Orange et Thales lancent Cloudwatt

PARIS 🌩 (AFP) Orange et Thales ont lancé jeudi Cloudwatt, une société de « cloud souverain » dotée de 225 millions d’euros, a annoncé le groupe.
`;
async function setup() {
  const test = await openTestCore(tempDir());
  const [imported] = (await test.job('documents.import', { files: filesOf({ 'a.txt': ARTICLE }) })).imported;
  const documentId = imported!.id;
  const { text } = await test.call('documents.get', { id: documentId });
  /** The first occurrence of a passage after `from` (UTF-16), in code points. */
  const span = (passage: string, from = 0) => {
    const at = text.indexOf(passage, from);
    if (at < 0) throw new Error(`${passage} not in the article`);
    return { start: toCodePointOffset(text, at), end: toCodePointOffset(text, at + passage.length) };
  };
  /** The text's length in code points (one less than in UTF-16: the emoji). */
  const LENGTH = [...text].length;
  expect(LENGTH).toBe(text.length - 1);
  /** Every row of the tables a refused call must leave as they were. */
  const rows = () => ['annotations', 'entities', 'rejected_suggestions'].map((table) => test.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all());
  return { ...test, documentId, span, rows, LENGTH };
}

/** A refusal as a front end sees it: typed (a code of the contract), never `internal` (HTTP 500). */
function expectRefused(result: Result<unknown>, code?: string) {
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false);
  if (result.ok) return;
  expect(ERROR_CODES).toContain(result.error.code);
  expect(result.error.code).not.toBe('internal');
  if (code) expect(result.error.code).toBe(code);
}

describe('annotations.restore checks the annotation against its article', () => {
  it('puts back a placed annotation whose quote is the text at its range (past an astral character too)', async () => {
    const { call, close, documentId, span } = await setup();
    const created = await call('annotations.create', { documentId, ...span('Cloudwatt', 60), note: 'La société', tags: ['cloud'] });
    expect(created.exact).toBe('Cloudwatt');
    await call('annotations.remove', { id: created.id });
    expect(await call('annotations.restore', created)).toEqual(created);
    expect(await call('annotations.list', { documentId })).toEqual([created]);
    await close();
  });

  it('refuses a range beyond the text, an empty or reversed range, and a quote that is not the text there', async () => {
    const { core, call, close, documentId, span, rows, LENGTH } = await setup();
    const created = await call('annotations.create', { documentId, ...span('Thales', 40) });
    await call('annotations.remove', { id: created.id });
    const before = rows();
    const { start, end } = created;
    // Beyond the text, whole or in part (UTF-16 length is one more than the code point length here).
    expectRefused(await core.call('annotations.restore', { ...created, start: LENGTH + 5, end: LENGTH + 11 }), 'invalid_request');
    expectRefused(await core.call('annotations.restore', { ...created, start: LENGTH - 3, end: LENGTH + 3 }), 'invalid_request');
    expectRefused(await core.call('annotations.restore', { ...created, start: LENGTH, end: LENGTH + 1 }), 'invalid_request');
    expectRefused(await core.call('annotations.restore', { ...created, start: 1e15, end: 1e15 + 6 }), 'invalid_request');
    // end ≤ start: a CHECK constraint of the table (HTTP 500) before.
    expectRefused(await core.call('annotations.restore', { ...created, start: end, end: start }), 'invalid_request');
    expectRefused(await core.call('annotations.restore', { ...created, end: start }), 'invalid_request');
    // A quote that is not the text at the range: moved by one, or another word.
    const shifted = await core.call('annotations.restore', { ...created, start: start + 1, end: end + 1 });
    expectRefused(shifted, 'quote_not_found');
    if (!shifted.ok) expect(shifted.error.details).toMatchObject({ quote: 'Thales', found: 'hales ', start: start + 1, end: end + 1 });
    expectRefused(await core.call('annotations.restore', { ...created, exact: 'Orange' }), 'quote_not_found');
    expectRefused(await core.call('annotations.restore', { ...created, exact: '' }), 'quote_not_found');
    expect(rows()).toEqual(before);
    expect(await call('annotations.list', { documentId })).toEqual([]);
    await close();
  });

  it('takes a quote that differs only as anchoring folds it (straight apostrophe, NFD), storing the text’s own', async () => {
    const { call, close, documentId, span } = await setup();
    const created = await call('annotations.create', { documentId, ...span('millions d’euros') });
    await call('annotations.remove', { id: created.id });
    const restored = await call('annotations.restore', { ...created, exact: "millions d'euros" });
    expect(restored.exact).toBe('millions d’euros');
    expect((await call('annotations.list', { documentId }))[0]!.exact).toBe('millions d’euros');
    await call('annotations.remove', { id: created.id });
    const société = await call('annotations.create', { documentId, ...span('société') });
    await call('annotations.remove', { id: société.id });
    expect((await call('annotations.restore', { ...société, exact: 'société'.normalize('NFD') })).exact).toBe('société');
    await close();
  });

  it('keeps an orphan’s quote and old range, which need not match the text, but not a reversed range', async () => {
    const { core, call, close, documentId, rows, LENGTH } = await setup();
    const orphan = {
      id: crypto.randomUUID(), documentId, motivation: 'commenting' as const, exact: 'Andromède', prefix: 'le projet ', suffix: ' avait',
      start: LENGTH + 100, end: LENGTH + 109, color: 'blue' as const, note: 'Perdu à la nouvelle version', tags: [],
      created: '2024-01-01T00:00:00.000Z', modified: '2024-01-02T00:00:00.000Z', orphan: true, entityId: null, value: null, regions: null, area: null, snapshot: null,
    };
    const before = rows();
    expectRefused(await core.call('annotations.restore', { ...orphan, start: 9, end: 9 }), 'invalid_request');
    expect(rows()).toEqual(before);
    expect(await call('annotations.restore', orphan)).toEqual(orphan);
    expect(await call('annotations.list', { documentId })).toEqual([orphan]);
    await close();
  });

  it('refuses a mention of an entity that does not exist (a foreign key failure, HTTP 500, before)', async () => {
    const { core, call, close, documentId, span, rows } = await setup();
    const { mention } = await call('entities.tag', { documentId, ...span('Orange', 40), type: 'ORG', name: 'Orange' });
    await call('annotations.remove', { id: mention.id });
    const before = rows();
    expectRefused(await core.call('annotations.restore', { ...mention, entityId: crypto.randomUUID() }), 'not_found');
    expect(rows()).toEqual(before);
    expect(await call('annotations.restore', mention)).toEqual(mention);
    await close();
  });

  it('refuses a note or tags that annotations.create and update would refuse', async () => {
    const { core, call, close, documentId, span, rows } = await setup();
    const created = await call('annotations.create', { documentId, ...span('Orange', 40) });
    await call('annotations.remove', { id: created.id });
    const before = rows();
    expectRefused(await core.call('annotations.restore', { ...created, note: 'x'.repeat(100_001) }), 'invalid_request');
    expectRefused(await core.call('annotations.restore', { ...created, tags: ['  '] }), 'invalid_request');
    expectRefused(await core.call('annotations.restore', { ...created, tags: ['t'.repeat(101)] }), 'invalid_request');
    expectRefused(await core.call('annotations.restore', { ...created, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }), 'invalid_request');
    expect(rows()).toEqual(before);
    await close();
  });
});

describe('other calls that take a range refuse one outside the text with a typed error', () => {
  it('annotations.create, annotations.reattach, entities.tag and entities.reject', async () => {
    const { core, call, close, documentId, span, rows, LENGTH } = await setup();
    const placed = await call('annotations.create', { documentId, ...span('Orange', 40) });
    const before = rows();
    const ranges = [
      { start: LENGTH, end: LENGTH + 1 }, { start: LENGTH - 2, end: LENGTH + 2 }, { start: 5, end: 5 }, { start: 9, end: 3 },
      { start: 2 ** 53 - 2, end: 2 ** 53 - 1 },
    ];
    for (const range of ranges) {
      expectRefused(await core.call('annotations.create', { documentId, ...range }), 'invalid_request');
      expectRefused(await core.call('annotations.reattach', { id: placed.id, ...range }), 'invalid_request');
      expectRefused(await core.call('entities.tag', { documentId, ...range, type: 'ORG', name: 'Nouvelle' }), 'invalid_request');
      expectRefused(await core.call('entities.reject', { documentId, ...range, type: 'ORG', text: 'Orange' }), 'invalid_request');
    }
    // The entity a refused tag would have made is not made either.
    expect(rows()).toEqual(before);
    // The last code point is still a range of the text (the emoji counts one).
    expect(await call('entities.reject', { documentId, start: LENGTH - 1, end: LENGTH, type: 'MISC', text: '\n' })).toEqual({ rejected: true });
    await close();
  });
});
