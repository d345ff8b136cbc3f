import { requireLink } from './bookkeeping.ts';
import { connectTeam, parseAddress, teamError } from './connect.ts';
import type { Database } from '../store/database.ts';
import { CHANGES_CHANNEL } from './server-schema.ts';

/**
 * Waits for the team's changes while connected: PostgreSQL notifies every listener when a batch is committed, and
 * `onChange` is told (the front end then syncs). Ends when `signal` aborts; a lost connection ends it with its error.
 */
export async function listen(db: Database, options: { password?: string; signal: AbortSignal; onChange: (count: number) => void }): Promise<{ notifications: number }> {
  const link = requireLink(db);
  const client = await connectTeam(link.address, options.password);
  let notifications = 0;
  try {
    await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    await new Promise<void>((resolve, reject) => {
      if (options.signal.aborted) return resolve();
      options.signal.addEventListener('abort', () => resolve(), { once: true });
      client.on('notification', () => options.onChange(++notifications));
      client.on('error', (error) => reject(teamError(error, link.address, parseAddress(link.address).member)));
      client.on('end', () => reject(teamError(Object.assign(new Error('connection ended'), { code: 'ECONNRESET' }), link.address, link.member)));
    });
  } finally {
    client.removeAllListeners('end');
    await client.end().catch(() => {});
  }
  return { notifications };
}
