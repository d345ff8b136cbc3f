import type { Database } from '../store/database.ts';

// The member's password for this session, held in the memory of the worker that syncs (never written anywhere): the
// browser host keeps it so until the page is closed; the desktop app gives it again at each start, from the password
// it keeps with Electron's safeStorage. By library: one process may serve several (the tests, the CLI).
const passwords = new WeakMap<Database, string>();

export function rememberPassword(db: Database, given: string | null): void {
  if (given === null) passwords.delete(db);
  else passwords.set(db, given);
}

export function sessionPassword(db: Database): string | undefined {
  return passwords.get(db);
}
