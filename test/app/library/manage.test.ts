import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../app/store/index.ts';
import { openTestCore, filesOf, type TestCore } from '../../support/api.ts';
import { integrityProblems, libraryFile } from '../../support/library-data.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

const ARTICLES = {
  'cloud.txt': 'Le cloud souverain avance\n\nOrange et Thales lancent un cloud souverain à Paris. Orange investit.\n',
  'vins.txt': 'Les vins de Bordeaux à l’export\n\nLes exportations de vins de Bordeaux reculent en Chine.\n',
  'batterie.txt': 'Une usine de batteries à Lyon\n\nUne usine de batteries ouvrira près de Lyon en 2027.\n',
};

async function library(t: TestCore): Promise<Record<keyof typeof ARTICLES, string>> {
  const report = await t.job('documents.import', { files: filesOf(ARTICLES) });
  const byFile = Object.fromEntries(report.imported.map((d) => [d.file, d.id]));
  return { 'cloud.txt': byFile['cloud.txt']!, 'vins.txt': byFile['vins.txt']!, 'batterie.txt': byFile['batterie.txt']! };
}

const titles = async (t: TestCore, query: Parameters<TestCore['call']>[1] & object = {}) =>
  (await t.call('documents.list', { sort: 'title', descending: false, ...query })).items.map((d) => d.title);
const found = async (t: TestCore, query: string) => (await t.call('search.query', { query })).hits.map((h) => h.title);

