// The issue's team figures (docs/team-library.md): a member joining a team library of 10,000 articles and 100,000
// annotations (time, bytes moved); one new annotation from member A shown at member B, both connected, B woken by
// LISTEN/NOTIFY (target ≤ 2 s); three members making 1,000 offline edits each, then syncing (time, and the three
// libraries identical afterwards). On a throw-away PostgreSQL on 127.0.0.1 (test/support/postgres.ts).
//
// Alone: `node test/bench/team-bench.ts [DIR] [ARTICLES]`; its figures (or why it was skipped) as JSON on stdout.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createAnnotation, createAnnotationIn, removeAnnotation, updateAnnotation } from '../../app/annotations/store.ts';
import { offsetConverter } from '../../app/contract/shared/code-points.ts';
import { HIGHLIGHT_COLORS } from '../../app/contract/shared/colors.ts';
import { importSources } from '../../app/import/import-batch.ts';
import { openLibrary, type Library } from '../../app/library/index.ts';
import { transaction, type Database } from '../../app/store/database.ts';
import { setDocumentNote } from '../../app/store/documents.ts';
import { addMember, connectTeam, initTeam, joinTeam, syncLibrary } from '../../app/team/index.ts';
import { SYNCED_TABLES } from '../../app/team/tables.ts';
import { findPostgres, startPostgres, type PgServer } from '../support/postgres.ts';
import { generateSources } from './generate-articles.ts';
import { assertAllImported } from './import-bench.ts';
import { mulberry32, type Rng } from './prng.ts';

export const TARGET_SHOWN_MS = 2_000;
const PER_ARTICLE = 10;
const ROUNDS = 20;
const EDITS = 1_000;
const PASSWORD = 'bench-password';
const DATABASE = 'team_bench';

export interface TeamFigures {
  articles: number;
  annotations: number;
  /** The articles imported into the first member's team library (its triggers fill the outbox)… */
  importTeamSeconds: number;
  /** …and the same articles into a private library, in the same run (the outbox's cost is the difference). */
  importPrivateSeconds: number;
  firstPushSeconds: number;
  firstPushRows: number;
  joinSeconds: number;
  joinRows: number;
  /** What the join's pull reports: the bytes of files (article originals) it fetched. */
  joinFileBytes: number;
  /** Bytes from the server to the member and back during a second member's join, counted by a TCP relay. */
  joinWireDownBytes: number;
  joinWireUpBytes: number;
  /** That join, through the relay (in this process). */
  relayJoinSeconds: number;
  serverDatabaseBytes: number;
  serverFileBytes: number;
  shownMs: number[];
  shownMedianMs: number;
  shownMaxMs: number;
  editsPerMember: number;
  editSyncSeconds: number;
  conflicts: number;
  identical: boolean;
  /** Tables whose rows differ between the members (empty when identical). */
  differing: string[];
}
export type TeamOutcome = TeamFigures | { skipped: string };

interface Member { name: string; library: Library; db: Database; own: string[] }

const log = (line: string): void => void process.stderr.write(`  ${line}\n`);
const since = (started: number): number => performance.now() - started;

/** A TCP relay in front of the server: what a member's connection carries, counted both ways. */
function relay(port: number): Promise<{ port: number; down: () => number; up: () => number; close(): void }> {
  let down = 0;
  let up = 0;
  const server = createServer((socket) => {
    const upstream = connect(port, '127.0.0.1');
    upstream.on('data', (chunk: Buffer) => (down += chunk.length));
    socket.on('data', (chunk: Buffer) => (up += chunk.length));
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    port: (server.address() as { port: number }).port, down: () => down, up: () => up, close: () => void server.close(),
  })));
}

async function joinAs(dir: string, name: string, port: number): Promise<{ member: Member; seconds: number; rows: number; bytes: number }> {
  const library = openLibrary(mkdtempSync(join(dir, `${name}-`)));
  const started = performance.now();
  const { pulled } = await joinTeam(library.db, `postgres://${name}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`);
  return { member: { name, library, db: library.db, own: [] }, seconds: since(started) / 1000, rows: pulled.rows, bytes: pulled.bytes };
}

const sync = (m: Member) => syncLibrary(m.db, { password: PASSWORD });

/** `perArticle` highlights (one in three with a note) on each of `docs`, in one transaction; their ids. */
function annotate(db: Database, docs: { id: string; text: string }[], perArticle: number, random: Rng): string[] {
  const ids: string[] = [];
  transaction(db, () => {
    for (const doc of docs) {
      const convert = offsetConverter(doc.text);
      const words = [...doc.text.matchAll(/\S+/g)];
      for (let i = 0; i < perArticle; i++) {
        const first = random.int(0, Math.max(0, words.length - 16));
        const last = Math.min(words.length - 1, first + 1 + random.int(0, 12));
        const start = convert.toCodePoint(words[first]!.index);
        const end = convert.toCodePoint(words[last]!.index + words[last]![0].length);
        const note = random.chance(1 / 3) ? `Note ${random.int(0, 1e6)}` : null;
        ids.push(createAnnotationIn(db, doc, { documentId: doc.id, start, end, color: random.pick(HIGHLIGHT_COLORS), note, tags: [] }, undefined, convert).id);
      }
    }
  });
  return ids;
}

