import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listRevisions, useRevision } from '../../../app/annotations/revisions.ts';
import { createAnnotation, getAnnotation, removeAnnotation, updateAnnotation } from '../../../app/annotations/store.ts';
import { createCollection, setInCollection, tagDocuments } from '../../../app/store/collections.ts';
import { removeDocument, setDocumentNote } from '../../../app/store/documents.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { createEntity, updateEntity } from '../../../app/entities/registry.ts';
import { connectTeam, joinTeam, syncLibrary } from '../../../app/team/index.ts';
import { openTestCore } from '../../support/api.ts';
import { fillLibrary } from '../../support/library-data.ts';
import { usePostgres } from '../../support/postgres.ts';
import { createTeam, joinAs, sharedRows, type TestMember } from '../../support/team.ts';

const pgs = usePostgres();
let database = 0;

describe.skipIf(!pgs.available)('syncing a team library between members', () => {
  const open: TestMember[] = [];
  afterEach(() => open.splice(0).forEach((m) => m.close()));

  /** A new team database with members alice and bob, and alice on a second machine. */
  async function team(): Promise<{ alice: TestMember; bob: TestMember; alice2: TestMember }> {
    const server = pgs.server();
    const db = `team${++database}`;
    await createTeam(server, db, { [`alice${database}`]: 'alice-password', [`bob${database}`]: 'bob-password' });
    const members = [
      await joinAs(server, db, `alice${database}`, 'alice-password'),
      await joinAs(server, db, `bob${database}`, 'bob-password'),
      await joinAs(server, db, `alice${database}`, 'alice-password'),
    ];
    open.push(...members);
    const [alice, bob, alice2] = members as [TestMember, TestMember, TestMember];
    return { alice, bob, alice2 };
  }

  const syncAll = async (...members: TestMember[]) => {
    for (const m of members) await m.sync();
    // A second round: what the first members pushed reaches the last ones, and the merges made go round.
    for (const m of members) await m.sync();
  };

  beforeAll(() => undefined);

  it('brings one member’s articles, notes, highlights, collections and tags to another, identical', async () => {
    const { alice, bob } = await team();
    const id = await alice.addArticle('Le port de Marseille', 'Le port de Marseille a traité 77 millions de tonnes en 2023, selon sa direction.');
    createAnnotation(alice.db, { documentId: id, start: 4, end: 8, color: 'green', note: 'Chiffre à vérifier', tags: ['port'] });
    setDocumentNote(alice.db, id, 'Lu le matin');
    const c = createCollection(alice.db, 'Ports');
    setInCollection(alice.db, c.id, [id], true);
    tagDocuments(alice.db, [id], ['économie'], []);
    const pushed = await alice.sync();
    expect(pushed.pushed.rows).toBeGreaterThanOrEqual(5);
    const pulled = await bob.sync();
    expect(pulled.pulled.rows).toBeGreaterThanOrEqual(5);
    expect(sharedRows(bob.db)).toEqual(sharedRows(alice.db));
    // Derived data is rebuilt here: the article is found by the search index of bob's library.
    expect(bob.db.prepare(`SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'marseille'`).get()).toEqual({ n: 1 });
    expect(bob.db.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
  });

  it('keeps both texts of an entity’s note changed by two members offline (its notes have no versions: both stay in it)', async () => {
    const { alice, bob } = await team();
    const e = createEntity(alice.db, { type: 'ORG', name: 'Voltaïa', aliases: [], note: null });
    await syncAll(alice, bob);
    updateEntity(alice.db, e.id, { note: 'Start-up lyonnaise (Alice)' });
    updateEntity(bob.db, e.id, { note: 'Fondée en 2021 (Bob)' });
    await alice.sync();
    expect((await bob.sync()).pushed.conflicts).toBe(1);
    await syncAll(alice, bob);
    for (const m of [alice, bob]) {
      expect(m.db.prepare('SELECT note FROM entities WHERE id = ?').get(e.id)).toEqual({ note: 'Start-up lyonnaise (Alice)\n\nFondée en 2021 (Bob)' });
      expect(m.db.prepare('SELECT count(*) AS n FROM note_revisions').get()).toEqual({ n: 0 });
    }
    expect(sharedRows(bob.db)).toEqual(sharedRows(alice.db));
  });

  it('keeps both notes when two members change an article’s note offline: “2 versions”', async () => {
    const { alice, bob } = await team();
    const id = await alice.addArticle('Budget', 'Le budget 2025 prévoit 12 milliards d’économies.');
    await syncAll(alice, bob);
    setDocumentNote(alice.db, id, 'Note d’Alice');
    setDocumentNote(bob.db, id, 'Note de Bob');
    const first = await alice.sync();
    const second = await bob.sync();
    expect(first.pushed.conflicts).toBe(0);
    expect(second.pushed.conflicts).toBe(1);
    await syncAll(alice, bob);
    for (const m of [alice, bob]) {
      expect(m.db.prepare('SELECT note FROM documents WHERE id = ?').get(id)).toEqual({ note: 'Note de Bob' });
      expect(m.db.prepare('SELECT note, author FROM note_revisions WHERE target_id = ?').all(id)).toEqual([{ note: 'Note d’Alice', author: alice.name }]);
    }
    expect(sharedRows(bob.db)).toEqual(sharedRows(alice.db));
    // Alice takes her version back: Bob's becomes the earlier one, for both.
    const [kept] = listRevisions(alice.db, id);
    expect(useRevision(alice.db, kept!.id)).toEqual({ note: 'Note d’Alice' });
    expect(alice.db.prepare('SELECT kind FROM tombstones WHERE id = ?').get(kept!.id)).toEqual({ kind: 'note_revision' });
    await syncAll(alice, bob);
    for (const m of [alice, bob]) {
      expect(m.db.prepare('SELECT note FROM documents WHERE id = ?').get(id)).toEqual({ note: 'Note d’Alice' });
      expect(listRevisions(m.db, id).map((r) => r.note)).toEqual(['Note de Bob']);
    }
  });

  it('merges edits of different fields of one annotation made on two machines of its author', async () => {
    const { alice, alice2, bob } = await team();
    const id = await alice.addArticle('Élections', 'Les électeurs votent dimanche dans 35 000 communes.');
    const a = createAnnotation(alice.db, { documentId: id, start: 4, end: 13, color: 'yellow', note: null, tags: [] });
    await syncAll(alice, alice2, bob);
    updateAnnotation(alice.db, a.id, { color: 'blue' });
    updateAnnotation(alice2.db, a.id, { note: 'Participation ?' });
    await syncAll(alice, alice2, bob);
    for (const m of [alice, alice2, bob]) {
      const got = getAnnotation(m.db, a.id);
      expect([got.color, got.note]).toEqual(['blue', 'Participation ?']);
    }
    expect(sharedRows(alice2.db)).toEqual(sharedRows(alice.db));
    expect(sharedRows(bob.db)).toEqual(sharedRows(alice.db));
  });

  it('lets an edit win over a delete, whichever is pushed first', async () => {
    const { alice, alice2, bob } = await team();
    const id = await alice.addArticle('Climat', 'La température moyenne a augmenté de 1,1 °C depuis 1900.');
    const a = createAnnotation(alice.db, { documentId: id, start: 3, end: 14, color: 'yellow', note: 'x', tags: [] });
    const b = createAnnotation(alice.db, { documentId: id, start: 15, end: 22, color: 'yellow', note: 'y', tags: [] });
    await syncAll(alice, alice2, bob);
    // a: deleted here, then edited there; b: edited here, then deleted there.
    removeAnnotation(alice.db, a.id);
    updateAnnotation(alice2.db, a.id, { note: 'gardée' });
    updateAnnotation(alice.db, b.id, { note: 'gardée aussi' });
    removeAnnotation(alice2.db, b.id);
    await syncAll(alice, alice2, bob);
    for (const m of [alice, alice2, bob]) {
      expect(getAnnotation(m.db, a.id).note).toBe('gardée');
      expect(getAnnotation(m.db, b.id).note).toBe('gardée aussi');
    }
    expect(sharedRows(bob.db)).toEqual(sharedRows(alice.db));
  });

  it('refuses a member’s edit of another’s annotation (row-level security), says so, and keeps the note as a version', async () => {
    const { alice, bob } = await team();
    const id = await alice.addArticle('Santé', 'L’hôpital a reçu 4 millions d’euros de l’agence régionale.');
    const a = createAnnotation(alice.db, { documentId: id, start: 0, end: 9, color: 'yellow', note: 'Note d’Alice', tags: [] });
    await syncAll(alice, bob);
    updateAnnotation(bob.db, a.id, { note: 'Bob voudrait changer ceci', color: 'pink' });
    const report = await bob.sync();
    expect(report.pushed.refused).toEqual([{ table: 'annotations', id: a.id, code: 'team_not_author' }]);
    // Bob's library has Alice's annotation back, and his words beside it; it says whose it is.
    expect([getAnnotation(bob.db, a.id).note, getAnnotation(bob.db, a.id).color]).toEqual(['Note d’Alice', 'yellow']);
    expect(getAnnotation(bob.db, a.id)).toMatchObject({ author: alice.name, revisions: 1 });
    expect(getAnnotation(alice.db, a.id).author).toBeUndefined();
    await syncAll(alice, bob);
    for (const m of [alice, bob]) {
      expect(m.db.prepare('SELECT note, author FROM note_revisions WHERE target_id = ?').all(a.id)).toEqual([{ note: 'Bob voudrait changer ceci', author: bob.name }]);
    }
    // Deleting it is refused the same way: it comes back.
    removeAnnotation(bob.db, a.id);
    expect((await bob.sync()).pushed.refused).toHaveLength(1);
    expect(getAnnotation(bob.db, a.id).note).toBe('Note d’Alice');
    expect(sharedRows(bob.db)).toEqual(sharedRows(alice.db));
  });

  it('loses and duplicates nothing when a push is cut short after some batches', async () => {
    const { alice, bob } = await team();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await alice.addArticle(`Dépêche ${i}`, `Texte numéro ${i} de la dépêche, avec ${i * 7} mots.`));
    let batches = 0;
    await expect(alice.sync({ batchRows: 2, afterCommit: () => { if (++batches === 2) throw new Error('killed'); } })).rejects.toThrow('killed');
    // The server has two batches; this library has recorded only the first (it stopped before the second's).
    expect(alice.db.prepare('SELECT count(DISTINCT row_id) AS n FROM sync_outbox').get()).toEqual({ n: 4 });
    await alice.sync();
    await bob.sync();
    expect(sharedRows(bob.db)).toEqual(sharedRows(alice.db));
    expect(bob.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 6 });
    const server = pgs.server();
    const check = await connectTeam(server.uri(server.superuser, server.password, `team${database}`));
    const { rows } = await check.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM apostille.documents');
    await check.end();
    expect(rows[0]).toEqual({ n: 6, d: 6 });
  });

  it('settles the same collection name and tag made by two members offline alike for everyone', async () => {
    const { alice, bob } = await team();
    const id = await alice.addArticle('Brexit', 'Le Royaume-Uni a quitté l’Union européenne le 31 janvier 2020.');
    await syncAll(alice, bob);
    const ca = createCollection(alice.db, 'Brexit');
    const cb = createCollection(bob.db, 'brexit');
    setInCollection(alice.db, ca.id, [id], true);
    setInCollection(bob.db, cb.id, [id], true);
    tagDocuments(alice.db, [id], ['Urgent'], []);
    tagDocuments(bob.db, [id], ['urgent'], []);
    await syncAll(alice, bob);
    await syncAll(alice, bob);
    expect(sharedRows(bob.db)).toEqual(sharedRows(alice.db));
    const names = (alice.db.prepare('SELECT name FROM collections ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    expect(names).toHaveLength(2);
    expect(names.some((n) => / \([0-9a-f-]{8}\)$/.test(n))).toBe(true);
    expect(alice.db.prepare('SELECT count(*) AS n FROM document_tags').get()).toEqual({ n: 1 });
  });
});

describe.skipIf(!pgs.available)('rows whose parent comes later, and articles others annotated', () => {
  const open: TestMember[] = [];
  afterEach(() => open.splice(0).forEach((m) => m.close()));

  async function pair(db: string): Promise<[TestMember, TestMember]> {
    const server = pgs.server();
    await createTeam(server, db, { [`${db}_a`]: 'a-password', [`${db}_b`]: 'b-password' });
    const members = [await joinAs(server, db, `${db}_a`, 'a-password'), await joinAs(server, db, `${db}_b`, 'b-password')] as [TestMember, TestMember];
    open.push(...members);
    return members;
  }

  it('joins a team whose article changed after its annotations (a child before its parent in version order)', async () => {
    const [a] = await pair('later_parent');
    const id = await a.addArticle('Parent', 'Un article, vingt surlignages, puis sa note changée.');
    for (let i = 0; i < 20; i++) createAnnotation(a.db, { documentId: id, start: i, end: i + 2, color: 'yellow', note: `n${i}`, tags: [] });
    await a.sync();
    setDocumentNote(a.db, id, 'La note changée après les surlignages');
    await a.sync();
    // Joined a page of five rows at a time: the annotations' pages come before their article's.
    const server = pgs.server();
    const late = openLibrary(mkdtempSync(join(tmpdir(), 'apostille-late-')));
    await joinTeam(late.db, server.uri('later_parent_b', 'b-password', 'later_parent'), { pageRows: 5 });
    expect(sharedRows(late.db)).toEqual(sharedRows(a.db));
    expect(late.db.prepare('SELECT count(*) AS n FROM sync_parked').get()).toEqual({ n: 0 });
    late.close();
  });

  it('keeps an article another member annotated when one member deletes it: their work wins, as an edit over a delete', async () => {
    const [a, b] = await pair('others_work');
    const id = await a.addArticle('Partagé', 'Un article que B annote et que A supprime.');
    await a.sync();
    await b.sync();
    const note = createAnnotation(b.db, { documentId: id, start: 0, end: 8, color: 'green', note: 'Le travail de B', tags: [] });
    await b.sync();
    await a.sync();
    removeDocument(a.db, id);
    const report = await a.sync();
    expect(report.pushed.conflicts).toBeGreaterThanOrEqual(1);
    await b.sync();
    await a.sync();
    for (const m of [a, b]) {
      expect(m.db.prepare('SELECT count(*) AS n FROM documents WHERE id = ?').get(id)).toEqual({ n: 1 });
      expect(getAnnotation(m.db, note.id).note).toBe('Le travail de B');
    }
    expect(sharedRows(b.db)).toEqual(sharedRows(a.db));
  });
});

describe.skipIf(!pgs.available)('a damaged row on the server', () => {
  it('is left out and said, and the rows around it still come in', async () => {
    const server = pgs.server();
    const db = 'damaged';
    await createTeam(server, db, { one: 'one-password', two: 'two-password' });
    const owner = await connectTeam(server.uri(server.superuser, server.password, db));
    const one = await joinAs(server, db, 'one', 'one-password');
    const two = await joinAs(server, db, 'two', 'two-password');
    try {
      await one.addArticle('Avant', 'Un article sain, envoyé avant la ligne abîmée.');
      await one.sync();
      // Written straight into the server: an article whose format no version knows, and one whose length is a word.
      await owner.query(`INSERT INTO apostille.documents (id, version, origin, fields) VALUES
        ('bad-format', 0, 'test', '{"id": "bad-format", "title": "x", "format": "exe", "imported_at": "2026-01-01", "word_count": 1, "text": "x", "blocks": "[]"}'),
        ('bad-text', 0, 'test', '{"id": "bad-text", "title": "y", "format": "text", "imported_at": "2026-01-01", "word_count": "many", "text": "y", "blocks": "[]"}')`);
      await one.addArticle('Après', 'Un autre article sain, envoyé après.');
      await one.sync();
      const report = await two.sync();
      expect(report.pulled.refused.map((r) => r.id).sort()).toEqual(['bad-format', 'bad-text']);
      expect((two.db.prepare('SELECT title FROM documents ORDER BY title').all() as { title: string }[]).map((r) => r.title)).toEqual(['Après', 'Avant']);
      // Nothing stays stuck: they are said again at the next sync, and what comes after still comes in.
      await one.addArticle('Ensuite', 'Un troisième article sain.');
      await one.sync();
      expect((await two.sync()).pulled.refused.map((r) => r.id).sort()).toEqual(['bad-format', 'bad-text']);
      expect(two.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 3 });
    } finally {
      await owner.end();
      one.close();
      two.close();
    }
  });
});

