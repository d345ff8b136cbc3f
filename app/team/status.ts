import { cached, type Database } from '../store/database.ts';
import { getLink, pendingCount } from './bookkeeping.ts';

export interface TeamStatus {
  address: string;
  member: string;
  lastSync: string | null;
  lastError: string | null;
  pending: number;
  pulledVersion: number;
  revisions: number;
}

/** The team this library follows, as the Team dialog and `apostille team status` show it; null for a private library. */
export function teamStatus(db: Database): TeamStatus | null {
  const link = getLink(db);
  if (!link) return null;
  const { n } = cached(db, 'SELECT count(*) AS n FROM note_revisions').get() as { n: number };
  return {
    address: link.address, member: link.member, lastSync: link.lastSync, lastError: link.lastError,
    pending: pendingCount(db), pulledVersion: link.pulledVersion, revisions: n,
  };
}
