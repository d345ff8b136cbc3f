// A member's sync really killed mid-push (docs/team-library.md, "A client killed mid-push"): a child process syncs a
// library one row per batch and is sent SIGKILL once it has said that its 3rd batch is committed. Synced again, the
// library must lose nothing and duplicate nothing: the server holds each row once, another member gets every article
// and annotation, identical, and the killed member's outbox ends empty.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../app/annotations/store.ts';
import { importSources, sourceFromBytes } from '../../../app/import/import-batch.ts';
import { openLibrary, type Library } from '../../../app/library/index.ts';
import { createCollection, setInCollection, tagDocuments } from '../../../app/store/collections.ts';
import { setDocumentNote } from '../../../app/store/documents.ts';
import { connectTeam, joinTeam, syncLibrary } from '../../../app/team/index.ts';
import { SYNCED_TABLES } from '../../../app/team/tables.ts';
import { usePostgres } from '../../support/postgres.ts';
import { createTeam, joinAs, sharedRows } from '../../support/team.ts';

const CHILD = fileURLToPath(new URL('../../support/team-sync-child.ts', import.meta.url));
const ARTICLES = 10;
const KILL_AFTER = 3;

const pgs = usePostgres();
let database = 0;

/** The child's stdout, line by line; `line(n)` resolves once it has printed n lines (or has ended). */
function startChild(dir: string, password: string, holdAfter?: number) {
  const child = spawn(process.execPath, [CHILD, dir, ...(holdAfter === undefined ? [] : [String(holdAfter)])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PGPASSWORD: password },
  });
  const lines: string[] = [];
  let stderr = '';
  let pending = '';
  const waiting: { count: number; resolve(): void }[] = [];
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => {
    waiting.splice(0).forEach((w) => w.resolve());
    resolve({ code, signal });
  }));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    for (let end; (end = pending.indexOf('\n')) >= 0; pending = pending.slice(end + 1)) lines.push(pending.slice(0, end));
    for (const w of waiting.filter((w) => lines.length >= w.count)) w.resolve();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return {
    child, lines, ended,
    stderr: () => stderr,
    line: (count: number) => new Promise<void>((resolve) => (lines.length >= count || child.exitCode !== null ? resolve() : waiting.push({ count, resolve }))),
  };
}

