import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { refusal } from './helpers.ts';
import { looksLikeOmnivore, parseOmnivore } from '../../../app/tool-exports/omnivore.ts';

/** A zip of these text files, as Omnivore's export wrote them. */
function zip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])));
}

/** Sets the uncompressed size every central-directory record of the zip declares, as a zip bomb would. */
function declareSizes(bytes: Uint8Array, size: number, only?: string): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 46 <= copy.length; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(copy.subarray(offset + 46, offset + 46 + view.getUint16(offset + 28, true)));
    if (!only || name === only) view.setUint32(offset + 24, size, true);
  }
  return copy;
}


const SOBRIETY = {
  id: '4f0c2a8e-1b7d-11ef-9a61-0b7c3e5d2f10',
  slug: 'la-sobriete-numerique-une-fausse-bonne-idee-18f2a1c4e3b',
  title: 'La sobriété numérique, une fausse bonne idée ?',
  description: 'Tribune : réduire nos usages ne suffira pas.',
  author: 'Hélène Durand',
  url: 'https://www.example.fr/tribunes/2024/04/30/la-sobriete-numerique',
  state: 'SUCCEEDED',
  readingProgress: 64,
  thumbnail: 'https://proxy-prod.omnivore-image-cache.app/320x320,sx/https://www.example.fr/img/serveurs.jpg',
  labels: ['numérique', 'écologie'],
  savedAt: '2024-05-02T08:14:00.000Z',
  updatedAt: '2024-05-02T08:31:45.000Z',
  publishedAt: '2024-04-30T06:00:00.000Z',
  highlights: [
    { quote: '« Le numérique représente près de 4 % des émissions mondiales »', annotation: 'Source : rapport du Shift Project.', color: 'red', createdAt: '2024-05-02T08:20:11.000Z', type: 'HIGHLIGHT' },
    { quote: 'la sobriété n’est pas la pénurie', annotation: '', color: 'orange', createdAt: '2024-05-02T08:22:40.000Z', type: 'HIGHLIGHT' },
    { quote: null, annotation: 'Bonne tribune, à citer dans le chapitre 2.', createdAt: '2024-05-02T08:30:00.000Z', type: 'NOTE' },
  ],
};
const AVERAGE = {
  id: '7a3d9b42-2c5e-11ef-8f0a-53e1c9b7a6d4',
  slug: 'the-age-of-average-18f2a1c5b7d',
  title: 'The Age of Average',
  description: 'Why does everything look the same?',
  author: 'Alex Murrell',
  url: 'https://www.alexmurrell.co.uk/articles/the-age-of-average',
  state: 'ARCHIVED',
  readingProgress: 100,
  thumbnail: null,
  labels: [{ name: 'design' }, { name: 'culture' }],
  savedAt: '2023-08-14T19:02:33.000Z',
  updatedAt: '2023-09-01T07:10:00.000Z',
  publishedAt: null,
};
const CONTENT = '<div class="page" id="readability-page-1"><p>« Le numérique représente près de 4 % des émissions mondiales », rappelle l’Ademe.</p></div>';
const MARKDOWN = [
  '> From film to fashion and architecture to advertising, the creative fields have become dominated by a single, homogenous aesthetic. [⤴️](https://omnivore.app/me/the-age-of-average-18f2a1c5b7d#3c6a0f12-9e1b-4d2a-8f55-1a2b3c4d5e6f)',
  '',
  '> Everything looks the same because everyone is optimising for the same “average” taste. [⤴️](https://omnivore.app/me/the-age-of-average-18f2a1c5b7d#8b7e6d5c-4a3b-2c1d-0e9f-a8b7c6d5e4f3)',
  '',
  'Compare with Kyle Chayka’s “Filterworld”.',
  '',
].join('\n');

const EXPORT = zip({
  'metadata_20_to_39.json': JSON.stringify([AVERAGE], null, 2),
  'metadata_0_to_19.json': JSON.stringify([SOBRIETY], null, 2),
  [`content/${SOBRIETY.slug}.html`]: CONTENT,
  [`highlights/${AVERAGE.slug}.md`]: MARKDOWN,
});

describe('looksLikeOmnivore', () => {
  it('recognises a zip holding metadata files, whatever it is called', () => {
    expect(looksLikeOmnivore('Omnivore-export-2024-10-30.zip', EXPORT)).toBe(true);
    expect(looksLikeOmnivore('archive', EXPORT)).toBe(true);
  });

  it('refuses other zips, plain text and the text formats', () => {
    expect(looksLikeOmnivore('export.zip', zip({ 'metadata.json': '[]', 'content/a.html': '<p>a</p>' }))).toBe(false);
    expect(looksLikeOmnivore('export.zip', strToU8('Un article ordinaire.'))).toBe(false);
    expect(looksLikeOmnivore('export.zip', strToU8('PK\u0003\u0004 but not a zip at all'))).toBe(false);
    expect(looksLikeOmnivore('hypothesis.json', strToU8('[{"uri": "https://a.fr/", "user": "acct:a@hypothes.is", "target": []}]'))).toBe(false);
  });
});

