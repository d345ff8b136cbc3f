import type { Result } from '../contract/errors.ts';
import { answerJson, type Core } from '../core/core.ts';

/** The largest body read for a password (a join's start is a few hundred bytes); larger ones pass unread. */
const MAX_READ = 16 * 1024;

/** Where a host keeps team passwords, per library folder: the desktop app's keychain, or the browser host's memory. */
export interface PasswordKeeper {
  recall(library: string): string | null;
  /** null: forget it. */
  keep(library: string, password: string | null): void;
}

/**
 * A team library syncs without asking again: the password the page gives (joining, or typed again) is kept once the
 * core took it, and given back to the core (team.unlock) each time this library opens. Returns the core to relay the
 * page's calls to.
 */
export async function keepTeamPasswords(core: Core, library: string, keeper: PasswordKeeper): Promise<Core> {
  const recalled = keeper.recall(library);
  if (recalled !== null) {
    const unlocked = await core.call('team.unlock', { password: recalled }).catch(() => null);
    if (!unlocked?.ok) keeper.keep(library, null);
  }
  const remember = (password: unknown) => {
    if (password === null) keeper.keep(library, null);
    else if (typeof password === 'string') keeper.keep(library, password);
  };
  // A join's password is kept once the join is done (a wrong one is not remembered).
  const joining = new Map<string, string>();
  core.onEvent((event) => {
    if (event.type !== 'job' || event.state === 'running' || !joining.has(event.id)) return;
    if (event.state === 'done') remember(joining.get(event.id));
    joining.delete(event.id);
  });
  const call = async (method: string, input: unknown): Promise<Result<unknown>> => {
    const result = await core.call(method, input);
    if (!result.ok) return result;
    const given = input as { job?: unknown; input?: { password?: unknown }; password?: unknown } | null;
    if (method === 'team.unlock') remember(given?.password);
    const started = result.value as { id?: unknown } | null;
    if (method === 'jobs.start' && given?.job === 'team.join' && typeof given.input?.password === 'string' && typeof started?.id === 'string') {
      joining.set(started.id, given.input.password);
    }
    return result;
  };
  return {
    call,
    // The browser host relays bodies as bytes: the two calls that may carry a password are read here (a job's start
    // only while small: the files of an import are never parsed on this thread).
    callJson: (method, body) => ((method === 'team.unlock' || method === 'jobs.start') && body.byteLength <= MAX_READ
      ? answerJson(body, (input) => call(method, input))
      : core.callJson(method, body)),
    onEvent: (listener) => core.onEvent(listener),
    close: () => core.close(),
  };
}

/** The browser host's keeper: in this process's memory, for as long as it serves. */
export function memoryPasswordKeeper(): PasswordKeeper {
  const passwords = new Map<string, string>();
  return {
    recall: (library) => passwords.get(library) ?? null,
    keep: (library, password) => void (password === null ? passwords.delete(library) : passwords.set(library, password)),
  };
}
