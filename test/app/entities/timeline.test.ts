import { describe, expect, it } from 'vitest';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import { sortKey } from '../../../app/entities/timeline.ts';
import { filesOf, openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

const FIRST = `Le conseil vote le budget

[26/01/2012 11:18:42] QUIMPER (AFP) Le conseil municipal a voté jeudi le budget 2012. L’an dernier, Anne Kervella avait déjà présenté un plan.

Hier, les élus ont débattu. Le vote final aura lieu le mois prochain.
`;
const SECOND = `Le port s’agrandit

[03/02/2010 09:00:00] BREST (AFP) Les travaux du port ont commencé en 2009. Anne Kervella les suit depuis mars.
`;

describe('timelines', () => {
  it('orders weeks, months and years with the days they contain', () => {
    expect(sortKey('2012-W04')).toBe('2012-01-23');
    expect(sortKey('2011-W52')).toBe('2011-12-26');
    expect(sortKey('2015')! < sortKey('2015-01')!).toBe(true);
    expect(sortKey('2012-05-03/2012-05-05')).toBe('2012-05-03');
    expect(sortKey('--07-27')).toBeNull();
    // A week is placed in the year of its Monday.
    expect(sortKey('2015-W01')).toBe('2014-12-29');
  });

  it('lists the dated mentions of an article, a collection and an entity’s sentences, earliest first', async () => {
    const { call, job, close } = await openTestCore(tempDir());
    try {
      const { imported } = await job('documents.import', { files: filesOf({ 'budget.txt': FIRST, 'port.txt': SECOND }) });
      const [budget, port] = imported;
      // Tag every date the suggester finds, with its value, as a reader accepting them would.
      const texts = { [budget!.id]: FIRST, [port!.id]: SECOND };
      for (const doc of [budget!, port!]) {
        for (const s of (await call('entities.suggest', { documentId: doc.id })).filter((s) => s.type === 'DATE')) {
          await call('entities.tag', { documentId: doc.id, start: s.start, end: s.end, type: 'DATE', name: s.text, value: s.value ?? null });
        }
      }
      const article = await call('entities.timeline', { documentId: budget!.id });
      expect(article.items.map((i) => [i.date, i.sentence.slice(i.at, i.at + i.length)])).toEqual([
        ['2011', 'L’an dernier'], ['2012', '2012'], ['2012-01-25', 'Hier'], ['2012-01-26', '26/01/2012'], ['2012-01-26', 'jeudi'], ['2012-02', 'le mois prochain'],
      ]);
      expect(article.items.map((i) => i.year)).toEqual(['2011', '2012', '2012', '2012', '2012', '2012']);
      const hier = article.items.find((i) => i.date === '2012-01-25')!;
      expect(hier.sentence).toBe('Hier, les élus ont débattu.');
      expect(FIRST.slice(toCodePointOffset(FIRST, 0) + hier.start, hier.end)).toBe('Hier');

      const collection = await call('collections.create', { name: 'Finistère' });
      await call('collections.file', { id: collection.id, documentIds: [budget!.id, port!.id], inside: true });
      const both = await call('entities.timeline', { collectionId: collection.id });
      expect(both.items[0]!.date).toBe('2009');
      expect(both.items[0]!.documentId).toBe(port!.id);
      expect(both.items.map((i) => i.date)).toEqual([...both.items.map((i) => i.date)].sort((a, b) => (sortKey(a)! < sortKey(b)! ? -1 : sortKey(a)! > sortKey(b)! ? 1 : 0)));
      expect(both.items).toHaveLength(article.items.length + 3);

      // Anne Kervella: the dates of the sentences naming her, in both articles.
      for (const [id, text] of Object.entries(texts)) {
        const at = text.indexOf('Anne Kervella');
        await call('entities.tag', { documentId: id, start: toCodePointOffset(text, at), end: toCodePointOffset(text, at + 13), type: 'PER', name: 'Anne Kervella' });
      }
      const anne = (await call('entities.list', { query: 'Kervella' }))[0]!;
      const hers = await call('entities.timeline', { entityId: anne.id });
      expect(hers.items.map((i) => [i.date, i.sentence])).toEqual([
        ['2009-03', 'Anne Kervella les suit depuis mars.'],
        ['2011', 'L’an dernier, Anne Kervella avait déjà présenté un plan.'],
      ]);
    } finally {
      close();
    }
  });
});
