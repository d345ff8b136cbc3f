// A real, throw-away PostgreSQL server on 127.0.0.1 for tests (initdb into a temp folder, pg_ctl start/stop).
//
// In a test file:
//   const pg = usePostgres();   // one server for the file: started in beforeAll, stopped in afterAll
//   describe.skipIf(!pg.available)('…', () => {
//     it('…', async () => { const client = new Client(pg.server().uri()); … });
//   });
// Without PostgreSQL the file's tests are skipped (the reason printed once); under CI=true the file fails instead.
import { afterAll, beforeAll } from 'vitest';
import { findPostgres, startPostgres, type PgServer } from './pg-server.ts';

export { findPostgres, startPostgres, type PgServer } from './pg-server.ts';

/** One server for the test file; see the comment at the top of this file. */
export function usePostgres(): { available: boolean; reason?: string; server(): PgServer } {
  const found = findPostgres();
  if ('missing' in found) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI: ${found.missing}`);
    console.log(`skipped: PostgreSQL tests — ${found.missing}`);
    return { available: false, reason: found.missing, server: () => { throw new Error(`PostgreSQL unavailable: ${found.missing}`); } };
  }
  let current: PgServer | undefined;
  beforeAll(async () => { current = await startPostgres(); }, 60_000);
  afterAll(async () => { await current?.stop(); }, 60_000);
  return {
    available: true,
    server: () => current ?? (() => { throw new Error('the PostgreSQL server is not started (call server() inside a test)'); })(),
  };
}
