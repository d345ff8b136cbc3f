import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, defuse } from '../../../app/export/csv.ts';
import { exportAnnotations } from '../../../app/export/index.ts';
import { useTempDir } from '../../support/tmp.ts';
import { annotatedLibrary } from './fixtures.ts';
import { parseCsv } from './parse-csv.ts';

const tempDir = useTempDir();

describe('CSV export', () => {
  it('writes one RFC 4180 row per annotation, UTF-8 with a BOM, that parses back to the same fields', async () => {
    const { library, lumenis, hostile, annotations } = await annotatedLibrary(tempDir());
    let out = '';
    await exportAnnotations(library.db, { format: 'csv', labels: { yellow: 'À vérifier, vite' }, language: 'fr' }, (chunk) => (out += chunk));
    expect(out.startsWith('\ufeff')).toBe(true);
    expect(Buffer.from(out, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(out.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
    const [header, ...rows] = parseCsv(out.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
    expect(records.every((r) => Object.keys(r).length === CSV_COLUMNS.length)).toBe(true);

    const titles = new Map(records.map((r) => [r.document_id, r.document_title]));
    for (const [id, list] of annotations()) {
      for (const a of list) {
        const record = records.find((r) => r.annotation_id === a.id)!;
        expect(record).toEqual({
          annotation_id: a.id, document_id: id, document_title: titles.get(id), quote: defuse(a.exact), prefix: defuse(a.prefix), suffix: defuse(a.suffix),
          start: String(a.start), end: String(a.end), color: a.color, label: a.color === 'yellow' ? 'À vérifier, vite' : record!.label,
          note: a.note === null ? '' : defuse(a.note), tags: defuse(a.tags.join(';')), motivation: a.motivation, orphan: String(a.orphan),
          created: a.created, modified: a.modified,
        });
      }
    }
    expect(records.find((r) => r.quote === '1,2 milliard d’euros')).toMatchObject({ note: 'Montant, dette comprise;\n\nsur "deux" lignes', label: 'À vérifier, vite' });
    expect(records.find((r) => r.quote?.startsWith('un retour'))).toMatchObject({ quote: 'un retour\nà la ligne', label: 'Vert' });
    expect(records.find((r) => r.orphan === 'true')).toMatchObject({ quote: 'Les syndicats étaient inquiets', tags: 'orphelin' });
    // Article notes are rows of their own, without an annotation id or passage.
    expect(records.filter((r) => r.annotation_id === '').map((r) => [r.document_id, r.note])).toEqual([
      [lumenis, 'Dossier **rachat** : suivre l’avis de l’AMF.'],
      [hostile, '<script>alert("note")</script> Note d’article'],
    ]);
    expect(titles.get(hostile)).toBe('<script>alert("titre")</script> « Le “grand” débat » : 50 % des élus l’ont dit');
    library.close();
  });

  it('never lets a spreadsheet run a cell as a formula', async () => {
    const { library } = await annotatedLibrary(tempDir());
    let out = '';
    await exportAnnotations(library.db, { format: 'csv', labels: {}, language: 'en' }, (chunk) => (out += chunk));
    const cells = parseCsv(out.slice(1)).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain("'=SOMME(A1)");
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","clic")');
    expect(cells).toContain("'+33 1 23 45 67 89");
    expect(cells).toContain("'-emploi;@rh");
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'ok', '1-2'].map(defuse)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'ok', '1-2']);
    library.close();
  });
});