describe('the Trash', () => {
  it('takes articles out of the list, search, counts and exports, and gives them back as they were', async () => {
    const dir = tempDir();
    const t = await openTestCore(dir);
    try {
      const ids = await library(t);
      const cloud = ids['cloud.txt'];
      const text = (await t.call('documents.get', { id: cloud })).text;
      const at = text.indexOf('Orange');
      await t.call('entities.tag', { documentId: cloud, start: at, end: at + 6, type: 'ORG', name: 'Orange' });
      await t.call('annotations.create', { documentId: cloud, start: at, end: at + 6, color: 'yellow', note: 'opérateur historique' });

      const trashed = await t.call('documents.mark', { ids: [cloud.slice(0, 8)], trashed: true });
      expect(trashed).toEqual({ ids: [cloud], changed: 1 });
      expect(await titles(t)).not.toContain('Le cloud souverain avance');
      expect(await titles(t, { view: 'trash' })).toEqual(['Le cloud souverain avance']);
      expect(await found(t, 'souverain')).toEqual([]);
      expect(await found(t, 'historique')).toEqual([]);
      expect((await t.call('entities.list', {})).find((e) => e.name === 'Orange')).toMatchObject({ mentionCount: 0, documentCount: 0 });
      expect((await t.call('documents.facets', {})).counts).toMatchObject({ library: 2, trash: 1 });
      expect((await t.call('app.info', {})).documentCount).toBe(2);
      const exported = await t.job('annotations.export', { format: 'csv' });
      expect(exported.documents).toBe(0);

      // Undo: the same ids taken out again; search finds the article again, and nothing of it was lost.
      expect(await t.call('documents.mark', { ids: [cloud], trashed: false })).toEqual({ ids: [cloud], changed: 1 });
      expect(await found(t, 'souverain')).toEqual(['Le cloud souverain avance']);
      expect(await found(t, 'historique')).toEqual(['Le cloud souverain avance']);
      expect((await t.call('annotations.list', { documentId: cloud })).length).toBe(2);
      expect((await t.call('entities.list', {})).find((e) => e.name === 'Orange')).toMatchObject({ mentionCount: 1, documentCount: 1 });
    } finally {
      await t.close();
    }
    expect(integrityProblems(libraryFile(dir))).toEqual([]);
  });

  it('is emptied for good by a job: the articles and their annotations go, each leaving a tombstone, the library stays whole', async () => {
    const dir = tempDir();
    const t = await openTestCore(dir);
    try {
      const ids = await library(t);
      await t.call('annotations.create', { documentId: ids['vins.txt'], start: 4, end: 8, color: 'green' });
      await t.call('documents.mark', { ids: [ids['vins.txt'], ids['batterie.txt']], trashed: true });
      // Only the one named goes first; an article outside the Trash is never deleted by it.
      expect(await t.job('library.emptyTrash', { ids: [ids['vins.txt'], ids['cloud.txt']] })).toEqual({ removed: 1 });
      expect(await t.job('library.emptyTrash', {})).toEqual({ removed: 1 });
      expect(await titles(t, { view: 'all' })).toEqual(['Le cloud souverain avance']);
      expect(t.db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
      const tombstones = t.db.prepare("SELECT id FROM tombstones WHERE kind = 'document' ORDER BY id").all() as { id: string }[];
      expect(tombstones.map((r) => r.id)).toEqual([ids['vins.txt'], ids['batterie.txt']].sort());
    } finally {
      await t.close();
    }
    expect(integrityProblems(libraryFile(dir))).toEqual([]);
  });

  it('keeps the full-text indexes in step with the articles through trash, edits and restores', async () => {
    const dir = tempDir();
    const t = await openTestCore(dir);
    try {
      const ids = await library(t);
      await t.call('documents.mark', { ids: [ids['vins.txt']], trashed: true });
      await t.call('documents.update', { id: ids['vins.txt'], title: 'Bordeaux : le grand recul' });
      expect(await found(t, 'recul')).toEqual([]);
      await t.call('documents.mark', { ids: [ids['vins.txt']], trashed: false });
      expect(await found(t, 'grand recul')).toEqual(['Bordeaux : le grand recul']);
    } finally {
      await t.close();
    }
    // A check of each index against its content table: any drift between them is reported.
    const db = openDatabase(libraryFile(dir));
    try {
      for (const index of ['documents_fts', 'titles_fts']) db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run();
    } finally {
      db.close();
    }
  });
});

describe('archive and read marks', () => {
  it('move articles between the library and the archive, and keep unread ones apart', async () => {
    const t = await openTestCore(tempDir());
    try {
      const ids = await library(t);
      expect((await t.call('documents.facets', {})).counts).toMatchObject({ library: 3, unread: 3, archive: 0 });
      await t.call('documents.mark', { ids: [ids['cloud.txt']], read: true });
      expect(await titles(t, { unread: true })).toEqual(['Les vins de Bordeaux à l’export', 'Une usine de batteries à Lyon']);
      const row = (await t.call('documents.list', { unread: false })).items.find((d) => d.id === ids['cloud.txt'])!;
      expect(row.readAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      // Marking again changes nothing (the first time read is kept).
      expect((await t.call('documents.mark', { ids: [ids['cloud.txt']], read: true })).changed).toBe(0);

      await t.call('documents.mark', { ids: [ids['vins.txt'], ids['batterie.txt']], archived: true });
      expect(await titles(t)).toEqual(['Le cloud souverain avance']);
      expect(await titles(t, { view: 'archive' })).toEqual(['Les vins de Bordeaux à l’export', 'Une usine de batteries à Lyon']);
      expect(await titles(t, { view: 'all' })).toHaveLength(3);
      // Archived articles are still found by search: the archive is not the Trash.
      expect(await found(t, 'Bordeaux')).toEqual(['Les vins de Bordeaux à l’export']);
      expect((await t.call('documents.facets', {})).counts).toMatchObject({ library: 1, archive: 2, unread: 0 });
    } finally {
      await t.close();
    }
  });
});

describe('sample articles', () => {
  it('are marked as samples, removed in one go to the Trash, and brought back by loading them again', async () => {
    const t = await openTestCore(tempDir());
    try {
      const loaded = await t.call('samples.load', {});
      const own = await t.job('documents.import', { files: filesOf({ 'cloud.txt': ARTICLES['cloud.txt'] }) });
      expect((await t.call('documents.facets', {})).counts.samples).toBe(loaded.imported.length);
      const removed = await t.call('samples.remove', {});
      expect(removed.ids.sort()).toEqual(loaded.imported.map((d) => d.id).sort());
      expect(await titles(t)).toEqual([own.imported[0]!.title]);
      expect((await t.call('documents.facets', {})).counts).toMatchObject({ samples: 0, trash: loaded.imported.length });
      await t.call('samples.load', {});
      expect((await t.call('documents.facets', {})).counts).toMatchObject({ samples: loaded.imported.length, trash: 0 });
    } finally {
      await t.close();
    }
  });

  it('already in a library written before this version are recognised by their file names', async () => {
    const dir = tempDir();
    const file = join(dir, 'library.sqlite');
    const old = openDatabase(file, { upToVersion: 80 });
    const insert = old.prepare(`INSERT INTO documents (id, title, format, file_name, imported_at, word_count, text, blocks) VALUES (?, ?, 'text', ?, '2020-01-01', 1, ?, '[]')`);
    insert.run('aaaa1111', 'Échantillon', 'fr-lumenis-rachat.txt', 'a');
    insert.run('bbbb2222', 'Mien', 'mon-article.txt', 'b');
    old.close();
    const db = openDatabase(file);
    try {
      expect(db.prepare('SELECT id, sample, modified FROM documents ORDER BY id').all()).toEqual([
        { id: 'aaaa1111', sample: 1, modified: '2020-01-01' }, { id: 'bbbb2222', sample: 0, modified: '2020-01-01' },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('an article’s details', () => {
  it('are corrected, then listed, searched and exported as given; a title cannot be emptied', async () => {
    const t = await openTestCore(tempDir());
    try {
      const ids = await library(t);
      const id = ids['batterie.txt'];
      const summary = await t.call('documents.update', {
        id, title: 'Gigafactory : Lyon choisie', source: 'Le Progrès', author: 'Jeanne Martin', place: 'Lyon', published: '2026-03-02', language: 'fr',
        url: 'https://www.leprogres.fr/economie/gigafactory',
      });
      expect(summary).toMatchObject({ title: 'Gigafactory : Lyon choisie', source: 'Le Progrès', author: 'Jeanne Martin', published: '2026-03-02', url: 'https://www.leprogres.fr/economie/gigafactory' });
      expect(await found(t, 'gigafactory')).toEqual(['Gigafactory : Lyon choisie']);
      expect((await t.call('documents.facets', {})).sources).toEqual([{ value: 'Le Progrès', count: 1 }]);
      expect((await t.call('documents.list', { source: 'Le Progrès' })).items.map((d) => d.id)).toEqual([id]);
      await t.call('annotations.create', { documentId: id, start: 0, end: 4, color: 'yellow' });
      const md = await t.job('annotations.export', { format: 'md', documentIds: [id] });
      expect(md.files[0]!.content).toContain('Gigafactory : Lyon choisie');
      expect(md.files[0]!.content).toContain('Jeanne Martin');

      await t.call('documents.update', { id, source: null });
      expect((await t.call('documents.get', { id })).source).toBeNull();
      const refused = await t.core.call('documents.update', { id, title: '   ' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      const badUrl = await t.core.call('documents.update', { id, url: 'javascript:alert(1)' });
      expect(badUrl).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect((await t.call('documents.get', { id })).title).toBe('Gigafactory : Lyon choisie');
    } finally {
      await t.close();
    }
  });
});

describe('collections and tags', () => {
  it('group articles, filter the library, follow a new version, and leave tombstones when undone', async () => {
    const t = await openTestCore(tempDir());
    try {
      const ids = await library(t);
      const dossier = await t.call('collections.create', { name: 'Souveraineté numérique' });
      expect(await t.core.call('collections.create', { name: ' souveraineté numérique ' })).toMatchObject({ ok: false, error: { code: 'name_taken' } });
      await t.call('collections.file', { id: dossier.id, documentIds: [ids['cloud.txt'], ids['batterie.txt']], inside: true });
      expect(await titles(t, { collectionId: dossier.id })).toEqual(['Le cloud souverain avance', 'Une usine de batteries à Lyon']);
      expect((await t.call('collections.list', {})).find((c) => c.id === dossier.id)!.count).toBe(2);

      await t.call('documents.tag', { ids: [ids['cloud.txt'], ids['vins.txt']], add: ['À suivre'] });
      await t.call('documents.tag', { ids: [ids['vins.txt']], add: ['à suivre', 'export'] });
      expect((await t.call('documents.facets', {})).tags).toEqual([{ value: 'À suivre', count: 2 }, { value: 'export', count: 1 }]);
      expect(await titles(t, { tag: 'à SUIVRE' })).toEqual(['Le cloud souverain avance', 'Les vins de Bordeaux à l’export']);

      // A changed copy of the cloud article becomes its new version: still in the dossier, still tagged.
      const changed = `${ARTICLES['cloud.txt']}\nUn paragraphe de plus.\n`;
      const update = await t.job('documents.import', { files: filesOf({ 'nouvelle.txt': changed }), replaces: ids['cloud.txt'] });
      const newId = update.updated[0]!.id;
      expect(await t.call('documents.get', { id: newId })).toMatchObject({ tags: ['À suivre'], collectionIds: [dossier.id] });

      await t.call('collections.file', { id: dossier.id, documentIds: [ids['batterie.txt']], inside: false });
      await t.call('documents.tag', { ids: [ids['vins.txt']], remove: ['EXPORT'] });
      expect(await titles(t, { collectionId: dossier.id })).toEqual(['Le cloud souverain avance']);
      expect(await t.call('collections.remove', { id: dossier.id })).toEqual({ removed: true });
      const kinds = (t.db.prepare('SELECT kind, count(*) AS n FROM tombstones GROUP BY kind ORDER BY kind').all() as { kind: string; n: number }[]);
      expect(kinds).toEqual([
        { kind: 'collection', n: 1 }, { kind: 'collection_document', n: 2 }, { kind: 'document_tag', n: 1 },
      ]);
      expect(await t.core.call('collections.file', { id: dossier.id, documentIds: [newId], inside: true })).toMatchObject({ ok: false, error: { code: 'collection_not_found' } });
    } finally {
      await t.close();
    }
  });
});
