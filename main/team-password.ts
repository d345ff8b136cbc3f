import { safeStorage } from 'electron';
import { memoryPasswordKeeper, type PasswordKeeper } from '../app/host/team-passwords.ts';

/**
 * Whether safeStorage really encrypts: on Linux without a keyring it falls back to a key written in Chromium itself
 * ('basic_text'), which protects nothing; the password is then kept for the session only.
 */
function encrypts(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  const backend = (safeStorage as { getSelectedStorageBackend?: () => string }).getSelectedStorageBackend?.();
  return backend !== 'basic_text';
}

/** Team passwords as kept on this machine, one per team library folder: safeStorage's ciphertext, base64. */
export interface TeamPasswordStore {
  get(library: string): string | null;
  set(library: string, secret: string | null): void;
}

/**
 * The desktop app's keeper: each team library's password encrypted with Electron's safeStorage and stored with this
 * machine's preferences, never in the library. Where the system offers no encryption it is kept in memory, for the
 * session only.
 */
export function keychainKeeper(store: TeamPasswordStore, session: PasswordKeeper = memoryPasswordKeeper()): PasswordKeeper {
  return {
    recall(library) {
      const stored = store.get(library);
      if (!stored || !encrypts()) return session.recall(library);
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        store.set(library, null);
        return session.recall(library);
      }
    },
    keep(library, password) {
      session.keep(library, password);
      if (password === null) store.set(library, null);
      else if (encrypts()) store.set(library, safeStorage.encryptString(password).toString('base64'));
    },
  };
}
