import { describe, expect, it } from 'vitest';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import { createHandlers, dispatch, openLibrary } from '../../../app/library/index.ts';
import { apiCaller } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

const VERSION_1 = `Le rachat de Lumenis validé par Bruxelles

[12/03/2024 09:30:00] BRUXELLES (AFP)

La Commission européenne a autorisé mardi le rachat du fabricant lyonnais Lumenis SA par le fonds Ardentis Capital, pour 1,2 milliard d’euros.

« C’est une étape décisive », a déclaré Claire Ferrand, présidente de Lumenis, dans un communiqué.

Les syndicats redoutent la suppression de 300 postes sur le site de Vénissieux d’ici à 2026.
`;

// The agency's corrected dispatch: a new lead sentence, the amount restated, the union paragraph cut.
const VERSION_2 = `Le rachat de Lumenis validé par Bruxelles

[12/03/2024 11:05:00] BRUXELLES (AFP)

Après six mois d’enquête, la Commission européenne a autorisé mardi le rachat du fabricant lyonnais Lumenis SA par le fonds américain Ardentis Capital, pour 1,25 milliard d’euros.

« C’est une étape décisive », a déclaré Claire Ferrand, présidente de Lumenis, dans un communiqué.
`;

function setup() {
  const library = openLibrary(tempDir());
  const handlers = createHandlers(library, { version: 'test' });
  const call = apiCaller(handlers);
  const importText = (text: string, replaces?: string) =>
    call<{ imported: { id: string }[]; updated: { id: string; previousId: string; reanchored: number; orphaned: number }[] }>(
      'documents.import', { files: [{ name: 'lumenis.txt', base64: Buffer.from(text).toString('base64'), ...(replaces ? { replaces } : {}) }] });
  const annotate = (documentId: string, text: string, passage: string, note: string | null = null) => {
    const at = text.indexOf(passage);
    return call<{ id: string }>('annotations.create', { documentId, start: toCodePointOffset(text, at), end: toCodePointOffset(text, at + passage.length), note });
  };
  return { library, call, importText, annotate };
}

interface Listed { id: string; exact: string; start: number; end: number; orphan: boolean; note: string | null }

describe('a changed article re-imported as a new version', () => {
  it('moves its annotations onto the new text, keeps the lost ones as orphans, and redirects the old id', () => {
    const { library, call, importText, annotate } = setup();
    const first = importText(VERSION_1).imported[0]!.id;
    const quote = annotate(first, VERSION_1, '« C’est une étape décisive »', 'La citation à reprendre');
    const company = annotate(first, VERSION_1, 'Lumenis SA par le fonds Ardentis Capital');
    const unions = annotate(first, VERSION_1, 'la suppression de 300 postes sur le site de Vénissieux', 'À vérifier auprès de la CGT');
    call('documents.setNote', { id: first, note: 'Suivre la décision de Bruxelles' });

    const report = importText(VERSION_2);
    expect(report.imported).toEqual([]);
    expect(report.updated).toHaveLength(1);
    const second = report.updated[0]!;
    expect(second).toMatchObject({ previousId: first, reanchored: 2, orphaned: 1 });

    const listed = call<Listed[]>('annotations.list', { documentId: second.id });
    const byId = new Map(listed.map((a) => [a.id, a]));
    expect(byId.get(quote.id)).toMatchObject({ exact: '« C’est une étape décisive »', orphan: false, note: 'La citation à reprendre' });
    const moved = byId.get(quote.id)!;
    expect([...VERSION_2].slice(moved.start, moved.end).join('')).toBe(moved.exact);
    // The fuzzy match takes the new wording of the passage.
    expect(byId.get(company.id)).toMatchObject({ exact: 'Lumenis SA par le fonds américain Ardentis Capital', orphan: false });
    expect(byId.get(unions.id)).toMatchObject({ exact: 'la suppression de 300 postes sur le site de Vénissieux', orphan: true, note: 'À vérifier auprès de la CGT' });
    // Orphans come last.
    expect(listed.at(-1)!.id).toBe(unions.id);

    // The old id still opens the article, with its note.
    const viaOldId = call<{ id: string; note: string | null; annotationCount: number }>('documents.get', { id: first });
    expect(viaOldId).toMatchObject({ id: second.id, note: 'Suivre la décision de Bruxelles', annotationCount: 3 });
    expect(call<{ total: number }>('documents.list', {}).total).toBe(1);

    // The orphan is re-attached where the reader selects.
    const at = VERSION_2.indexOf('six mois d’enquête');
    const reattached = call<Listed>('annotations.reattach', { id: unions.id, start: toCodePointOffset(VERSION_2, at), end: toCodePointOffset(VERSION_2, at + 18) });
    expect(reattached).toMatchObject({ exact: 'six mois d’enquête', orphan: false, note: 'À vérifier auprès de la CGT' });
    expect(call<Listed[]>('annotations.list', { documentId: second.id }).filter((a) => a.orphan)).toEqual([]);
    library.close();
  });

  it('re-importing the same text is a duplicate, and --replace makes any file the new version of a chosen article', () => {
    const { library, call, importText, annotate } = setup();
    const first = importText(VERSION_1).imported[0]!.id;
    annotate(first, VERSION_1, 'Claire Ferrand');
    const again = call<{ duplicates: unknown[]; updated: unknown[] }>('documents.import', { files: [{ name: 'lumenis.txt', base64: Buffer.from(VERSION_1).toString('base64') }] });
    expect(again).toMatchObject({ duplicates: [{ id: first }], updated: [] });

    const renamed = VERSION_2.replace('Le rachat de Lumenis validé par Bruxelles', 'Bruxelles dit oui au rachat de Lumenis');
    const report = importText(renamed, first.slice(0, 12));
    expect(report.updated).toMatchObject([{ previousId: first, reanchored: 1, orphaned: 0 }]);
    library.close();
  });

  it('a version chain: an id two versions old still leads to the newest', () => {
    const { library, call, importText } = setup();
    const first = importText(VERSION_1).imported[0]!.id;
    const second = importText(VERSION_2).updated[0]!.id;
    const third = importText(`${VERSION_2}\nMise à jour : la CFDT demande une réunion.\n`).updated[0]!;
    expect(third.previousId).toBe(second);
    expect(call<{ id: string }>('documents.get', { id: first }).id).toBe(third.id);
    expect(call<{ id: string }>('documents.get', { id: second }).id).toBe(third.id);
    library.close();
  });

  it('a failed move leaves the library as it was', () => {
    const { library, call, importText } = setup();
    importText(VERSION_1);
    const result = dispatch(createHandlers(library, { version: 'test' }), 'documents.import', {
      files: [{ name: 'autre.txt', base64: Buffer.from(VERSION_2).toString('base64'), replaces: 'ffffffff' }],
    });
    expect(result).toMatchObject({ ok: true, value: { failed: [{ error: { code: 'not_found' } }] } });
    expect(call<{ total: number }>('documents.list', {}).total).toBe(1);
    library.close();
  });
});
