import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../app/backup/backups.ts';
import { api, ERROR_CODES, JOB_NAMES, jobs, METHOD_NAMES, type JobEvent, type MethodName } from '../../../app/contract/index.ts';
import { openCore, type Core } from '../../../app/core/index.ts';
import { startHttpHost, TOKEN_HEADER, type HttpHost } from '../../../app/host/index.ts';
import { startLibrarySwitcher } from '../../../app/host/library-switcher.ts';
import { fileLibraryListStore } from '../../../app/library/library-list.ts';
import { openLibrary, type Library } from '../../../app/library/index.ts';
import { fileSettingsStore } from '../../../app/settings/index.ts';
import { filesOf } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';
import { JOB_INPUTS, METHOD_INPUTS, readState } from './inputs.ts';
import { mutate, nested, random, serialise, type Json, type Random } from './random.ts';

// The API fuzzed through the real HTTP host: seeded random calls of every method and job, most with inputs made by
// mutating valid ones. No answer may be a 5xx, every refusal must be a typed error, and a refused call (or a job
// refused at its start) must leave the library as it was. Accepted calls and jobs may change it.
//
//   APOSTILLE_FUZZ_SEED=123 APOSTILLE_FUZZ_CALLS=5000 vitest run test/app/fuzz
//
// replays a run (the seed is printed, and named in every failure) or makes a longer one; APOSTILLE_FUZZ_VERBOSE=1
// prints every call. Accepted calls must also leave the library consistent (annotations on their text), and their
// answers (and accepted jobs' results) must have the contract's shape.

