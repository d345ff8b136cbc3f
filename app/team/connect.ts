import pg from 'pg';
import { AppError, toAppError } from '../contract/errors.ts';

export type TeamClient = pg.Client;

export interface TeamAddress {
  /** The address without its password, as the library keeps it. */
  address: string;
  member: string;
  database: string;
}

/** Reads a standard PostgreSQL address (`postgres://member[:password]@host:port/db`). */
export function parseAddress(uri: string): TeamAddress & { password?: string } {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new AppError('invalid_request', 'not an address', { issue: 'give a PostgreSQL address: postgres://member@host:port/database' });
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new AppError('invalid_request', 'not a postgres address', { issue: 'the address must start with postgres://' });
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const member = decodeURIComponent(url.username);
  if (!database || !member) throw new AppError('invalid_request', 'address incomplete', { issue: 'the address names a member and a database: postgres://member@host:port/database' });
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  return { address: url.toString(), member, database, ...(password !== undefined && { password }) };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The address as connected to: a server that is not on this computer is reached over TLS with its certificate checked
 * (node-postgres would otherwise send everything, the password included, in the clear), unless the address says
 * otherwise (`sslmode=disable` for a trusted network, `sslmode=require`…).
 */
export function secureAddress(uri: string): string {
  const url = new URL(uri);
  if (LOOPBACK.has(url.hostname) || url.hostname === '' || url.searchParams.has('sslmode') || url.searchParams.has('ssl')) return uri;
  url.searchParams.set('sslmode', 'verify-full');
  return url.toString();
}

/** What a failure to reach or use the server means to the reader. */
export function teamError(error: unknown, address: string, member: string): AppError {
  if (error instanceof AppError) return error;
  const e = error as { code?: string; message?: string };
  // This library's own trouble during a sync (a full disk, a busy library) is said as such, not as the server's.
  if (typeof e.code === 'string' && e.code.startsWith('ERR_SQLITE')) return toAppError(error);
  const reason = e.message ?? String(error);
  switch (e.code) {
    case 'ECONNREFUSED': case 'ENOTFOUND': case 'ETIMEDOUT': case 'EHOSTUNREACH': case 'ECONNRESET': case 'EAI_AGAIN':
      return new AppError('team_unreachable', reason, { address, reason: e.code });
    case '28P01': case '28000':
      return new AppError('team_auth_failed', reason, { member });
    case '3F000': case '42P01':
      return new AppError('team_not_initialised', reason, { address });
    case '42501':
      return new AppError('team_not_owner', reason, {});
    default:
      if (/timeout|terminated/i.test(reason)) return new AppError('team_unreachable', reason, { address, reason });
      return new AppError('team_refused', reason, { reason });
  }
}

/** A connection as the member the address names (its password from the address, PGPASSWORD or ~/.pgpass). */
export async function connectTeam(uri: string, password?: string): Promise<TeamClient> {
  const parsed = parseAddress(uri);
  // node-postgres lets the address's parts win over the options given beside it: the password goes into the address.
  let withPassword = secureAddress(uri);
  if (password !== undefined) {
    const url = new URL(withPassword);
    url.password = encodeURIComponent(password);
    withPassword = url.toString();
  }
  const client = new pg.Client({
    connectionString: withPassword,
    connectionTimeoutMillis: 15_000,
    application_name: 'apostille',
  });
  // A connection lost later is reported by the query that needed it; this keeps it from crashing the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw teamError(error, parsed.address, parsed.member);
  }
  return client;
}