const articles = (db: Database) => db.prepare('SELECT id, text FROM documents ORDER BY seq').all() as { id: string; text: string }[];

/**
 * Figure 2: from A's createAnnotation (then A's sync) to B having the annotation, B syncing when PostgreSQL notifies
 * it. A notification that comes while B syncs is one more sync after it, as the app would do.
 */
async function shownAt(a: Member, b: Member, port: number, docs: { id: string; text: string }[], random: Rng): Promise<number[]> {
  const listener = new pg.Client({ connectionString: `postgres://${b.name}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}` });
  await listener.connect();
  await listener.query('LISTEN apostille_changes');
  let waiting: { id: string; resolve: () => void; reject: (error: unknown) => void } | null = null;
  let busy: Promise<void> | null = null;
  let again = false;
  let failure: unknown = null;
  const wake = (): void => {
    if (busy) { again = true; return; }
    busy = (async () => {
      do {
        again = false;
        await sync(b);
        if (waiting && b.db.prepare('SELECT 1 FROM annotations WHERE id = ?').get(waiting.id)) { waiting.resolve(); waiting = null; }
      } while (again);
    })().catch((error: unknown) => {
      if (waiting) waiting.reject(error);
      else failure = error;
    }).finally(() => (busy = null));
  };
  listener.on('notification', wake);
  const times: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      if (failure) throw failure;
      const id = randomUUID();
      const doc = random.pick(docs);
      const arrived = new Promise<void>((resolve, reject) => {
        waiting = { id, resolve, reject };
        setTimeout(() => reject(new Error(`annotation ${id} not at ${b.name} after 30 s`)), 30_000).unref();
      });
      const started = performance.now();
      createAnnotation(a.db, { id, documentId: doc.id, start: 0, end: 5, color: 'green', note: `Vu ${round}`, tags: [] });
      a.own.push(id);
      await sync(a);
      await arrived;
      times.push(since(started));
      while (busy) await busy;
    }
  } finally {
    await listener.end();
  }
  return times;
}

/** Figure 3's offline work of one member: new annotations, note and colour edits and a few deletes of their own, article notes. */
function offlineEdits(m: Member, docs: { id: string; text: string }[], random: Rng): void {
  for (let i = 0; i < EDITS; i++) {
    const roll = random.next();
    const mine = () => m.own[random.int(0, m.own.length - 1)]!;
    if (roll < 0.4) m.own.push(...annotate(m.db, [random.pick(docs)], 1, random));
    else if (roll < 0.65) updateAnnotation(m.db, mine(), { note: `${m.name}, edit ${i}` });
    else if (roll < 0.85) updateAnnotation(m.db, mine(), { color: random.pick(HIGHLIGHT_COLORS) });
    else if (roll < 0.9) removeAnnotation(m.db, m.own.splice(random.int(0, m.own.length - 1), 1)[0]!);
    // Articles are the team's: two members may change the same article's note (kept in two versions).
    else setDocumentNote(m.db, docs[random.int(0, 49)]!.id, `${m.name}: article note ${i}`);
  }
}

/** Each synced table's rows by key (local row numbers left out), as test/support/team.ts sharedRows compares them, hashed. */
function digests(db: Database): Record<string, string> {
  const out: Record<string, string> = {};
  const cell = (v: unknown) => (v instanceof Uint8Array ? `bytes:${createHash('sha256').update(v).digest('hex')}` : v);
  const queries: [name: string, sql: string, local: readonly string[]][] = [
    ...SYNCED_TABLES.map((t) => [t.name, `SELECT * FROM ${t.name} ORDER BY ${t.key}`, t.local ?? []] as [string, string, readonly string[]]),
    ['document_originals', 'SELECT d.id, o.bytes FROM document_originals o JOIN documents d ON d.seq = o.document_seq ORDER BY d.id', []],
  ];
  for (const [name, sql, local] of queries) {
    const hash = createHash('sha256');
    for (const row of db.prepare(sql).iterate() as Iterable<Record<string, unknown>>) {
      hash.update(JSON.stringify(Object.entries(row).filter(([k]) => !local.includes(k)).map(([k, v]) => [k, cell(v)])));
    }
    out[name] = hash.digest('hex');
  }
  return out;
}

