import { describe, expect, it } from 'vitest';
import { fixture, refusal } from './helpers.ts';
import { looksLikeHypothesis, parseHypothesis } from '../../../app/tool-exports/hypothesis.ts';

const SEARCH = fixture('hypothesis.json');
const ARRAY = fixture('hypothesis-array.json');
const LE_MONDE = 'https://www.lemonde.fr/planete/article/2024/02/10/climat-les-emissions-francaises-en-baisse_6215873_3244.html';
const GUARDIAN = 'https://www.theguardian.com/money/2024/feb/12/quiet-quitting-debate-explained';


describe('looksLikeHypothesis', () => {
  it('recognises both shapes by content, from the whole text or only its head', () => {
    expect(looksLikeHypothesis('hypothesis.json', SEARCH)).toBe(true);
    expect(looksLikeHypothesis('export.txt', ARRAY)).toBe(true);
    expect(SEARCH.length).toBeGreaterThan(8192);
    expect(looksLikeHypothesis('annotations.json', SEARCH.slice(0, 8192))).toBe(true);
    expect(looksLikeHypothesis('bad.json', fixture('hypothesis-bad.json'))).toBe(true);
  });

  it('refuses plain text, Kindle clippings and other JSON', () => {
    expect(looksLikeHypothesis('a.txt', 'Un article ordinaire, avec « guillemets ».')).toBe(false);
    expect(looksLikeHypothesis('a.txt', fixture('kindle-clippings.txt'))).toBe(false);
    expect(looksLikeHypothesis('a.json', '[{"title": "Un article", "url": "https://example.fr/", "tags": ["a"]}]')).toBe(false);
    expect(looksLikeHypothesis('a.json', '{"list": {"1234": {"given_url": "https://example.fr/", "resolved_title": "Pocket"}}}')).toBe(false);
    expect(looksLikeHypothesis('a.json', '{"total": 0, "rows": []}')).toBe(false);
  });
});

describe('parseHypothesis', () => {
  it('groups the search result by page, with the selectors, note, tags and date of each highlight', () => {
    const result = parseHypothesis(SEARCH, 'hypothesis.json');
    expect(result.tool).toBe('hypothesis');
    expect(result.entries).toEqual([
      {
        at: 'entry 1',
        title: 'Climat : les émissions françaises de gaz à effet de serre ont baissé de 5,8 % en 2023',
        url: LE_MONDE,
        highlights: [
          {
            quote: 'les émissions de la France ont baissé de 5,8 % en 2023',
            prefix: 'Selon le Citepa, « ',
            suffix: ' », un rythme inédit',
            start: 1520,
            end: 1587,
            note: 'À vérifier : le chiffre de 2022 était-il révisé ?',
            tags: ['climat', 'à-vérifier'],
            created: '2024-02-10T09:12:44.123Z',
          },
          {
            quote: 'l’industrie et les transports restent les premiers émetteurs',
            prefix: 'Mais ',
            suffix: ', note l’organisme.',
            start: 2204,
            end: 2262,
            created: '2024-02-10T09:15:02.000Z',
          },
        ],
      },
      {
        at: 'entry 5',
        title: 'The “quiet quitting” debate, explained',
        url: GUARDIAN,
        highlights: [
          {
            quote: '“Quiet quitting” isn’t really quitting at all: it’s doing the job you’re paid for, and no more.',
            prefix: 'As one worker put it, ',
            suffix: ' Critics say',
            start: 3310,
            end: 3408,
            note: '**Key claim.** Is there data behind it?',
            tags: ['work', 'labour'],
            created: '2024-02-12T18:44:31.500Z',
          },
        ],
      },
    ]);
    expect(result.skipped).toEqual([
      { at: 'entry 3', reason: 'page_note' },
      { at: 'entry 4', reason: 'reply' },
    ]);
  });

  it('reads the plain array, whatever the order of the selectors, and skips an annotation with no quoted text', () => {
    const result = parseHypothesis(ARRAY, 'export.json');
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({ at: 'entry 1', title: 'Édouard Glissant — Wikipédia', url: 'https://fr.wikipedia.org/wiki/%C3%89douard_Glissant' });
    expect(result.entries[0]!.highlights).toEqual([
      { quote: 'la « poétique de la Relation »', prefix: 'Il développe ', suffix: ', qui s’oppose', start: 812, end: 842, tags: ['poétique'], created: '2023-11-03T14:05:09.000Z' },
      { quote: 'créolisation', prefix: 'la notion de ', suffix: ' pour décrire', start: 1204, end: 1217, note: 'Le concept clé.', tags: ['créolisation'], created: '2023-11-03T14:09:12.000Z' },
    ]);
    expect(result.skipped).toEqual([{ at: 'entry 2', reason: 'no_quote' }]);
  });

  it('reads the client’s own export, `{ annotations }`', () => {
    const annotations = JSON.parse(ARRAY) as unknown[];
    const text = JSON.stringify({ export_date: '2024-03-01T10:00:00.000Z', export_userid: 'acct:claire_m@hypothes.is', client_version: '1.1400.0', annotations });
    expect(looksLikeHypothesis('x.json', text)).toBe(true);
    expect(parseHypothesis(text, 'x.json').entries[0]!.highlights).toHaveLength(2);
  });
});

describe('malformed Hypothesis files', () => {
  it('names the annotation without uri', () => {
    const error = refusal(() => parseHypothesis(fixture('hypothesis-bad.json'), 'hypothesis-bad.json'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toEqual({ tool: 'Hypothesis', at: 'entry 3', issue: 'an annotation without uri' });
  });

  it('refuses invalid JSON, JSON of another shape, and an annotation that is not an object', () => {
    const invalid = refusal(() => parseHypothesis(SEARCH.slice(0, 500), 'cut.json'));
    expect(invalid.code).toBe('invalid_tool_export');
    expect(invalid.details).toMatchObject({ tool: 'Hypothesis', at: 'cut.json' });
    expect(refusal(() => parseHypothesis('{"total": 2, "items": []}', 'x.json')).details).toMatchObject({ at: 'x.json' });
    expect(refusal(() => parseHypothesis('[{"uri": "https://a.fr/", "target": []}, "oops"]', 'x.json')).details).toMatchObject({ at: 'entry 2', issue: 'not an annotation object' });
  });
});