describe.skipIf(!pgs.available)('a whole library through a team', () => {
  it('reaches a joining member row for row: originals, images, citations, versions, entities, settings', async () => {
    const server = pgs.server();
    const db = 'whole';
    await createTeam(server, db, { writer: 'writer-password', reader: 'reader-password' });
    const writer = await joinAs(server, db, 'writer', 'writer-password');
    // Filled through the API, as a reader would, in the library that follows the team.
    const t = await openTestCore(writer.dir);
    await fillLibrary(t);
    await t.close();
    // A batch's files at most one byte: every file goes in a batch of its own.
    let batches = 0;
    const pushed = await writer.sync({ batchBytes: 1, afterBatch: () => void (batches += 1) });
    expect(pushed.pushed.bytes).toBeGreaterThan(10_000);
    expect(batches).toBeGreaterThan(3);
    const reader = await joinAs(server, db, 'reader', 'reader-password');
    try {
      const mine = sharedRows(writer.db);
      const theirs = sharedRows(reader.db);
      // (rejected_suggestions and the learnt model stay with each reader: docs/team-library.md)
      for (const table of Object.keys(mine)) expect(theirs[table], table).toEqual(mine[table]);
      // Joined again taking one file at a time: the same rows.
      const small = openLibrary(mkdtempSync(join(tmpdir(), 'apostille-small-pages-')));
      await joinTeam(small.db, server.uri('reader', 'reader-password', db), { pageBytes: 1 });
      expect(sharedRows(small.db)).toEqual(mine);
      small.close();
      for (const table of ['documents', 'document_originals', 'images', 'document_images', 'document_citations', 'document_redirects', 'annotations', 'entities', 'entity_types', 'library_settings', 'collections', 'collection_documents', 'document_tags']) {
        expect(mine[table]!.length, table).toBeGreaterThan(0);
      }
    } finally {
      writer.close();
      reader.close();
    }
  });
});