describe.skipIf(!pgs.available)('a member’s sync killed mid-push (SIGKILL)', () => {
  const open: { close(): void }[] = [];
  afterEach(() => open.splice(0).forEach((m) => m.close()));

  /** A new team with alice — a library folder of her own, filled and closed — and bob, joined. */
  async function team() {
    const server = pgs.server();
    const db = `team${++database}`;
    await createTeam(server, db, { [`alice${database}`]: 'alice-password', [`bob${database}`]: 'bob-password' });
    const bob = await joinAs(server, db, `bob${database}`, 'bob-password');
    open.push(bob);

    const dir = mkdtempSync(join(tmpdir(), 'apostille-member-killed-'));
    open.push({ close: () => rmSync(dir, { recursive: true, force: true }) });
    const library = openLibrary(dir);
    await joinTeam(library.db, server.uri(`alice${database}`, 'alice-password', db));
    const articles: string[] = [];
    const annotations: string[] = [];
    const collection = createCollection(library.db, 'Dépêches');
    for (let i = 0; i < ARTICLES; i++) {
      const title = `Dépêche ${i}`;
      const body = `Le conseil municipal a voté ${i * 3 + 2} millions d’euros pour la ligne ${i} du tramway, livrée en ${2027 + i}.`;
      const report = await importSources(library.db, [sourceFromBytes(`${title}.txt`, Buffer.from(`${title}\n\n${body}\n`))]);
      const id = report.imported[0]!.id;
      articles.push(id);
      for (const [start, end, note] of [[0, 7, null], [12, 30, `Montant ${i} à vérifier`], [31, 40, `Source ${i}`]] as const) {
        annotations.push(createAnnotation(library.db, { documentId: id, start, end, color: 'yellow', note, tags: [] }).id);
      }
      if (i % 2 === 0) setDocumentNote(library.db, id, `Relire l’article ${i}`);
      setInCollection(library.db, collection.id, [id], true);
      tagDocuments(library.db, [id], ['tramway'], []);
    }
    const pending = pendingRows(library.db);
    library.close();
    return { server, db, dir, bob, articles, annotations, pending, password: 'alice-password' };
  }

  const pendingRows = (db: Library['db']) => (db.prepare('SELECT count(*) AS n FROM (SELECT DISTINCT tbl, row_id FROM sync_outbox)').get() as { n: number }).n;

  /** Every shared table's rows on the server: how many, how many ids, and the note revisions among them. */
  async function onServer(t: Awaited<ReturnType<typeof team>>) {
    const client = await connectTeam(t.server.uri(t.server.superuser, t.server.password, t.db));
    try {
      const counts: Record<string, { n: number; d: number }> = {};
      for (const table of SYNCED_TABLES) {
        const { rows } = await client.query(`SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM apostille.${table.name}`);
        counts[table.name] = rows[0] as { n: number; d: number };
      }
      const total = Object.values(counts).reduce((sum, c) => sum + c.n, 0);
      return { counts, total };
    } finally {
      await client.end();
    }
  }

  /** After the kill: alice syncs again (in this process), then bob; nothing lost, nothing twice. */
  async function syncAgainAndCheck(t: Awaited<ReturnType<typeof team>>) {
    const library = openLibrary(t.dir);
    open.unshift(library);
    const again = await syncLibrary(library.db, { password: t.password });
    expect(again.pushed.conflicts).toBe(0);
    expect(again.pushed.refused).toEqual([]);
    await t.bob.sync();

    const { counts, total } = await onServer(t);
    // Each row once (count = distinct ids), and exactly the rows alice made: none pushed twice as a new row, no note
    // kept as a "version" of itself by a batch pushed again.
    for (const table of ['documents', 'annotations']) expect(counts[table]!.n, table).toBe(counts[table]!.d);
    expect(counts.documents!.n).toBe(ARTICLES);
    expect(counts.annotations!.n).toBe(ARTICLES * 3);
    expect(counts.note_revisions!.n).toBe(0);
    expect(total).toBe(t.pending);

    const bob = t.bob.db;
    const ids = (table: string) => (bob.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
    expect(ids('documents')).toEqual([...t.articles].sort());
    expect(ids('annotations')).toEqual([...t.annotations].sort());
    expect(sharedRows(bob)).toEqual(sharedRows(library.db));
    expect(library.db.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
    expect(bob.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
    return again;
  }

  it('killed between the server’s commit of its 3rd batch and its own record of it: the rest goes, once', async () => {
    const t = await team();
    expect(t.pending).toBeGreaterThan(4 * ARTICLES);
    const run = startChild(t.dir, t.password, KILL_AFTER);
    await run.line(KILL_AFTER);
    expect(run.lines, run.stderr()).toEqual(['committed 1', 'committed 2', 'committed 3']);
    run.child.kill('SIGKILL');
    expect(await run.ended).toEqual({ code: null, signal: 'SIGKILL' });

    // The server has three rows; the library recorded two of them (it was stopped before the third's record).
    expect((await onServer(t)).total).toBe(KILL_AFTER);
    const seen = openLibrary(t.dir);
    expect(pendingRows(seen.db)).toBe(t.pending - (KILL_AFTER - 1));
    seen.close();

    const again = await syncAgainAndCheck(t);
    // The push went on where the server had stopped: the row committed before the kill is not pushed again.
    expect(again.pushed.rows).toBe(t.pending - KILL_AFTER);
  });

  it('killed wherever its push is once it has said “3rd batch committed”: nothing lost, nothing twice', async () => {
    const t = await team();
    const run = startChild(t.dir, t.password);
    await run.line(KILL_AFTER);
    run.child.kill('SIGKILL');
    expect(await run.ended).toEqual({ code: null, signal: 'SIGKILL' });
    expect(run.lines, run.stderr()).not.toContain('done');
    // Mid-push indeed: some rows are on the server, not all.
    const { total } = await onServer(t);
    expect(total).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(total).toBeLessThan(t.pending);
    await syncAgainAndCheck(t);
  });
});
