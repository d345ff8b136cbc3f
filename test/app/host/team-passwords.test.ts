import { describe, expect, it } from 'vitest';
import type { Result } from '../../../app/contract/errors.ts';
import type { HostEvent } from '../../../app/contract/events.ts';
import type { Core } from '../../../app/core/core.ts';
import { keepTeamPasswords, memoryPasswordKeeper } from '../../../app/host/team-passwords.ts';

/** A core that records what reaches it, by either door, and answers a job's start with an id. */
function recordingCore() {
  const listeners = new Set<(event: HostEvent) => void>();
  const seen: { door: 'call' | 'json'; method: string; input: unknown }[] = [];
  const answer = (method: string): Result<unknown> => (method === 'jobs.start' ? { ok: true, value: { id: 'job-1' } } : { ok: true, value: { unlocked: true } });
  const core: Core = {
    async call(method, input) {
      seen.push({ door: 'call', method, input });
      return answer(method);
    },
    async callJson(method, body) {
      seen.push({ door: 'json', method, input: body.byteLength });
      return new TextEncoder().encode(JSON.stringify(answer(method)));
    },
    onEvent: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    close: async () => {},
  };
  return { core, seen, emit: (event: HostEvent) => listeners.forEach((l) => l(event)) };
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('team passwords kept by the host', () => {
  it('keeps a join’s password given as JSON bytes (the browser host), and gives it back when the library opens again', async () => {
    const keeper = memoryPasswordKeeper();
    const first = recordingCore();
    const relayed = await keepTeamPasswords(first.core, '/team', keeper);
    await relayed.callJson('jobs.start', json({ job: 'team.join', input: { address: 'postgres://lea@h/desk', password: 'lea-secret-1' } }));
    expect(keeper.recall('/team')).toBeNull();
    first.emit({ type: 'job', id: 'job-1', job: 'team.join', state: 'done', result: {} });
    expect(keeper.recall('/team')).toBe('lea-secret-1');

    const again = recordingCore();
    await keepTeamPasswords(again.core, '/team', keeper);
    expect(again.seen).toEqual([{ door: 'call', method: 'team.unlock', input: { password: 'lea-secret-1' } }]);
    const other = recordingCore();
    await keepTeamPasswords(other.core, '/private', keeper);
    expect(other.seen).toEqual([]);
  });

  it('follows a password typed again (as bytes too), and lets large bodies through unread', async () => {
    const keeper = memoryPasswordKeeper();
    const { core, seen } = recordingCore();
    const relayed = await keepTeamPasswords(core, '/team', keeper);
    const answer = JSON.parse(new TextDecoder().decode(await relayed.callJson('team.unlock', json({ password: 'typed-again-2' }))));
    expect(answer).toEqual({ ok: true, value: { unlocked: true } });
    expect(keeper.recall('/team')).toBe('typed-again-2');
    const big = json({ job: 'documents.import', input: { files: [{ name: 'a.txt', base64: 'A'.repeat(100_000) }] } });
    await relayed.callJson('jobs.start', big);
    expect(seen.at(-1)).toEqual({ door: 'json', method: 'jobs.start', input: big.byteLength });
    await relayed.callJson('team.unlock', json({ password: null }));
    expect(keeper.recall('/team')).toBeNull();
  });
});
