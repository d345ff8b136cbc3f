import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, connectTeam, initTeam, joinTeam, listMembers, removeMember } from '../../../app/team/index.ts';
import { usePostgres } from '../../support/postgres.ts';
import { createTeam } from '../../support/team.ts';
import { useTempDir } from '../../support/tmp.ts';
import { openLibrary } from '../../../app/library/index.ts';

const pgs = usePostgres();
const DB = 'desk';

describe.skipIf(!pgs.available)('a team library on PostgreSQL: its schema, members and rights', () => {
  const tempDir = useTempDir();
  beforeAll(async () => {
    await createTeam(pgs.server(), DB, {
      alice: 'alice-password', bob: 'bob-password', carol: { password: 'carol-password', owner: true, displayName: 'Carol (desk chief)' },
    });
  });

  it('lists the members, owners first, and the creator is an owner', async () => {
    const server = pgs.server();
    const client = await connectTeam(server.uri('bob', 'bob-password', DB));
    const members = await listMembers(client);
    await client.end();
    expect(members.map((m) => [m.role, m.owner])).toEqual([[server.superuser, true], ['carol', true], ['alice', false], ['bob', false]]);
    expect(members.find((m) => m.role === 'carol')!.displayName).toBe('Carol (desk chief)');
  });

  it('refuses a second init, and members management by a member; an owner adds and removes', async () => {
    const server = pgs.server();
    await expect(initTeam(server.uri(server.superuser, server.password, DB))).rejects.toMatchObject({ code: 'team_refused' });
    const bob = await connectTeam(server.uri('bob', 'bob-password', DB));
    await expect(addMember(bob, 'mallory', 'mallory-password')).rejects.toMatchObject({ code: expect.stringMatching(/team_not_owner|42501/) });
    await bob.end();
    const carol = await connectTeam(server.uri('carol', 'carol-password', DB));
    await addMember(carol, 'dan', 'dan-password');
    expect((await listMembers(carol)).map((m) => m.role)).toContain('dan');
    expect(await removeMember(carol, 'dan')).toBe(true);
    expect((await listMembers(carol)).map((m) => m.role)).not.toContain('dan');
    await carol.end();
    await expect(connectTeam(server.uri('dan', 'dan-password', DB))).rejects.toMatchObject({ code: 'team_auth_failed' });
  });

  it('says why it cannot connect: a wrong password, nobody listening, a database with no team library', async () => {
    const server = pgs.server();
    await expect(connectTeam(server.uri('alice', 'wrong-password', DB))).rejects.toMatchObject({ code: 'team_auth_failed', details: { member: 'alice' } });
    const closed = server.uri('alice', 'alice-password', DB).replace(`:${server.port}/`, ':1/');
    await expect(connectTeam(closed)).rejects.toMatchObject({ code: 'team_unreachable' });
    await server.createDatabase('empty');
    const library = openLibrary(tempDir());
    await expect(joinTeam(library.db, server.uri(server.superuser, server.password, 'empty'))).rejects.toMatchObject({ code: 'team_not_initialised' });
    expect(library.db.prepare('SELECT count(*) AS n FROM team_link').get()).toEqual({ n: 0 });
    library.close();
  });

  it('joins from a library holding only the samples (removed first), never from one holding articles of its own', async () => {
    const server = pgs.server();
    const uri = server.uri('alice', 'alice-password', DB);
    const { loadSamples } = await import('../../../app/samples/index.ts');
    const withSamples = openLibrary(tempDir());
    await loadSamples(withSamples.db);
    expect(withSamples.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 4 });
    await joinTeam(withSamples.db, uri);
    expect(withSamples.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    await expect(joinTeam(withSamples.db, uri)).rejects.toMatchObject({ code: 'team_already_linked' });
    withSamples.close();
    const own = openLibrary(tempDir());
    await loadSamples(own.db);
    own.db.exec('UPDATE documents SET sample = 0 WHERE rowid = (SELECT min(rowid) FROM documents)');
    await expect(joinTeam(own.db, uri)).rejects.toMatchObject({ code: 'team_library_not_empty', details: { count: 1 } });
    expect(own.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 4 });
    own.close();
  });

  it('stamps every row with its author and a new version, whatever the client sends, and never lets a member delete', async () => {
    const server = pgs.server();
    const alice = new pg.Client(server.uri('alice', 'alice-password', DB));
    await alice.connect();
    const { rows } = await alice.query(`INSERT INTO apostille.annotations (id, version, author, origin, fields) VALUES ('a1', 999, 'bob', 'x', '{}') RETURNING author, version`);
    expect(rows[0].author).toBe('alice');
    expect(Number(rows[0].version)).toBeLessThan(999);
    await expect(alice.query(`DELETE FROM apostille.annotations WHERE id = 'a1'`)).rejects.toMatchObject({ code: '42501' });
    await alice.end();
    const bob = new pg.Client(server.uri('bob', 'bob-password', DB));
    await bob.connect();
    expect((await bob.query(`SELECT author FROM apostille.annotations WHERE id = 'a1'`)).rows).toEqual([{ author: 'alice' }]);
    const update = await bob.query(`UPDATE apostille.annotations SET fields = '{"note": "bob"}' WHERE id = 'a1'`);
    expect(update.rowCount).toBe(0);
    // A file is stored only under its own SHA-256.
    const bytes = Buffer.from('le vrai fichier');
    const { createHash } = await import('node:crypto');
    const real = createHash('sha256').update(bytes).digest('hex');
    await expect(bob.query('INSERT INTO apostille.blobs (hash, size, bytes) VALUES ($1, $2, $3)', [real, bytes.length, Buffer.from('un faux fichier')]))
      .rejects.toMatchObject({ code: '23514' });
    await bob.query('INSERT INTO apostille.blobs (hash, size, bytes) VALUES ($1, $2, $3)', [real, bytes.length, bytes]);
    await bob.end();
  });

  it('decides who wrote a kept note version, never lets its text change, and lets only the annotation’s author take it back', async () => {
    const server = pgs.server();
    const connect = async (name: string) => {
      const client = new pg.Client(server.uri(name, `${name}-password`, DB));
      await client.connect();
      return client;
    };
    const alice = await connect('alice');
    await alice.query(`INSERT INTO apostille.annotations (id, version, origin, fields) VALUES ('n1', 0, 'x', '{"note": "Texte d’Alice"}')`);
    const bob = await connect('bob');
    const keep = async (id: string, note: string, author: string, table = 'annotations') => (await bob.query(
      `INSERT INTO apostille.note_revisions (id, version, origin, fields) VALUES ($1, 0, 'x', $2) RETURNING author, fields`,
      [id, { id, target_table: table, target_id: 'n1', note, author, created: 'c', modified: 'm' }])).rows[0];
    // The text the row holds was written by Alice: whatever Bob's client says, the version is hers.
    expect((await keep('r1', 'Texte d’Alice', 'carol')).fields.author).toBe('alice');
    // A text the row does not hold is the keeper's own (a note refused on another's annotation).
    expect((await keep('r2', 'Texte de Bob', 'alice')).fields.author).toBe('bob');
    await expect(keep('r3', 'x', 'bob', 'members')).rejects.toMatchObject({ code: '23514' });
    // Its text, author and row stay as they were; only whether it is kept may change, and only by Alice here.
    await alice.query(`UPDATE apostille.note_revisions SET fields = fields || '{"note": "réécrit", "author": "bob", "target_id": "zz"}' WHERE id = 'r1'`);
    expect((await bob.query(`SELECT fields FROM apostille.note_revisions WHERE id = 'r1'`)).rows[0].fields).toMatchObject({ note: 'Texte d’Alice', author: 'alice', target_id: 'n1' });
    expect((await bob.query(`UPDATE apostille.note_revisions SET deleted = true WHERE id = 'r1'`)).rowCount).toBe(0);
    expect((await alice.query(`UPDATE apostille.note_revisions SET deleted = true WHERE id = 'r1'`)).rowCount).toBe(1);
    await alice.end();
    await bob.end();
  });
});

describe('addresses and passwords, without a server', () => {
  it('reaches a server off this computer over TLS with its certificate checked, unless the address says otherwise', async () => {
    const { secureAddress } = await import('../../../app/team/connect.ts');
    expect(secureAddress('postgres://lea@127.0.0.1:5432/desk')).toBe('postgres://lea@127.0.0.1:5432/desk');
    expect(secureAddress('postgres://lea@localhost/desk')).toBe('postgres://lea@localhost/desk');
    expect(new URL(secureAddress('postgres://lea@db.example.org:5432/desk')).searchParams.get('sslmode')).toBe('verify-full');
    expect(secureAddress('postgres://lea@db.example.org/desk?sslmode=disable')).toBe('postgres://lea@db.example.org/desk?sslmode=disable');
  });

  it('makes the SCRAM verifier PostgreSQL stores, so that the password itself never goes to the server', async () => {
    const { scramVerifier } = await import('../../../app/team/members.ts');
    // RFC 7677's example: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations.
    const verifier = scramVerifier('pencil', Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64'));
    expect(verifier).toBe('SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=');
  });
});
