import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keepTeamPasswords } from '../../app/host/team-passwords.ts';
import { keychainKeeper, type TeamPasswordStore } from '../../main/team-password.ts';

/** As the desktop app opens a library: its core, with the keychain's keeper over this store. */
const keepTeamPassword = (core: FakeCore, library: string, store: TeamPasswordStore) => keepTeamPasswords(core, library, keychainKeeper(store));
import { resetElectron, safeStorage } from './electron-double.ts';
import { FakeCore } from './fake-core.ts';

vi.mock('electron', () => import('./electron-double.ts'));

beforeEach(() => resetElectron());

function memoryStore() {
  const secrets = new Map<string, string>();
  return {
    get: (library: string) => secrets.get(library) ?? null,
    set: (library: string, secret: string | null) => void (secret === null ? secrets.delete(library) : secrets.set(library, secret)),
    secrets,
  };
}

describe('the team password in the desktop app', () => {
  it('is kept encrypted (never as given) once the core took it, and given back to the core at the next start', async () => {
    const store = memoryStore();
    const core = new FakeCore();
    const relayed = await keepTeamPassword(core, '/lib', store);
    expect(core.calls).toEqual([]);
    core.answers['jobs.start'] = () => ({ ok: true, value: { id: 'join-1' } });
    await relayed.call('jobs.start', { job: 'team.join', input: { address: 'postgres://lea@h/db', password: 'lea-secret-1' } });
    // Kept once the join is done, not before.
    expect(store.get('/lib')).toBeNull();
    core.emit({ type: 'job', id: 'join-1', job: 'team.join', state: 'done', result: {} });
    const kept = store.get('/lib')!;
    expect([...store.secrets.keys()]).toEqual(['/lib']);
    expect(kept).not.toContain('lea-secret-1');
    expect(Buffer.from(kept, 'base64').toString()).not.toContain('lea-secret-1');

    const next = new FakeCore();
    await keepTeamPassword(next, '/lib', store);
    expect(next.calls).toEqual([{ method: 'team.unlock', input: { password: 'lea-secret-1' } }]);
    // Another library is not given this one's password.
    const other = new FakeCore();
    await keepTeamPassword(other, '/elsewhere', store);
    expect(other.calls).toEqual([]);
    // Each team library keeps its own: the other one's join does not replace this one's.
    other.answers['jobs.start'] = () => ({ ok: true, value: { id: 'join-9' } });
    const relayedOther = await keepTeamPassword(other, '/elsewhere', store);
    await relayedOther.call('jobs.start', { job: 'team.join', input: { address: 'postgres://lea@h/other', password: 'other-secret-9' } });
    other.emit({ type: 'job', id: 'join-9', job: 'team.join', state: 'done', result: {} });
    expect(safeStorage.decryptString(Buffer.from(store.get('/elsewhere')!, 'base64'))).toBe('other-secret-9');
    expect(safeStorage.decryptString(Buffer.from(store.get('/lib')!, 'base64'))).toBe('lea-secret-1');
  });

  it('follows a password typed again, forgets it when the page says so, and keeps nothing the core refused', async () => {
    const store = memoryStore();
    const core = new FakeCore();
    const relayed = await keepTeamPassword(core, '/lib', store);
    await relayed.call('team.unlock', { password: 'new-secret-2' });
    expect(safeStorage.decryptString(Buffer.from(store.get('/lib')!, 'base64'))).toBe('new-secret-2');
    core.answers['team.unlock'] = () => ({ ok: false, error: { code: 'invalid_request', message: 'no' } });
    await relayed.call('team.unlock', { password: 'refused' });
    expect(safeStorage.decryptString(Buffer.from(store.get('/lib')!, 'base64'))).toBe('new-secret-2');
    delete core.answers['team.unlock'];
    await relayed.call('team.unlock', { password: null });
    expect(store.get('/lib')).toBeNull();
  });

  it('keeps it for the session only where the system offers no encryption, or only Linux’s key-less fallback', async () => {
    for (const setUp of [() => (safeStorage.available = false), () => (safeStorage.backend = 'basic_text')]) {
      resetElectron();
      setUp();
      const store = memoryStore();
      const relayed = await keepTeamPassword(new FakeCore(), '/lib', store);
      await relayed.call('team.unlock', { password: 'lea-secret-1' });
      expect(store.get('/lib')).toBeNull();
    }
  });

  it('forgets a join that failed: a wrong password is not remembered', async () => {
    const store = memoryStore();
    const core = new FakeCore();
    core.answers['jobs.start'] = () => ({ ok: true, value: { id: 'join-2' } });
    const relayed = await keepTeamPassword(core, '/lib', store);
    await relayed.call('jobs.start', { job: 'team.join', input: { address: 'postgres://lea@h/db', password: 'wrong' } });
    core.emit({ type: 'job', id: 'join-2', job: 'team.join', state: 'failed', error: { code: 'team_auth_failed', message: 'no' } });
    expect(store.get('/lib')).toBeNull();
  });
});
