import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../app/contract/errors.ts';
import { importSources, sourceFromBytes } from '../../../app/import/index.ts';
import { documentFacets, getDocument, getOriginal, listDocuments, openDatabase, removeDocument, resolveId } from '../../../app/store/index.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();
const encode = (t: string) => new TextEncoder().encode(t);

async function library() {
  const db = openDatabase(join(tempDir(), 'library.sqlite'));
  await importSources(db, [
    sourceFromBytes('b.txt', encode('Bravo article\n\n[01/02/2020 09:00:00] LYON (AFP) Un texte français assez long pour la détection de la langue.')),
    sourceFromBytes('a.txt', encode('Alpha article\n\nPar lesechos.fr | | 12 mots\nUn autre texte français, publié par un journal économique.')),
    sourceFromBytes('c.txt', encode('Charlie story\n\n[03/04/2021 10:00:00] LONDON (Reuters) An English text long enough for the language detector to decide.')),
  ]);
  return db;
}

describe('documents', () => {
  it('stores metadata, text and the original bytes', async () => {
    const db = await library();
    const [doc] = listDocuments(db, { sort: 'title', descending: false, limit: 1 }).items;
    const full = getDocument(db, doc!.id);
    expect(full).toMatchObject({ title: 'Alpha article', source: 'lesechos.fr', format: 'text', fileName: 'a.txt', language: 'fr' });
    expect(new TextDecoder().decode(getOriginal(db, doc!.id))).toContain('Par lesechos.fr');
    db.close();
  });

  it('sorts, filters and pages', async () => {
    const db = await library();
    expect(listDocuments(db, { sort: 'title', descending: false }).items.map((d) => d.title)).toEqual(['Alpha article', 'Bravo article', 'Charlie story']);
    expect(listDocuments(db, { sort: 'published', descending: true }).items[0]!.title).toBe('Charlie story');
    expect(listDocuments(db, { language: 'en' }).items.map((d) => d.title)).toEqual(['Charlie story']);
    expect(listDocuments(db, { source: 'AFP' }).total).toBe(1);
    const page = listDocuments(db, { sort: 'title', descending: false, offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, offset: 1 });
    expect(page.items.map((d) => d.title)).toEqual(['Bravo article']);
    expect(documentFacets(db).languages).toEqual([{ value: 'fr', count: 2 }, { value: 'en', count: 1 }]);
    db.close();
  });

  it('resolves unambiguous id prefixes and reports unknown ones', async () => {
    const db = await library();
    const { id } = listDocuments(db).items[0]!;
    expect(resolveId(db, id.slice(0, 8))).toBe(id);
    expect(() => resolveId(db, 'ffffffffff')).toThrow(AppError);
    db.close();
  });

  it('removes a document together with its original bytes', async () => {
    const db = await library();
    const { id } = listDocuments(db).items[0]!;
    expect(removeDocument(db, id)).toBe(true);
    expect(() => getDocument(db, id)).toThrow(/no document/);
    expect(db.prepare('SELECT count(*) AS n FROM document_originals').get()).toEqual({ n: 2 });
    db.close();
  });
});