describe.skipIf(!pgs.available)('a library restored from a backup', () => {
  it('sends what is written after the restore, though the server remembers this client further along', async () => {
    const server = pgs.server();
    const db = 'restored';
    await createTeam(server, db, { restorer: 'restorer-password' });
    const uri = server.uri('restorer', 'restorer-password', db);
    const dir = mkdtempSync(join(tmpdir(), 'apostille-restored-'));
    let library = openLibrary(dir);
    await joinTeam(library.db, uri);
    const { importSources, sourceFromBytes } = await import('../../../app/import/import-batch.ts');
    const report = await importSources(library.db, [sourceFromBytes('a.txt', Buffer.from('Titre\n\nUn texte à noter plus tard.\n'))]);
    const id = report.imported[0]!.id;
    await syncLibrary(library.db, { password: 'restorer-password' });
    const backup = join(dir, 'backup.sqlite');
    library.db.exec(`VACUUM INTO '${backup}'`);
    for (let i = 0; i < 5; i++) {
      setDocumentNote(library.db, id, `Note ${i}`);
      await syncLibrary(library.db, { password: 'restorer-password' });
    }
    library.close();
    copyFileSync(backup, join(dir, 'library.sqlite'));
    rmSync(join(dir, 'library.sqlite-wal'), { force: true });
    library = openLibrary(dir);
    setDocumentNote(library.db, id, 'Écrite après la restauration');
    const sent = await syncLibrary(library.db, { password: 'restorer-password' });
    expect(sent.pushed.rows).toBe(1);
    const check = await connectTeam(server.uri(server.superuser, server.password, db));
    const { rows } = await check.query(`SELECT fields->>'note' AS note FROM apostille.documents WHERE id = $1`, [id]);
    await check.end();
    expect(rows[0]).toEqual({ note: 'Écrite après la restauration' });
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
