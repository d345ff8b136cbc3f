import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../app/import/index.ts';
import { corpusPresent, seedFiles, SKIP_REASON, wikinewsFiles } from '../../support/corpus.ts';

describe.skipIf(!corpusPresent)(`seed articles (${corpusPresent ? '../shared/corpus/seeds' : SKIP_REASON})`, () => {
  const [first, second] = corpusPresent ? seedFiles() : [];

  it('reads the AFP seed: title, dateline date and time, place, agency, caption; text unchanged', () => {
    const bytes = readFileSync(first!);
    const doc = parseFile(first!, bytes);
    expect(doc.title).toBe('“Cloud computing” : Orange se félicite du chiffre d’affaires en 2011');
    expect(doc.published).toBe('2012-01-26T11:18:42');
    expect(doc.place).toBe('Paris');
    expect(doc.source).toBe('AFP');
    expect(doc.language).toBe('fr');
    expect(doc.text).toBe(new TextDecoder().decode(bytes));
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 4)).toEqual(['title', 'photo', 'caption', 'paragraph']);
    const caption = doc.blocks[2]!;
    expect(doc.text.slice(caption.start, caption.end)).toBe('Logo de Orange (Photo : Ben Stansall)');
    const lede = doc.blocks[3]!;
    expect(doc.text.slice(lede.dateline!.start, lede.dateline!.end)).toBe('[26/01/2012 11:18:42] PARIS (AFP)');
  });

  it('reads the La Tribune seed: byline source, headings, the weekday date placed in its year, no-break spaces kept', () => {
    const bytes = readFileSync(second!);
    const doc = parseFile(second!, bytes);
    expect(doc.title).toBe('Les ministères se mettent au cloud avec Orange');
    expect(doc.source).toBe('latribune.fr');
    // "lundi 27 juillet": among the years the article spans (2012–2017), only 2015 has 27 July on a Monday.
    expect(doc.published).toBe('2015-07-27');
    expect(doc.text).toContain('\u00a0');
    expect(doc.text).toBe(new TextDecoder().decode(bytes));
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end));
    expect(headings).toEqual(['Cloudwatt pas encore au niveau de ses ambitions', 'Le cloud, un retard français']);
    expect(doc.blocks.filter((b) => b.kind === 'byline')).toHaveLength(1);
  });

  it('decodes a Windows-1252 copy of each seed to the identical text and the same id', () => {
    for (const file of seedFiles()) {
      const utf8 = readFileSync(file);
      const text = new TextDecoder().decode(utf8);
      const legacy = encodeWindows1252(text);
      const fromUtf8 = parseFile(basename(file), utf8);
      const fromLegacy = parseFile(basename(file), legacy);
      expect(fromLegacy.encoding).toBe('windows-1252');
      expect(fromLegacy.text).toBe(fromUtf8.text);
      expect(fromLegacy.id).toBe(fromUtf8.id);
      expect(fromLegacy.title).toBe(fromUtf8.title);
    }
  });

  it('reads every Wikinews article with a title, a date, a source address and its language', () => {
    for (const file of wikinewsFiles()) {
      const doc = parseFile(file, readFileSync(file));
      expect(doc.title.length, file).toBeGreaterThan(10);
      expect(doc.title, file).not.toContain('\n');
      expect(doc.url, file).toMatch(/^https:\/\/(fr|en)\.wikinews\.org\//);
      expect(doc.language, file).toBe(basename(file).slice(0, 2));
      expect(doc.published, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

/** Windows-1252 encoder for the characters French news uses (Node has a decoder but no encoder for it). */
function encodeWindows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c };
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const mapped = high[ch];
    if (mapped === undefined) throw new Error(`not in windows-1252: U+${code.toString(16)}`);
    return mapped;
  }));
}
