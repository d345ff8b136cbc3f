import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgres, usePostgres } from '../../support/postgres.ts';

const postgres = usePostgres();

/** Runs `fn` with a client connected to `uri`, closing it afterwards. */
async function withClient<T>(uri: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri });
  await client.connect();
  try { return await fn(client); } finally { await client.end(); }
}

/** The error a connection attempt ends with, or null once it connects. */
function connectError(port: number): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(null); });
    socket.once('error', resolve);
  });
}

describe.skipIf(!postgres.available)('the PostgreSQL test harness', () => {
  it('starts a server the superuser reaches over TCP with its SCRAM password', async () => {
    const server = postgres.server();
    expect(server.host).toBe('127.0.0.1');
    const { rows } = await withClient(server.uri(), (c) => c.query<{ version: string }>('select version()'));
    expect(rows[0]!.version).toContain('PostgreSQL');
    const { rows: [method] } = await withClient(server.uri(), (c) => c.query<{ password_encryption: string }>('show password_encryption'));
    expect(method!.password_encryption).toBe('scram-sha-256');
  });

  it('refuses a wrong password', async () => {
    const server = postgres.server();
    const error = await withClient(server.uri(server.superuser, 'not-the-password'), async () => null).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '28P01' });
  });

  it('creates a database one can connect to', async () => {
    const server = postgres.server();
    await server.createDatabase('apostille_team');
    const { rows } = await withClient(server.uri(undefined, undefined, 'apostille_team'), (c) => c.query<{ db: string }>('select current_database() as db'));
    expect(rows).toEqual([{ db: 'apostille_team' }]);
  });

  it('takes a chosen superuser and password (encoded in the URI), and stop() removes the folder and closes the port', async () => {
    const server = await startPostgres({ superuser: 'team owner', password: 'p@ss w:rd/?#%' });
    try {
      const { rows } = await withClient(server.uri(), (c) => c.query<{ user: string }>('select current_user as user'));
      expect(rows).toEqual([{ user: 'team owner' }]);
      expect(existsSync(server.dir)).toBe(true);
    } finally {
      await server.stop();
    }
    expect(existsSync(server.dir)).toBe(false);
    expect(await connectError(server.port)).toMatchObject({ code: 'ECONNREFUSED' });
  }, 60_000);
});
