import { safeStorage } from 'electron';
import type { Result } from '../app/contract/errors.ts';
import type { Core } from '../app/core/core.ts';

/** The team password as kept on this machine: encrypted by the system's keychain (safeStorage), for one library. */
export interface StoredTeamPassword {
  library: string;
  /** safeStorage's ciphertext, base64. */
  secret: string;
}

/**
 * Whether safeStorage really encrypts: on Linux without a keyring it falls back to a key written in Chromium itself
 * ('basic_text'), which protects nothing; the password is then kept for the session only.
 */
function encrypts(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  const backend = (safeStorage as { getSelectedStorageBackend?: () => string }).getSelectedStorageBackend?.();
  return backend !== 'basic_text';
}

export interface TeamPasswordStore {
  get(): StoredTeamPassword | null;
  set(value: StoredTeamPassword | null): void;
}

/**
 * The desktop app keeps the team password so that a team library syncs from the start: the password the page gives
 * (joining, or typed again) is encrypted with Electron's safeStorage and stored with this machine's preferences, never
 * in the library; at start it goes back to the core (team.unlock). Where the system offers no encryption it is kept
 * for the session only. Returns the core to relay the page's calls to.
 */
export async function keepTeamPassword(core: Core, libraryDir: string, store: TeamPasswordStore): Promise<Core> {
  const stored = store.get();
  if (stored?.library === libraryDir && encrypts()) {
    try {
      await core.call('team.unlock', { password: safeStorage.decryptString(Buffer.from(stored.secret, 'base64')) });
    } catch {
      store.set(null);
    }
  }
  const remember = (password: unknown) => {
    if (password === null) return store.set(null);
    if (typeof password !== 'string' || !encrypts()) return;
    store.set({ library: libraryDir, secret: safeStorage.encryptString(password).toString('base64') });
  };
  // A join's password is kept once the join is done (a wrong one is not remembered).
  const joining = new Map<string, string>();
  core.onEvent((event) => {
    if (event.type !== 'job' || event.state === 'running' || !joining.has(event.id)) return;
    if (event.state === 'done') remember(joining.get(event.id));
    joining.delete(event.id);
  });
  return {
    callJson: (method, body) => core.callJson(method, body),
    onEvent: (listener) => core.onEvent(listener),
    close: () => core.close(),
    call: async (method: string, input: unknown): Promise<Result<unknown>> => {
      const result = await core.call(method, input);
      if (!result.ok) return result;
      const given = input as { job?: unknown; input?: { password?: unknown }; password?: unknown } | null;
      if (method === 'team.unlock') remember(given?.password);
      const started = result.value as { id?: unknown } | null;
      if (method === 'jobs.start' && given?.job === 'team.join' && typeof given.input?.password === 'string' && typeof started?.id === 'string') {
        joining.set(started.id, given.input.password);
      }
      return result;
    },
  };
}
