import { describe as group, expect, it } from 'vitest';
import { anchor, anchorAll, describe, toCodePointOffset, toUtf16Offset, type Selectors } from '../../../app/anchoring/index.ts';

const TEXT = [
  '“Cloud computing” : Orange se félicite du chiffre d’affaires en 2011',
  '',
  '[26/01/2012 11:18:42] PARIS (AFP) Orange a confirmé jeudi son objectif d’un chiffre d’affaires de 500\u00a0millions d’euros en 2015.',
  '',
  'Le directeur exécutif a assuré que l’activité avait augmenté de 70\u00a0% sur un an 🚀 en 2011, selon le groupe.',
  '',
  'Orange revendique 3.600 clients. Orange revendique aussi des grands groupes comme Danone.',
].join('\n');

/** Code point offsets of the n-th occurrence of `passage` in `text`. */
function find(text: string, passage: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  if (at < 0) throw new Error(`not in text: ${passage}`);
  return [toCodePointOffset(text, at), toCodePointOffset(text, at + passage.length)];
}

function selectorsFor(text: string, passage: string, nth = 0): Selectors {
  const [start, end] = find(text, passage, nth);
  return describe(text, start, end);
}

group('describe', () => {
  it('records the exact quote, 32 code points of context each side, and code point positions', () => {
    const [start, end] = find(TEXT, '500\u00a0millions d’euros');
    const { quote, position } = describe(TEXT, start, end);
    expect(quote.exact).toBe('500\u00a0millions d’euros');
    expect([...quote.prefix]).toHaveLength(32);
    expect(quote.prefix.endsWith('d’affaires de ')).toBe(true);
    expect(quote.suffix.startsWith(' en 2015.')).toBe(true);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('counts an emoji as one code point', () => {
    const [start] = find(TEXT, 'en 2011, selon');
    expect(toUtf16Offset(TEXT, start) - start).toBe(1); // the one emoji before it is two units, one code point
    const [emojiStart] = find(TEXT, '🚀');
    expect(toUtf16Offset(TEXT, emojiStart + 1) - toUtf16Offset(TEXT, emojiStart)).toBe(2);
    expect(describe(TEXT, emojiStart, emojiStart + 1).quote.exact).toBe('🚀');
  });

  it('handles passages at the very start and the very end', () => {
    const first = describe(TEXT, 0, 7);
    expect(first.quote).toMatchObject({ exact: '“Cloud ', prefix: '' });
    const length = [...TEXT].length;
    const last = describe(TEXT, length - 7, length);
    expect(last.quote).toMatchObject({ exact: 'Danone.', suffix: '' });
    expect(anchor(TEXT, first)).toMatchObject({ start: 0, end: 7, method: 'position' });
    expect(anchor(TEXT, last)).toMatchObject({ start: length - 7, end: length, method: 'position' });
  });

  it('refuses an empty or impossible passage', () => {
    expect(() => describe(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describe(TEXT, -1, 3)).toThrow(RangeError);
    expect(() => describe(TEXT, 0, 10_000)).toThrow(RangeError);
  });
});

group('anchor', () => {
  it('uses the position when the quote is still there', () => {
    const selectors = selectorsFor(TEXT, 'objectif d’un chiffre');
    expect(anchor(TEXT, selectors)).toEqual({ ...find(TEXT, 'objectif d’un chiffre').reduce((a, v, i) => ({ ...a, [i ? 'end' : 'start']: v }), {}), method: 'position', score: 1 });
  });

  it('finds the quote again after edits elsewhere moved it', () => {
    const selectors = selectorsFor(TEXT, '70\u00a0% sur un an');
    const edited = TEXT.replace('PARIS (AFP)', 'PARIS (Agence France-Presse)');
    const found = anchor(edited, selectors)!;
    expect(found.method).toBe('quote');
    expect(found.score).toBe(1);
    expect([found.start, found.end]).toEqual(find(edited, '70\u00a0% sur un an'));
  });

  it('tells repeated phrases apart by their context', () => {
    const second = selectorsFor(TEXT, 'Orange revendique', 1);
    const moved = `Préambule ajouté.\n\n${TEXT}`;
    const found = anchor(moved, { quote: second.quote })!; // no position: context alone must decide
    expect(found.method).toBe('quote');
    expect([found.start, found.end]).toEqual(find(moved, 'Orange revendique', 1));
    const first = selectorsFor(TEXT, 'Orange revendique', 0);
    expect([anchor(moved, { quote: first.quote })!.start]).toEqual([find(moved, 'Orange revendique', 0)[0]]);
  });

  it('matches a decomposed-accent quote on composed text', () => {
    const selectors = selectorsFor(TEXT, 'Le directeur exécutif');
    const nfd = { quote: { ...selectors.quote, exact: selectors.quote.exact.normalize('NFD'), prefix: selectors.quote.prefix.normalize('NFD') } };
    const found = anchor(TEXT, nfd)!;
    expect(found.method).toBe('quote');
    expect([found.start, found.end]).toEqual(find(TEXT, 'Le directeur exécutif'));
  });

  it('matches straight quotes and ordinary spaces against curly quotes and no-break spaces', () => {
    const typed = { quote: { type: 'TextQuoteSelector' as const, exact: "500 millions d'euros en 2015", prefix: '', suffix: '' } };
    const found = anchor(TEXT, typed)!;
    expect(found.method).toBe('quote');
    expect([found.start, found.end]).toEqual(find(TEXT, '500\u00a0millions d’euros en 2015'));
  });

  it('finds a quote that was itself edited, approximately, and says so', () => {
    const selectors = selectorsFor(TEXT, 'a assuré que l’activité avait augmenté de 70');
    const edited = TEXT.replace('a assuré que l’activité avait augmenté', 'a affirmé que l’activité a augmenté');
    const found = anchor(edited, selectors)!;
    expect(found.method).toBe('fuzzy');
    expect(found.score).toBeGreaterThan(0.6);
    expect(found.score).toBeLessThan(1);
    const [start, end] = find(edited, 'a affirmé que l’activité a augmenté de 70');
    expect(Math.abs(found.start - start)).toBeLessThanOrEqual(2);
    expect(Math.abs(found.end - end)).toBeLessThanOrEqual(2);
  });

  it('gives up when the passage is gone', () => {
    const selectors = selectorsFor(TEXT, 'grands groupes comme Danone');
    expect(anchor(TEXT.replace('Orange revendique aussi des grands groupes comme Danone.', 'Fin.'), selectors)).toBeNull();
    expect(anchor(TEXT, { quote: { type: 'TextQuoteSelector', exact: 'Thales', prefix: '', suffix: '' } })).toBeNull();
  });

  it('anchors within a few characters of the old place before searching the whole text', () => {
    const long = `${'Paragraphe de remplissage sans rapport. '.repeat(2000)}\n\n${TEXT}`;
    const selectors = selectorsFor(long, 'a assuré que l’activité avait augmenté de 70');
    const edited = long.replace('a assuré que l’activité avait augmenté', 'a affirmé que l’activité a augmenté');
    const started = performance.now();
    const found = anchor(edited, selectors)!;
    expect(found.method).toBe('fuzzy');
    expect(performance.now() - started).toBeLessThan(1000); // correctness first; the bench measures speed
  });
});

group('anchor: passages edited inside', () => {
  it('finds a passage by its edges when a sentence was inserted inside it, and takes the sentence in', () => {
    const passage = 'Orange a confirmé jeudi son objectif d’un chiffre d’affaires de 500\u00a0millions';
    const selectors = selectorsFor(TEXT, passage);
    const inserted = ' Le groupe, qui emploie 3.600 salariés en France, a rappelé ses engagements pris en 2010 devant les actionnaires.';
    const edited = TEXT.replace('jeudi son objectif', `jeudi.${inserted} Il maintient son objectif`);
    const found = anchor(edited, selectors)!;
    expect(found.method).toBe('fuzzy');
    const [start] = find(edited, 'Orange a confirmé jeudi.');
    const [, end] = find(edited, 'de 500\u00a0millions');
    expect([found.start, found.end]).toEqual([start, end]);
  });

  it('finds a passage whose both ends were retouched near its old place', () => {
    const passage = 'Le directeur exécutif a assuré que l’activité avait augmenté de 70\u00a0%';
    const selectors = selectorsFor(TEXT, passage);
    const edited = TEXT.replace('Le directeur exécutif a assuré', 'Le directeur exécutif, Marc Dupont, a assuré').replace('augmenté de 70\u00a0%', 'augmenté de 72\u00a0%');
    const found = anchor(edited, selectors)!;
    expect(found.method).toBe('fuzzy');
    expect([found.start, found.end]).toEqual(find(edited, 'Le directeur exécutif, Marc Dupont, a assuré que l’activité avait augmenté de 72\u00a0%'));
  });

  it('does not take the same words far away in other surroundings for a deleted passage', () => {
    const filler = 'Paragraphe de remplissage sans rapport. '.repeat(120);
    const long = `Au début, les grands groupes hésitaient encore.\n\n${filler}\n\n${TEXT}`;
    const selectors = selectorsFor(long, 'grands groupes', 1);
    const edited = long.replace(' Orange revendique aussi des grands groupes comme Danone.', '');
    expect(anchor(edited, selectors)).toBeNull();
    // Still there, moved by an edit before it: found, its context agreeing.
    expect(anchor(long.replace('Au début', 'Tout au début'), selectors)).toMatchObject({ method: 'quote' });
  });
});

group('anchorAll', () => {
  const edits: [string, string][] = [
    ['PARIS (AFP)', 'PARIS (Agence France-Presse)'],
    ['a assuré que l’activité avait augmenté', 'a affirmé que l’activité a augmenté'],
    ['Orange revendique aussi des grands groupes comme Danone.', 'Fin.'],
    ['🚀', '🚀🚀 '],
    ['“Cloud computing”', '"Cloud computing"'],
  ];
  const passages = ['“Cloud computing”', 'Orange', 'PARIS (AFP) Orange a confirmé', '500\u00a0millions d’euros', 'augmenté de 70\u00a0% sur un an 🚀 en 2011', 'en 2011, selon le groupe', 'grands groupes comme Danone', 'l’activité avait augmenté'];

  it('gives what anchor gives, passage by passage', () => {
    const list = passages.flatMap((passage) => {
      const selectors = selectorsFor(TEXT, passage);
      return [selectors, { quote: selectors.quote }, { quote: { ...selectors.quote, prefix: '', suffix: '' }, position: selectors.position }];
    });
    const methods = new Set<string>();
    for (const [from, to] of edits) {
      const edited = TEXT.replace(from, to);
      const expected = list.map((selectors) => anchor(edited, selectors));
      expect(anchorAll(edited, list)).toEqual(expected);
      for (const found of expected) methods.add(found?.method ?? 'null');
    }
    expect([...methods].sort()).toEqual(['fuzzy', 'null', 'position', 'quote']); // every way of finding was compared
    expect(anchorAll(TEXT, [])).toEqual([]);
  });
});
