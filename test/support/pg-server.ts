// A real, throw-away PostgreSQL server on 127.0.0.1 (initdb into a temp folder, pg_ctl start/stop), for the tests,
// the end-to-end tests and the benchmarks. Vitest tests use it through usePostgres (postgres.ts).
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface PgServer {
  host: '127.0.0.1';
  port: number;
  superuser: string;
  password: string;
  /** The temporary folder holding the cluster, its log and its socket; removed by stop(). */
  dir: string;
  /** postgres://user:password@127.0.0.1:port/database, the superuser and `postgres` by default. */
  uri(user?: string, password?: string, database?: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const VERSIONS_DIR = '/usr/lib/postgresql';

/** The folder holding initdb and pg_ctl: Debian's newest PostgreSQL first, then PATH. */
export function findPostgres(): { bin: string } | { missing: string } {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const versions = existsSync(VERSIONS_DIR) ? readdirSync(VERSIONS_DIR).filter((v) => /^\d+(\.\d+)?$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = [...versions.map((v) => join(VERSIONS_DIR, v, 'bin')), ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)].find(has);
  if (!bin) return { missing: `no initdb and pg_ctl in ${VERSIONS_DIR}/*/bin or on PATH (apt-get install postgresql)` };
  if (process.getuid?.() === 0 && !postgresUser()) return { missing: 'running as root and there is no postgres system user to run the server as' };
  return { bin };
}

/** uid and gid of the `postgres` system user, from /etc/passwd. */
function postgresUser(): { uid: number; gid: number } | null {
  const line = existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:')) : undefined;
  const [, , uid, gid] = line?.split(':') ?? [];
  return uid && gid ? { uid: Number(uid), gid: Number(gid) } : null;
}

// initdb, postgres and pg_ctl refuse to run as root (the server must not own the machine), so as root they run as
// the `postgres` user, which must own the files they touch.
function asUser(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? postgresUser() ?? undefined : undefined;
}

function run(bin: string, tool: string, args: string[], cwd: string, timeout = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(join(bin, tool), args, { cwd, timeout, encoding: 'utf8', ...asUser() }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${tool} failed: ${error.message.trim()}${stderr && !error.message.includes(stderr.trim()) ? `\n${stderr}` : ''}`));
      else resolve(stdout);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// If a test process ends without stop() (a crash, a forgotten afterAll), its servers are stopped on the way out.
const running = new Set<{ bin: string; data: string }>();
process.once('exit', () => {
  for (const { bin, data } of running) {
    try { execFileSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { stdio: 'ignore', ...asUser() }); } catch { /* already gone */ }
  }
});

export async function startPostgres(options: { superuser?: string; password?: string } = {}): Promise<PgServer> {
  const found = findPostgres();
  if ('missing' in found) throw new Error(`PostgreSQL unavailable: ${found.missing}`);
  const { bin } = found;
  const superuser = options.superuser ?? 'apostille_admin';
  const password = options.password ?? randomBytes(16).toString('hex');
  const dir = mkdtempSync(join(tmpdir(), 'apostille-pg-'));
  const [data, sock, pwfile, log] = ['data', 'sock', 'pwfile', 'log'].map((name) => join(dir, name)) as [string, string, string, string];
  mkdirSync(sock, { mode: 0o700 });
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  const user = asUser();
  if (user) for (const path of [dir, sock, pwfile]) chownSync(path, user.uid, user.gid);
  const entry = { bin, data };
  try {
    await run(bin, 'initdb', ['-D', data, '-U', superuser, `--pwfile=${pwfile}`, '-E', 'UTF8', '--no-locale', '--auth-host=scram-sha-256', '--auth-local=scram-sha-256'], dir);
    rmSync(pwfile);
    const port = await freePort();
    // pg_ctl hands -o to a shell: the socket folder is quoted in case the temp folder's path has spaces.
    const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k '${sock}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    running.add(entry);
    await run(bin, 'pg_ctl', ['-D', data, '-w', '-t', '60', '-l', log, '-o', serverOptions, 'start'], dir, 90_000);
    const uri = (u = superuser, pw = password, db = 'postgres') =>
      `postgres://${encodeURIComponent(u)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/${encodeURIComponent(db)}`;
    let stopped: Promise<void> | undefined;
    return {
      host: '127.0.0.1', port, superuser, password, dir, uri,
      async createDatabase(name) {
        const client = new pg.Client({ connectionString: uri() });
        await client.connect();
        try { await client.query(`create database ${client.escapeIdentifier(name)}`); } finally { await client.end(); }
      },
      stop: () => (stopped ??= (async () => {
        try { await run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], dir); } finally {
          running.delete(entry);
          rmSync(dir, { recursive: true, force: true });
        }
      })()),
    };
  } catch (error) {
    if (running.delete(entry)) await run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], dir).catch(() => {});
    const tail = existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n').slice(-20).join('\n') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}${tail ? `\n--- server log (tail) ---\n${tail}` : ''}`, { cause: error });
  }
}
