import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAnnotations } from '../../../app/annotations/index.ts';
import { importSources, sourceFromBytes } from '../../../app/import/import-batch.ts';
import { openLibrary, type Library } from '../../../app/library/index.ts';
import { getDocument } from '../../../app/store/documents.ts';
import { importAddresses } from '../../../app/web/import-addresses.ts';
import { useTempDir } from '../../support/tmp.ts';
import { NEWS_PARAGRAPHS, siteRoutes } from '../../support/web-pages.ts';
import { startWebServer, type WebServer } from '../../support/web-server.ts';

// Exports of other tools brought into a library: their articles found or made, their highlights placed on the text.
let site: WebServer;
beforeAll(async () => {
  site = await startWebServer(siteRoutes(() => site.origin));
});
afterAll(() => site.close());
const tempDir = useTempDir();
const library = (): Library => openLibrary(tempDir());
const bytes = (text: string) => new TextEncoder().encode(text);
const count = (lib: Library, table: string) => (lib.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const KINDLE = `\ufeffLe Grand Meaulnes (Alain-Fournier)
- Votre surlignement sur la page 12 | emplacement 170-172 | Ajouté le lundi 1 janvier 2024 10:00:00

Il arriva chez nous un dimanche de novembre 189…
==========
Le Grand Meaulnes (Alain-Fournier)
- Votre surlignement sur la page 15 | emplacement 201-204 | Ajouté le lundi 1 janvier 2024 10:05:00

Je continue à dire « chez nous », bien que la maison ne nous appartienne plus.
==========
The Old Man and the Sea (Ernest Hemingway)
- Your Highlight on page 3 | Location 40-41 | Added on Tuesday, 2 January 2024 21:15:02

He was an old man who fished alone in a skiff in the Gulf Stream.
==========
`;

describe('other tools’ exports', () => {
  it('makes an article of each Kindle book from its highlights, placed, and does not add them twice', async () => {
    const lib = library();
    const report = await importSources(lib.db, [sourceFromBytes('My Clippings.txt', bytes(KINDLE))]);
    expect(report.failed).toEqual([]);
    expect(report.imported.map((i) => i.title).sort()).toEqual(['Le Grand Meaulnes', 'The Old Man and the Sea']);
    expect(report.highlights).toEqual({ placed: 3, notFound: 0, duplicates: 0 });
    const book = getDocument(lib.db, report.imported.find((i) => i.title === 'Le Grand Meaulnes')!.id);
    expect(book.author).toBe('Alain-Fournier');
    expect(book.source).toBe('Kindle');
    const notes = listAnnotations(lib.db, book.id);
    expect(notes.map((n) => book.text.slice(n.start, n.end))).toEqual(['Il arriva chez nous un dimanche de novembre 189…', 'Je continue à dire « chez nous », bien que la maison ne nous appartienne plus.']);
    expect(notes[0]!.note).toContain('170-172');
    const again = await importSources(lib.db, [sourceFromBytes('clippings.txt', bytes(KINDLE))]);
    expect(again.imported).toEqual([]);
    expect(again.duplicates.map((d) => d.title).sort()).toEqual(['Le Grand Meaulnes', 'The Old Man and the Sea']);
    expect(again.highlights).toEqual({ placed: 0, notFound: 0, duplicates: 3 });
    expect(count(lib, 'annotations')).toBe(3);
    lib.close();
  });

  it('places Hypothesis annotations on the saved page at their address, keeping one it cannot place', async () => {
    const lib = library();
    const url = `${site.origin}/eco/lyon-lampadaires`;
    const saved = await importAddresses(lib.db, [url], { allowLocal: true });
    const id = saved.imported[0]!.id;
    const annotation = (exact: string, text: string, prefix = '', suffix = '') => ({
      id: `h-${exact.length}`, created: '2025-03-14T08:00:00.000Z', updated: '2025-03-14T08:00:00.000Z', user: 'acct:claire@hypothes.is',
      uri: url, text, tags: ['éclairage'], group: '__world__', document: { title: ['Lyon remplace ses lampadaires'] },
      target: [{ source: url, selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }] }],
    });
    const file = { total: 2, rows: [
      annotation('58 000 points lumineux', 'Chiffre à vérifier', 'Les ', ' concernés'),
      annotation('une phrase qui n’existe pas dans cet article du tout', 'Perdue'),
    ] };
    const report = await importSources(lib.db, [sourceFromBytes('hypothesis.json', bytes(JSON.stringify(file)))]);
    expect(report.imported).toEqual([]);
    expect(report.highlights).toEqual({ placed: 1, notFound: 1, duplicates: 0 });
    const notes = listAnnotations(lib.db, id);
    const text = getDocument(lib.db, id).text;
    const placed = notes.find((n) => !n.orphan)!;
    expect(text.slice(placed.start, placed.end)).toBe('58 000 points lumineux');
    expect(placed).toMatchObject({ note: 'Chiffre à vérifier', tags: ['éclairage'], created: '2025-03-14T08:00:00.000Z' });
    expect(notes.find((n) => n.orphan)).toMatchObject({ exact: 'une phrase qui n’existe pas dans cet article du tout', note: 'Perdue' });
    lib.close();
  });

  it('fetches the pages of a Pocket list when asked, and otherwise says which were left without text', async () => {
    const csv = `title,url,time_added,tags,status\nLyon remplace ses lampadaires,${site.origin}/eco/lyon-lampadaires,1741852800,énergie|lyon,unread\nÉtude,${site.origin}/revue/eclairage,1741852900,,archive\n`;
    const lib = library();
    const withoutText = await importSources(lib.db, [sourceFromBytes('pocket.csv', bytes(csv))]);
    expect(withoutText.imported).toEqual([]);
    expect(withoutText.skipped?.map((s) => [s.reason, s.url])).toEqual([['no_text', `${site.origin}/eco/lyon-lampadaires`], ['no_text', `${site.origin}/revue/eclairage`]]);
    const fetched = await importSources(lib.db, [sourceFromBytes('pocket.csv', bytes(csv))], {}, { fetchPages: true, allowLocalAddresses: true });
    // The pages' own titles and metadata, richer than the list's.
    expect(fetched.imported.map((i) => i.title).sort()).toEqual(['Lyon remplace ses lampadaires pour diviser sa facture par deux', 'Street lighting and night-time energy use in European cities']);
    const study = getDocument(lib.db, fetched.imported.find((i) => i.title.startsWith('Street'))!.id);
    expect(study.archivedAt).not.toBeNull();
    expect(study.text).toContain('Public lighting accounts for a sizeable share');
    const lyon = getDocument(lib.db, fetched.imported.find((i) => i.title.startsWith('Lyon'))!.id);
    expect(lyon.tags.sort()).toEqual(['lyon', 'énergie']);
    lib.close();
  });

  it('turns an article made of highlights into the full page when its address is saved, the highlights moved onto it', async () => {
    const url = `${site.origin}/eco/lyon-lampadaires`;
    const readwise = `# Lyon remplace ses lampadaires\n\n## Metadata\n- Author: [[Claire Dubois]]\n- Full Title: Lyon remplace ses lampadaires\n- Category: #articles\n- URL: ${url}\n\n## Highlights\n- ${NEWS_PARAGRAPHS[2]!.slice(0, 60)}\n    - Note: À vérifier\n- ${NEWS_PARAGRAPHS[4]!.slice(0, 50)}\n`;
    const lib = library();
    const first = await importSources(lib.db, [sourceFromBytes('Lyon remplace ses lampadaires.md', bytes(readwise))]);
    expect(first.imported).toHaveLength(1);
    expect(first.highlights).toMatchObject({ placed: 2, notFound: 0 });
    const saved = await importAddresses(lib.db, [url], { allowLocal: true });
    expect(saved.updated).toEqual([expect.objectContaining({ previousId: first.imported[0]!.id, reanchored: 2, orphaned: 0 })]);
    const text = getDocument(lib.db, saved.updated[0]!.id).text;
    const notes = listAnnotations(lib.db, saved.updated[0]!.id);
    expect(notes.map((n) => text.slice(n.start, n.end))).toEqual([NEWS_PARAGRAPHS[2]!.slice(0, 60).trim(), NEWS_PARAGRAPHS[4]!.slice(0, 50).trim()]);
    expect(notes[0]!.note).toBe('À vérifier');
    lib.close();
  });

  it('imports nothing of a malformed export, naming the place of the problem', async () => {
    const lib = library();
    const before = count(lib, 'documents');
    const good = { id: 'a', user: 'acct:a@hypothes.is', uri: 'https://example.org/a', text: '', tags: [], target: [{ source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector', exact: 'un passage' }] }] };
    const file = JSON.stringify({ total: 2, rows: [good, { id: 'b', user: 'acct:a@hypothes.is', target: [{ selector: [] }] }] });
    const report = await importSources(lib.db, [sourceFromBytes('hypothesis.json', bytes(file))]);
    expect(report.failed).toEqual([{ file: 'hypothesis.json', error: expect.objectContaining({ code: 'invalid_tool_export', details: expect.objectContaining({ tool: 'Hypothesis', at: 'entry 2' }) }) }]);
    expect(count(lib, 'documents')).toBe(before);
    expect(count(lib, 'annotations')).toBe(0);
    lib.close();
  });
});