describe('parseOmnivore', () => {
  const result = parseOmnivore(EXPORT, 'omnivore.zip');

  it('reads each item in the order of the metadata files, with its labels, dates, state and saved HTML', () => {
    expect(result.tool).toBe('omnivore');
    expect(result.entries.map((e) => e.at)).toEqual(['metadata_0_to_19.json, item 1', 'metadata_20_to_39.json, item 1']);
    const [sobriety, average] = result.entries;
    expect(sobriety).toMatchObject({
      title: 'La sobriété numérique, une fausse bonne idée ?',
      url: 'https://www.example.fr/tribunes/2024/04/30/la-sobriete-numerique',
      author: 'Hélène Durand',
      tags: ['numérique', 'écologie'],
      savedAt: '2024-05-02T08:14:00.000Z',
      published: '2024-04-30T06:00:00.000Z',
      archived: false,
      content: { format: 'html', text: CONTENT },
    });
    expect(average).toMatchObject({ title: 'The Age of Average', author: 'Alex Murrell', tags: ['design', 'culture'], published: null, archived: true });
    expect(average).not.toHaveProperty('content');
  });

  it('takes the highlights of the metadata, mapping colours, and skips the note on the whole article', () => {
    expect(result.entries[0]!.highlights).toEqual([
      { quote: '« Le numérique représente près de 4 % des émissions mondiales »', note: 'Source : rapport du Shift Project.', color: 'pink', created: '2024-05-02T08:20:11.000Z' },
      { quote: 'la sobriété n’est pas la pénurie', created: '2024-05-02T08:22:40.000Z' },
    ]);
    expect(result.skipped).toEqual([{ at: 'metadata_0_to_19.json, item 1, highlight 3', reason: 'article_note' }]);
  });

  it('falls back on highlights/<slug>.md, without the links back to Omnivore', () => {
    expect(result.entries[1]!.highlights).toEqual([
      { quote: 'From film to fashion and architecture to advertising, the creative fields have become dominated by a single, homogenous aesthetic.' },
      { quote: 'Everything looks the same because everyone is optimising for the same “average” taste.', note: 'Compare with Kyle Chayka’s “Filterworld”.' },
    ]);
  });
});

describe('malformed Omnivore exports', () => {
  const metadata = (items: unknown) => zip({ 'metadata_0_to_19.json': typeof items === 'string' ? items : JSON.stringify(items) });

  it('names the item without url and title', () => {
    const error = refusal(() => parseOmnivore(metadata([SOBRIETY, { ...AVERAGE, url: '', title: null }]), 'omnivore.zip'));
    expect(error.code).toBe('invalid_tool_export');
    expect(error.details).toEqual({ tool: 'Omnivore', at: 'metadata_0_to_19.json, item 2', issue: 'an item without url and title' });
  });

  it('names the metadata file that is not JSON, or not a list', () => {
    expect(refusal(() => parseOmnivore(metadata('[{"slug": '), 'o.zip')).details).toMatchObject({ tool: 'Omnivore', at: 'metadata_0_to_19.json' });
    expect(refusal(() => parseOmnivore(metadata({ items: [SOBRIETY] }), 'o.zip')).details).toMatchObject({ at: 'metadata_0_to_19.json', issue: 'not a list of items' });
  });

  it('refuses a zip without metadata, and bytes that are not a zip', () => {
    expect(refusal(() => parseOmnivore(zip({ 'content/a.html': CONTENT }), 'o.zip')).details).toMatchObject({ tool: 'Omnivore', at: 'o.zip' });
    const broken = refusal(() => parseOmnivore(EXPORT.subarray(0, 200), 'o.zip'));
    expect(broken.code).toBe('invalid_tool_export');
    expect(broken.details).toMatchObject({ at: 'o.zip' });
  });

  it('refuses a file declared over 50 MB, or over 500 MB in all, before inflating anything', () => {
    const bomb = refusal(() => parseOmnivore(declareSizes(EXPORT, 60 * 1024 * 1024, `content/${SOBRIETY.slug}.html`), 'o.zip'));
    expect(bomb.code).toBe('invalid_tool_export');
    expect(bomb.details).toMatchObject({ tool: 'Omnivore', at: `content/${SOBRIETY.slug}.html` });
    const many = zip(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`content/page-${i}.html`, '<p>…</p>'])));
    const total = refusal(() => parseOmnivore(declareSizes(many, 49 * 1024 * 1024), 'o.zip'));
    expect(total.details).toMatchObject({ at: 'content/page-10.html', issue: 'the files are declared at over 500 MB in all' });
  });
});