export async function runTeamBench(dir: string, count = 10_000): Promise<TeamOutcome> {
  const found = findPostgres();
  if ('missing' in found) return { skipped: found.missing };
  const server: PgServer = await startPostgres();
  const members: Member[] = [];
  let counted: Awaited<ReturnType<typeof relay>> | undefined;
  try {
    await server.createDatabase(DATABASE);
    const owner = server.uri(server.superuser, server.password, DATABASE);
    await initTeam(owner);
    const admin = await connectTeam(owner);
    for (const name of ['writer', 'reader', 'third']) await addMember(admin, name, PASSWORD);

    // The outbox's cost on an import: the same articles into a private library first, for reference.
    const alone = openLibrary(mkdtempSync(join(dir, 'private-')));
    let started = performance.now();
    assertAllImported(await importSources(alone.db, generateSources(0, count)), count, 'team bench, private library');
    const importPrivateSeconds = since(started) / 1000;
    alone.close();
    const writer = (await joinAs(dir, 'writer', server.port)).member;
    members.push(writer);
    started = performance.now();
    assertAllImported(await importSources(writer.db, generateSources(0, count)), count, 'team bench');
    const importTeamSeconds = since(started) / 1000;
    log(`imported ${count} articles: ${importTeamSeconds.toFixed(1)} s in a team library, ${importPrivateSeconds.toFixed(1)} s in a private one`);
    const docs = articles(writer.db);
    writer.own = annotate(writer.db, docs, PER_ARTICLE, mulberry32(2024));
    log(`${count} articles and ${writer.own.length} annotations made at the first member; pushing them…`);
    started = performance.now();
    const first = await sync(writer);
    const firstPushSeconds = since(started) / 1000;
    log(`first push: ${first.pushed.rows} rows in ${firstPushSeconds.toFixed(1)} s; a second member joins through a counting relay…`);

    counted = await relay(server.port);
    const reader = await joinAs(dir, 'reader', counted.port);
    const wire = { down: counted.down(), up: counted.up() };
    members.push(reader.member);
    log(`joined through the relay in ${reader.seconds.toFixed(1)} s; a third member joins directly…`);
    const third = await joinAs(dir, 'third', server.port);
    members.push(third.member);
    const { rows: [size] } = await admin.query(`SELECT pg_database_size(current_database())::float8 AS db, (SELECT sum(size) FROM apostille.blobs)::float8 AS files`);
    await admin.end();
    log(`joined in ${third.seconds.toFixed(1)} s (${third.rows} rows); ${ROUNDS} annotations from one member shown at another…`);

    const shownMs = await shownAt(writer, third.member, server.port, docs, mulberry32(7));
    const sorted = [...shownMs].sort((x, y) => x - y);
    const shownMedianMs = (sorted[(ROUNDS - 1) >> 1]! + sorted[ROUNDS >> 1]!) / 2;
    log(`shown: median ${shownMedianMs.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms; three members edit offline…`);

    // Members other than the first need annotations of their own to edit (another's are refused by the server).
    const random = mulberry32(3000);
    for (const m of [reader.member, third.member]) m.own = annotate(m.db, Array.from({ length: 300 }, () => random.pick(docs)), 1, random);
    for (let round = 0; round < 2; round++) for (const m of members) await sync(m);
    for (const m of members) offlineEdits(m, docs, random);
    started = performance.now();
    let conflicts = 0;
    for (let round = 0; round < 2; round++) for (const m of members) conflicts += (await sync(m)).pushed.conflicts;
    const editSyncSeconds = since(started) / 1000;
    const [mine, ...others] = members.map((m) => digests(m.db));
    const differing = Object.keys(mine!).filter((t) => others.some((o) => o[t] !== mine![t]));
    log(`synced in ${editSyncSeconds.toFixed(1)} s; identical: ${differing.length === 0 ? 'yes' : `NO (${differing.join(', ')})`}`);
    return {
      articles: count, annotations: count * PER_ARTICLE, importTeamSeconds, importPrivateSeconds, firstPushSeconds, firstPushRows: first.pushed.rows,
      joinSeconds: third.seconds, joinRows: third.rows, joinFileBytes: reader.bytes, joinWireDownBytes: wire.down, joinWireUpBytes: wire.up,
      relayJoinSeconds: reader.seconds, serverDatabaseBytes: size.db, serverFileBytes: size.files ?? 0,
      shownMs, shownMedianMs, shownMaxMs: sorted.at(-1)!,
      editsPerMember: EDITS, editSyncSeconds, conflicts, identical: differing.length === 0, differing,
    };
  } finally {
    counted?.close();
    for (const m of members) m.library.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || mkdtempSync(join(tmpdir(), 'apostille-team-bench-'));
  try {
    console.log(JSON.stringify(await runTeamBench(dir, Number(process.argv[3] ?? 10_000))));
  } finally {
    if (!process.argv[2]) rmSync(dir, { recursive: true, force: true });
  }
}
