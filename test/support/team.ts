// Members of a team library for the tests: each a library folder of its own, synced with a real PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSources, sourceFromBytes } from '../../app/import/import-batch.ts';
import { openLibrary, type Library } from '../../app/library/index.ts';
import type { Database } from '../../app/store/index.ts';
import { addMember, connectTeam, initTeam, joinTeam, syncLibrary, type SyncOptions, type SyncReport } from '../../app/team/index.ts';
import { SYNCED_TABLES } from '../../app/team/tables.ts';
import type { PgServer } from './postgres.ts';

export interface TestMember {
  name: string;
  dir: string;
  db: Database;
  sync(options?: SyncOptions): Promise<SyncReport>;
  /** Imports a plain-text article; its id. */
  addArticle(title: string, body: string): Promise<string>;
  close(): void;
}

export type NewMember = string | { password: string; owner?: boolean; displayName?: string };

/** A new team library in a new database of `server`, made by its superuser, with these members (name → password). */
export async function createTeam(server: PgServer, database: string, members: Record<string, NewMember>): Promise<void> {
  await server.createDatabase(database);
  const admin = server.uri(server.superuser, server.password, database);
  await initTeam(admin);
  const owner = await connectTeam(admin);
  try {
    for (const [name, member] of Object.entries(members)) {
      const { password, ...options } = typeof member === 'string' ? { password: member } : member;
      await addMember(owner, name, password, options);
    }
  } finally {
    await owner.end();
  }
}

/** A new library folder that joins the team at `database` as role `name`. */
export async function joinAs(server: PgServer, database: string, name: string, password: string): Promise<TestMember> {
  const dir = mkdtempSync(join(tmpdir(), `apostille-member-${name}-`));
  const library: Library = openLibrary(dir);
  const uri = server.uri(name, password, database);
  await joinTeam(library.db, uri);
  return {
    name,
    dir,
    db: library.db,
    sync: (options = {}) => syncLibrary(library.db, { password, ...options }),
    async addArticle(title, body) {
      const report = await importSources(library.db, [sourceFromBytes(`${title}.txt`, Buffer.from(`${title}\n\n${body}\n`))]);
      const doc = report.imported[0] ?? report.updated[0];
      if (!doc) throw new Error(`not imported: ${JSON.stringify(report)}`);
      return doc.id;
    },
    close() {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What a member's library holds of the team's data, comparable across members: every synced row by its key, local row
 * numbers left out, bytes as their length and first bytes.
 */
export function sharedRows(db: Database): Record<string, Record<string, unknown>[]> {
  const cell = (v: unknown) => (v instanceof Uint8Array ? `bytes:${v.byteLength}:${Buffer.from(v.subarray(0, 16)).toString('hex')}` : v);
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of SYNCED_TABLES) {
    out[t.name] = (db.prepare(`SELECT * FROM ${t.name} ORDER BY ${t.key}`).all() as Record<string, unknown>[])
      .map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !t.local?.includes(k)).map(([k, v]) => [k, cell(v)])));
  }
  out.document_originals = db.prepare('SELECT d.id, o.bytes FROM document_originals o JOIN documents d ON d.seq = o.document_seq ORDER BY d.id').all()
    .map((r) => ({ id: r.id, bytes: cell(r.bytes) }));
  return out;
}
