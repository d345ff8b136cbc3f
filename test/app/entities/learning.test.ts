import { describe, expect, it } from 'vitest';
import { AveragedPerceptron } from '../../../app/entities/learning/perceptron.ts';
import { features, NONE, trainReaderModel } from '../../../app/entities/learning/reader-model.ts';
import type { Suggestion } from '../../../app/entities/types.ts';
import { filesOf, openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

describe('the averaged perceptron', () => {
  it('learns separable labels, with a margin, and the same model from the same examples', () => {
    const examples = [
      { features: ['a', 'x'], label: 'PER' }, { features: ['a', 'y'], label: 'PER' },
      { features: ['b', 'x'], label: 'ORG' }, { features: ['b', 'y'], label: 'ORG' },
    ];
    const model = new AveragedPerceptron().train(examples);
    expect(model.predict(['a', 'z']).label).toBe('PER');
    expect(model.predict(['b', 'z']).label).toBe('ORG');
    expect(model.predict(['a']).margin).toBeGreaterThan(0);
    expect(model.predict(['unknown']).margin).toBe(0);
    expect(new AveragedPerceptron().train(examples).predict(['a', 'x']).scores).toEqual(model.predict(['a', 'x']).scores);
  });
});

describe('the reader model', () => {
  const text = 'Chief Executive Tom Ashcroft said the board met. Chief Financial Officer Ann Berg said so too.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const suggestion = (words: string, type: string): Suggestion => ({ type, ...at(words), text: words, source: 'pattern', score: 0.7 });

  it('describes a mention by its words, their shape and the words around', () => {
    const f = features(text, at('Tom Ashcroft').start, at('Tom Ashcroft').end, 'PER');
    expect(f).toEqual(expect.arrayContaining(['rule=PER', 'text=tom ashcroft', 'first=tom', 'last=ashcroft', 'prev=executive', 'next=said', 'shape=Xx Xx']));
  });

  it('drops what the reader rejected there, and leaves the rest', () => {
    const decisions = [
      { ...at('Chief Executive'), text, suggested: 'PER', label: NONE },
      { ...at('Financial Officer'), text, suggested: 'PER', label: NONE },
      { ...at('Tom Ashcroft'), text, suggested: 'PER', label: 'PER' },
      { ...at('Ann Berg'), text, suggested: 'PER', label: 'PER' },
    ];
    const model = trainReaderModel(decisions);
    expect(model.decisions).toBe(4);
    const applied = model.apply(text, [suggestion('Chief Executive', 'PER'), suggestion('Tom Ashcroft', 'PER'), suggestion('Ann Berg', 'PER')]);
    expect(applied.map((s) => s.text)).toEqual(['Tom Ashcroft', 'Ann Berg']);
    // Nothing learnt, nothing changed.
    expect(trainReaderModel([]).apply(text, [suggestion('Chief Executive', 'PER')])).toHaveLength(1);
    // Rejections alone teach it too (a tie is a mistake to learn from), even with no tag yet.
    const rejectedOnly = trainReaderModel([{ ...at('Chief Executive'), text, suggested: 'PER', label: NONE }, { ...at('Chief Executive'), text, suggested: 'PER', label: NONE }]);
    expect(rejectedOnly.apply(text, [suggestion('Chief Executive', 'PER'), suggestion('Tom Ashcroft', 'PER')]).map((s) => s.text)).toEqual(['Tom Ashcroft']);
  });
});

const ARTICLE = (n: number) => `Réunion à Quimper ${n}

[0${n}/03/2015 10:00:00] QUIMPER (AFP) Le groupe Orange a annoncé lundi un plan pour Kerlouan. Selon l’AFP, Orange investira à Kerlouan et à Plouguerneau.
`;

describe('learning in a library', () => {
  it('stops suggesting what the reader rejects, says why each suggestion is made, and can be turned off or reset', async () => {
    const { call, job, close } = await openTestCore(tempDir());
    try {
      const { imported } = await job('documents.import', { files: filesOf({ 'a.txt': ARTICLE(1), 'b.txt': ARTICLE(2), 'c.txt': ARTICLE(3) }) });
      const [a, b, c] = imported.map((d) => d.id);
      const places = async (id: string) => (await call('entities.suggest', { documentId: id })).filter((s) => s.type === 'LOC').map((s) => s.text);
      expect(await places(c!)).toContain('Kerlouan');
      const reasons = new Set((await call('entities.suggest', { documentId: c! })).map((s) => s.reason));
      expect(reasons).toContain('value');
      expect(reasons).toContain('place');
      // In two articles the reader accepts the organisation and rejects Kerlouan as a place, every time.
      for (const id of [a!, b!]) {
        for (const s of await call('entities.suggest', { documentId: id })) {
          if (s.text === 'Kerlouan') await call('entities.reject', { documentId: id, start: s.start, end: s.end, type: s.type, text: s.text });
          else if (s.type === 'ORG' || s.text === 'Plouguerneau') await call('entities.tag', { documentId: id, start: s.start, end: s.end, type: s.type, name: s.text });
        }
      }
      expect(await places(c!)).not.toContain('Kerlouan');
      expect(await places(c!)).toContain('Plouguerneau');
      await call('library.updateSettings', { learning: false });
      expect(await places(c!)).toContain('Kerlouan');
      await call('library.updateSettings', { learning: true, learningSince: new Date(Date.now() + 1000).toISOString() });
      expect(await places(c!)).toContain('Kerlouan');
      await call('library.updateSettings', { learningSince: null });
      expect(await places(c!)).not.toContain('Kerlouan');
    } finally {
      close();
    }
  });
});
