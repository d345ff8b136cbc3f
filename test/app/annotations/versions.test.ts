import { describe, expect, it } from 'vitest';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import { filesOf, openTestCore } from '../../support/api.ts';
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

async function setup() {
  const { call, job, close } = await openTestCore(tempDir());
  const importText = (text: string, replaces?: string) =>
    job('documents.import', { files: filesOf({ 'lumenis.txt': text }).map((file) => (replaces ? { ...file, replaces } : file)) });
  const annotate = (documentId: string, text: string, passage: string, note: string | null = null) => {
    const at = text.indexOf(passage);
    return call('annotations.create', { documentId, start: toCodePointOffset(text, at), end: toCodePointOffset(text, at + passage.length), note });
  };
  return { call, job, close, importText, annotate };
}

describe('a changed article re-imported as a new version', () => {
  it('moves its annotations onto the new text, keeps the lost ones as orphans, and redirects the old id', async () => {
    const { call, importText, annotate, close } = await setup();
    const first = (await importText(VERSION_1)).imported[0]!.id;
    const quote = await annotate(first, VERSION_1, '« C’est une étape décisive »', 'La citation à reprendre');
    const company = await annotate(first, VERSION_1, 'Lumenis SA par le fonds Ardentis Capital');
    const unions = await annotate(first, VERSION_1, 'la suppression de 300 postes sur le site de Vénissieux', 'À vérifier auprès de la CGT');
    await call('documents.setNote', { id: first, note: 'Suivre la décision de Bruxelles' });

    const report = await importText(VERSION_2);
    expect(report.imported).toEqual([]);
    expect(report.updated).toHaveLength(1);
    const second = report.updated[0]!;
    expect(second).toMatchObject({ previousId: first, reanchored: 2, orphaned: 1 });

    const listed = await call('annotations.list', { documentId: second.id });
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
    const viaOldId = await call('documents.get', { id: first });
    expect(viaOldId).toMatchObject({ id: second.id, note: 'Suivre la décision de Bruxelles', annotationCount: 3 });
    expect((await call('documents.list', {})).total).toBe(1);

    // The orphan is re-attached where the reader selects.
    const at = VERSION_2.indexOf('six mois d’enquête');
    const reattached = await call('annotations.reattach', { id: unions.id, start: toCodePointOffset(VERSION_2, at), end: toCodePointOffset(VERSION_2, at + 18) });
    expect(reattached).toMatchObject({ exact: 'six mois d’enquête', orphan: false, note: 'À vérifier auprès de la CGT' });
    expect((await call('annotations.list', { documentId: second.id })).filter((a) => a.orphan)).toEqual([]);
    await close();
  });

  it('re-importing the same text is a duplicate, and --replace makes any file the new version of a chosen article', async () => {
    const { job, importText, annotate, close } = await setup();
    const first = (await importText(VERSION_1)).imported[0]!.id;
    await annotate(first, VERSION_1, 'Claire Ferrand');
    const again = await job('documents.import', { files: filesOf({ 'lumenis.txt': VERSION_1 }) });
    expect(again).toMatchObject({ duplicates: [{ id: first }], updated: [] });

    const renamed = VERSION_2.replace('Le rachat de Lumenis validé par Bruxelles', 'Bruxelles dit oui au rachat de Lumenis');
    const report = await importText(renamed, first.slice(0, 12));
    expect(report.updated).toMatchObject([{ previousId: first, reanchored: 1, orphaned: 0 }]);
    await close();
  });

  it('a version chain: an id two versions old still leads to the newest', async () => {
    const { call, importText, close } = await setup();
    const first = (await importText(VERSION_1)).imported[0]!.id;
    const second = (await importText(VERSION_2)).updated[0]!.id;
    const third = (await importText(`${VERSION_2}\nMise à jour : la CFDT demande une réunion.\n`)).updated[0]!;
    expect(third.previousId).toBe(second);
    expect((await call('documents.get', { id: first })).id).toBe(third.id);
    expect((await call('documents.get', { id: second })).id).toBe(third.id);
    await close();
  });

  it('a failed move leaves the library as it was', async () => {
    const { call, job, importText, close } = await setup();
    await importText(VERSION_1);
    const result = await job('documents.import', {
      files: [{ name: 'autre.txt', base64: Buffer.from(VERSION_2).toString('base64'), replaces: 'ffffffff' }],
    });
    expect(result).toMatchObject({ failed: [{ error: { code: 'not_found' } }] });
    expect((await call('documents.list', {})).total).toBe(1);
    await close();
  });
});