const CALLS = Number(process.env.APOSTILLE_FUZZ_CALLS ?? 400);
const SEED = Number(process.env.APOSTILLE_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Every call and its answer printed (APOSTILLE_FUZZ_VERBOSE=1), to follow a replayed run. */
const VERBOSE = process.env.APOSTILLE_FUZZ_VERBOSE === '1';
/** Of the calls, those sent valid as built (the rest are mutated, or not even JSON). */
const VALID_SHARE = 0.2;
const RAW_SHARE = 0.03;
const UNKNOWN_METHOD_SHARE = 0.02;
/** Jobs are started more often than one method in forty would be. */
const JOB_SHARE = 0.1;

const tempDir = useTempDir();
let host: HttpHost | undefined;
let core: Core | undefined;
let view: Library | undefined;

afterEach(async () => {
  view?.close();
  await host?.close();
  await core?.close();
  host = undefined;
  core = undefined;
  view = undefined;
});

const ARTICLE = `Orange et Thales lancent Cloudwatt

PARIS 🌩 (AFP) Orange et Thales ont lancé jeudi Cloudwatt, une société de « cloud souverain » dotée de 225 millions d’euros. Le projet Andromède avait échoué en 2011.
`;

interface Answer {
  status: number;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(h: HttpHost, method: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${h.origin}/api/${encodeURIComponent(method).replace(/%2E/gi, '.')}`, {
      method: 'POST', agent,
      headers: { [TOKEN_HEADER]: h.token, origin: h.origin, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The tables of the library holding data: every one but the full-text indexes and their shadow tables. */
function dataTables(db: Library['db']): string[] {
  const all = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string; sql: string }[];
  const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  return all.map((t) => t.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

/** A checksum of each table's rows (in rowid order), of this machine's settings and of the backups folder. */
function snapshot(db: Library['db'], tables: string[], dir: string): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const table of tables) {
    const hash = createHash('sha1');
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).iterate()) {
      for (const value of Object.values(row)) hash.update(value instanceof Uint8Array ? value : `${typeof value}:${String(value)}\u0000`);
      hash.update('\u0001');
    }
    sums[table] = hash.digest('hex');
  }
  const settings = join(dir, 'settings.json');
  sums['(settings.json)'] = existsSync(settings) ? createHash('sha1').update(readFileSync(settings)).digest('hex') : '';
  const backups = join(dir, 'backups');
  sums['(backups)'] = existsSync(backups) ? readdirSync(backups).sort().join('|') : '';
  return sums;
}

function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}

/**
 * What an accepted call may not break: a placed annotation (or mention) lies within its article and quotes the text
 * there; a rejected suggestion is a passage of its article. SQLite's length and substr count code points, as offsets do.
 */
function inconsistencies(db: Library['db']): string[] {
  const annotations = db.prepare(`SELECT a.id, a.start, a.end, a.exact FROM annotations a JOIN documents d ON d.id = a.document_id
    WHERE a.orphan = 0 AND (a.end <= a.start OR a.end > length(d.text) OR substr(d.text, a.start + 1, a.end - a.start) != a.exact) LIMIT 5`).all();
  const rejected = db.prepare(`SELECT r.document_id, r.start, r.end FROM rejected_suggestions r JOIN documents d ON d.id = r.document_id
    WHERE r.start < 0 OR r.end <= r.start OR r.end > length(d.text) LIMIT 5`).all();
  return [
    ...annotations.map((a) => `annotation not on its text: ${clip(JSON.stringify(a), 200)}`),
    ...rejected.map((s) => `rejected suggestion outside its text: ${JSON.stringify(s)}`),
  ];
}

const clip = (text: string, max = 400) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

/** Bodies that are not a JSON object, or not JSON at all. */
function rawBody(r: Random): string {
  return r.pick([
    () => '{not json', () => '', () => '[]', () => '"text"', () => '42', () => 'null', () => '\ufeff{}', () => '{"a":1,"a":2}',
    () => serialise(nested(r.pick([1000, 100_000]), r)), () => `{"documentId":"${'\\ud800'}"}`, () => '{"__proto__":{"polluted":1}}',
  ])();
}

describe('the API under random calls through the HTTP host', () => {
  it(`answers every call with a result or a typed 4xx error, and a refused call changes nothing (${CALLS} calls)`, async () => {
    const started = performance.now();
    console.log(`API fuzz: seed ${SEED}, ${CALLS} calls (replay: APOSTILLE_FUZZ_SEED=${SEED} APOSTILLE_FUZZ_CALLS=${CALLS} vitest run test/app/fuzz)`);
    const r = random(SEED);
    const dir = tempDir();
    const staticDir = tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Apostille</title>');
    mkdirSync(join(staticDir, 'assets'));
    // The host's own methods too: the library switcher answers libraries.* (new libraries go to a folder of their own).
    const home = tempDir();
    core = await startLibrarySwitcher({
      store: fileLibraryListStore(join(home, 'libraries.json')), home, defaultDir: dir,
      open: (opened) => openCore({ dir: opened, version: 'fuzz', allowPaths: false, seedSamples: true, settings: fileSettingsStore(join(dir, 'settings.json')) }),
    });
    const ended = new Map<string, JobEvent>();
    core.onEvent((event) => {
      if (event.type === 'job' && event.state !== 'running') ended.set(event.id, event);
    });
    host = await startHttpHost({ core, staticDir });
    const h = host;
    view = openLibrary(dir, { readOnly: true });
    const db = view.db;
    const tables = dataTables(db);
    expect(tables).toEqual(expect.arrayContaining(['annotations', 'documents', 'entities', 'rejected_suggestions', 'library_settings']));

    const call = async (method: string, input: unknown) => {
      const answer = await post(h, method, JSON.stringify(input));
      const parsed = JSON.parse(answer.body) as { ok: boolean; value?: unknown; error?: { code: string } };
      if (!parsed.ok) throw new Error(`${method}: ${answer.body}`);
      return parsed.value;
    };
    const jobIds: string[] = [];
    const waitFor = async (id: string): Promise<JobEvent> => {
      const deadline = Date.now() + 20_000;
      while (!ended.has(id)) {
        if (Date.now() > deadline) throw new Error(`job ${id} did not end (seed ${SEED})`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return ended.get(id)!;
    };
    const runJob = async (job: string, input: unknown) => {
      const { id } = (await call('jobs.start', { job, input })) as { id: string };
      const event = await waitFor(id);
      if (event.state !== 'done') throw new Error(`${job}: ${JSON.stringify(event)}`);
      return event.result;
    };

    // Something of everything to aim at: articles (one with a character outside the BMP), highlights, notes, mentions,
    // an orphan, a rejected suggestion, a note on an article, an export to import again.
    await runJob('documents.import', { files: filesOf({ 'cloudwatt.txt': ARTICLE }) });
    let state = readState(db, '', jobIds, []);
    for (const doc of state.documents) {
      const words = [...doc.text.matchAll(/\p{Lu}\p{L}{3,}/gu)].slice(0, 6);
      for (const [i, m] of words.entries()) {
        const start = [...doc.text.slice(0, m.index)].length;
        const range = { documentId: doc.id, start, end: start + [...m[0]].length };
        if (i % 3 === 0) await call('annotations.create', { ...range, note: i === 0 ? 'À vérifier' : null, tags: ['fuzz'] });
        else if (i % 3 === 1) await call('entities.tag', { ...range, type: 'ORG', name: m[0] });
        else await call('entities.reject', { ...range, type: 'PER', text: m[0] });
      }
      await call('documents.setNote', { id: doc.id, note: 'Lu' });
    }
    const first = state.documents[0]!;
    await call('annotations.restore', {
      id: r.uuid(), documentId: first.id, motivation: 'commenting', exact: 'passage perdu', prefix: '', suffix: '', start: first.length + 10,
      end: first.length + 23, color: 'blue', note: 'Orphelin', tags: [], created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z',
      orphan: true, entityId: null, value: null,
    });
    const exported = ((await runJob('annotations.export', { format: 'w3c' })) as { files: { content: string }[] }).files[0]!.content;

    const problems: string[] = [];
    /** Inconsistencies found already (each is reported once, at the call that made it). */
    const seen = new Set<string>();
    // Maps, not objects: a method named __proto__ must not reach Object.prototype (the core runs in this process).
    const tally = new Map<string, { calls: number; accepted: number }>();
    let before = snapshot(db, tables, dir);
    let rejected = 0;
    let calls = 0;
    const codes = new Map<string, number>();
    const outcomes = new Map<string, number>();
    for (let n = 0; n < CALLS && problems.length < 20; n++) {
      state = readState(db, exported, jobIds, listBackups(dir).map((b) => b.name));
      if (state.documents.length < 3) {
        // Enough articles to aim at: the samples come back (not a fuzzed call).
        await call('samples.load', {});
        state = readState(db, exported, jobIds, state.backups);
        before = snapshot(db, tables, dir);
      }
      const method = r.chance(UNKNOWN_METHOD_SHARE)
        ? r.pick(['annotations.nope', '__proto__', 'constructor', 'jobs', '', 'documents.import', 'api.ts', 'Documents.List', 'app.info.x'])
        : r.chance(JOB_SHARE) ? 'jobs.start' : r.pick(METHOD_NAMES);
      let valid: Json;
      let job: string | undefined;
      if (method === 'jobs.start') {
        job = r.pick(JOB_NAMES);
        valid = { job, input: JOB_INPUTS[job as keyof typeof JOB_INPUTS](r, state), ...(r.chance(0.2) && { id: r.uuid() }) };
      } else valid = Object.hasOwn(METHOD_INPUTS, method) ? METHOD_INPUTS[method as keyof typeof METHOD_INPUTS](r, state) : {};
      let body: string;
      let how: string;
      if (r.chance(RAW_SHARE)) {
        body = rawBody(r);
        how = 'raw';
      } else if (r.chance(VALID_SHARE)) {
        body = JSON.stringify(valid);
        how = 'valid';
      } else {
        const mutated = mutate(valid, r, { textLengths: state.documents.map((d) => d.length) });
        body = serialise(mutated.input);
        how = mutated.applied.join('+');
      }
      const label = `#${n} ${method}${job ? ` ${job}` : ''} [${how}] ${clip(body)} (seed ${SEED})`;
      const answer = await post(h, method, body);
      calls++;
      if (VERBOSE) console.log(`${label} -> HTTP ${answer.status} ${clip(answer.body, 200)}`);
      const key = job ? `jobs.start ${job}` : method;
      const count = tally.get(key) ?? { calls: 0, accepted: 0 };
      tally.set(key, count);
      count.calls++;

      let parsed: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
      try {
        parsed = JSON.parse(answer.body) as typeof parsed;
      } catch {
        problems.push(`${label}: HTTP ${answer.status}, not JSON: ${clip(answer.body)}`);
        continue;
      }
      if (answer.status >= 500) problems.push(`${label}: HTTP ${answer.status} ${clip(answer.body)}`);
      if (parsed.ok) {
        count.accepted++;
        if (answer.status !== 200) problems.push(`${label}: ok with HTTP ${answer.status}`);
        if (Object.hasOwn(api, method)) {
          const shape = api[method as MethodName].output.safeParse(parsed.value);
          if (!shape.success) problems.push(`${label}: output not as the contract says: ${clip(shape.error.message)}`);
        }
        if (job) {
          const id = (parsed.value as { id: string }).id;
          jobIds.push(id);
          const event = await waitFor(id);
          const ends = `${job} ${event.state}${event.error ? ` (${event.error.code})` : ''}`;
          outcomes.set(ends, (outcomes.get(ends) ?? 0) + 1);
          if (event.state === 'failed' && (!event.error || event.error.code === 'internal')) problems.push(`${label}: job failed with ${JSON.stringify(event.error)}`);
          if (event.state === 'done' && !jobs[job as keyof typeof jobs].result.safeParse(event.result).success) {
            problems.push(`${label}: job result not as the contract says`);
          }
        }
        for (const broken of inconsistencies(db)) {
          if (seen.has(broken)) continue;
          seen.add(broken);
          problems.push(`${label}: ${broken}`);
        }
        before = snapshot(db, tables, dir);
      } else {
        rejected++;
        codes.set(parsed.error?.code ?? '?', (codes.get(parsed.error?.code ?? '?') ?? 0) + 1);
        if (answer.status < 400 || answer.status >= 500) problems.push(`${label}: refused with HTTP ${answer.status}`);
        if (!parsed.error || !(ERROR_CODES as readonly string[]).includes(parsed.error.code) || typeof parsed.error.message !== 'string') {
          problems.push(`${label}: untyped error ${clip(answer.body)}`);
        }
        const after = snapshot(db, tables, dir);
        const differ = changed(before, after);
        if (differ.length) problems.push(`${label}: refused (${parsed.error?.code}) but changed ${differ.join(', ')}`);
        before = after;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const accepted = [...tally.values()].reduce((sum, t) => sum + t.accepted, 0);
    console.log(`API fuzz: seed ${SEED}, ${calls} calls (${accepted} accepted, ${rejected} refused) over ${tally.size} methods and jobs in ${seconds.toFixed(1)} s; refusals: ${JSON.stringify(Object.fromEntries(codes))}; jobs accepted: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(problems, `seed ${SEED}:\n${problems.join('\n')}`).toEqual([]);
  }, 60_000 + CALLS * 300);
});
