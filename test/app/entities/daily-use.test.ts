import { describe, expect, it } from 'vitest';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import { linkPartialNames } from '../../../app/entities/partial-names.ts';
import { suggestEntities } from '../../../app/entities/suggest.ts';
import type { Suggestion } from '../../../app/entities/types.ts';
import { filesOf, openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

const CLOUD = `Orange lance son offre

PARIS (AFP) Orange a présenté mardi les offres d’Orange Business Services et d’Orange Cloud for Business aux entreprises. Vivek Badrinath, directeur général adjoint d’Orange, a détaillé le projet.

M. Badrinath a ensuite répondu aux questions. Orange vise 500 millions d’euros.
`;

const person = (text: string): Suggestion => ({ type: 'PER', start: 0, end: text.length, text, source: 'recogniser', score: 0.8 });

describe('suggestions in daily use', () => {
  it('never keep a name inside a longer one, even a known name inside a recognised one', () => {
    const found = suggestEntities('Les équipes d’Orange Business Services ont signé.', { language: 'fr', published: null, known: [{ entityId: 'o', type: 'ORG', name: 'Orange' }] });
    const names = found.map((s) => s.text);
    expect(names).toContain('Orange Business Services');
    expect(names).not.toContain('Orange');
  });

  it('link a person named in part to the one known person it can mean', () => {
    const known = [{ entityId: 'vb', type: 'PER', name: 'Vivek Badrinath' }, { entityId: 'sr', type: 'PER', name: 'Stéphane Richard' }];
    const linked = linkPartialNames([person('M. Badrinath'), person('Badrinath'), person('V. Badrinath'), person('Priya Badrinath'), person('Richard')], known);
    expect(linked.map((s) => s.entityId ?? null)).toEqual(['vb', 'vb', 'vb', null, 'sr']);
    expect(linked[0]!.entityName).toBe('Vivek Badrinath');
    // Two known people of that surname: the reader chooses.
    const two = linkPartialNames([person('M. Badrinath')], [...known, { entityId: 'pb', type: 'PER', name: 'Priya Badrinath' }]);
    expect(two[0]!.entityId).toBeUndefined();
    // Only people: an organisation of the same last word is not a match.
    expect(linkPartialNames([{ ...person('Badrinath'), type: 'ORG' }], known)[0]!.entityId).toBeUndefined();
  });

  it('accepting the same words everywhere leaves the longer names alone, still suggested; a partial name links to the person', async () => {
    const { call, job, close } = await openTestCore(tempDir());
    try {
      const [doc] = (await job('documents.import', { files: filesOf({ 'cloud.txt': CLOUD }) })).imported;
      const id = doc!.id;
      const result = await job('entities.acceptAll', { type: 'ORG', text: 'Orange' });
      const orangeAlone = [...CLOUD.matchAll(/Orange(?! Business| Cloud)/g)].length;
      expect(result.tagged).toBe(orangeAlone);
      const mentions = (await call('annotations.list', { documentId: id })).filter((a) => a.motivation === 'identifying');
      for (const m of mentions) {
        const after = CLOUD.slice(m.end, m.end + 9);
        expect(after.startsWith(' Business') || after.startsWith(' Cloud')).toBe(false);
      }
      const suggested = (await call('entities.suggest', { documentId: id })).map((s) => s.text);
      expect(suggested.some((t) => t.startsWith('Orange Business Services'))).toBe(true);
      expect(suggested.some((t) => t.startsWith('Orange Cloud'))).toBe(true);

      const index = CLOUD.indexOf('Vivek Badrinath');
      await call('entities.tag', { documentId: id, start: toCodePointOffset(CLOUD, index), end: toCodePointOffset(CLOUD, index + 15), type: 'PER', name: 'Vivek Badrinath' });
      const vivek = (await call('entities.list', { query: 'Vivek' }))[0]!;
      const partial = (await call('entities.suggest', { documentId: id })).find((s) => s.type === 'PER' && s.text.includes('Badrinath'));
      expect(partial).toMatchObject({ entityId: vivek.id, entityName: 'Vivek Badrinath' });
    } finally {
      await close();
    }
  });
});
