import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorShape, TeamStatusOutput } from '../../../app/contract/index.ts';
import { client, toErrorShape } from '../../api/client.ts';
import { inNewLibrary } from '../libraries/switching.ts';

/** How often the page looks for changes made here (the outbox), and syncs whatever happened. */
const LOOK_EVERY_MS = 3000;
const SYNC_EVERY_MS = 5 * 60_000;
/** A change made here waits this long for the next ones, so that typing a note syncs once. */
const AFTER_CHANGE_MS = 2000;
/** After the connection to the team is lost, it is tried again after this long. */
const RETRY_MS = 30_000;

export interface Team {
  /** undefined: not known yet; null: a private library. */
  status: TeamStatus | null | undefined;
  syncing: boolean;
  /** The last thing that went wrong with the team (unreachable, wrong password…), until a sync succeeds. */
  error: AppErrorShape | null;
  syncNow(): Promise<void>;
  unlock(password: string): Promise<void>;
  /** Joins a team in a new library named so (the one open stays as it is); the page then starts again on it. */
  join(address: string, password: string, libraryName: string): Promise<void>;
}

export type TeamStatus = TeamStatusOutput;

/**
 * Keeps a team library in step while the page is open: syncs after a change here (2 s after the last), when the team
 * announces one (the core listens with PostgreSQL's LISTEN), every 5 minutes, and when asked; `onChanged` is called when
 * rows came in, so that what is shown is read again.
 */
export function useTeam(onChanged: () => void): Team {
  const [status, setStatus] = useState<TeamStatus | null | undefined>(undefined);
  const [syncing, setSyncing] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const changed = useRef(onChanged);
  changed.current = onChanged;
  // While a join runs in a new library, the calls reach that library: this page's look and sync leave it alone.
  const joining = useRef(false);

  const look = useCallback(async () => {
    if (joining.current) return undefined;
    const next = await client.call('team.status', {}).catch(() => undefined);
    if (next !== undefined) setStatus(next);
    return next;
  }, []);

  const sync = useCallback((): Promise<void> => {
    if (joining.current) return Promise.resolve();
    if (running.current) {
      again.current = true;
      return running.current;
    }
    setSyncing(true);
    running.current = (async () => {
      do {
        again.current = false;
        const outcome = await (await client.runJob('team.sync', {})).outcome;
        if (outcome.state === 'done') {
          setError(null);
          const { pushed, pulled } = outcome.result!;
          if (pulled.rows > 0 || pushed.conflicts > 0 || pushed.refused.length > 0) changed.current();
        } else if (outcome.state === 'failed') {
          setError(outcome.error ?? null);
        }
      } while (again.current);
    })().catch((e: unknown) => setError(toErrorShape(e))).finally(() => {
      running.current = null;
      setSyncing(false);
      void look();
    });
    return running.current;
  }, [look]);

  const syncSoon = useCallback((wait: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void sync(), wait);
  }, [sync]);

  const linked = status ? status.address : null;
  // While the page is open and the library follows a team: listen for the team's changes; look for this one's.
  useEffect(() => {
    if (!linked) return;
    let stopped = false;
    let listening: { cancel(): Promise<void> } | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const listen = async () => {
      // One listener per library: one left by a page closed earlier (the browser host's core outlives its pages) goes.
      const earlier = await client.call('jobs.list', {}).catch(() => []);
      for (const j of earlier) if (j.job === 'team.listen') await client.call('jobs.cancel', { id: j.id }).catch(() => undefined);
      if (stopped) return;
      const job = await client.runJob('team.listen', {}, () => syncSoon(100));
      listening = job;
      const outcome = await job.outcome;
      if (stopped || outcome.state !== 'failed') return; // cancelled: a newer page of this library listens instead
      setError(outcome.error ?? null);
      retry = setTimeout(() => void listen(), RETRY_MS);
    };
    void sync().then(() => !stopped && void listen());
    const lookAround = setInterval(() => void look().then((s) => s && s.pending > 0 && syncSoon(AFTER_CHANGE_MS)), LOOK_EVERY_MS);
    const regularly = setInterval(() => void sync(), SYNC_EVERY_MS);
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(lookAround);
      clearInterval(regularly);
      clearTimeout(timer.current);
      void listening?.cancel();
    };
  }, [linked, look, sync, syncSoon]);

  useEffect(() => void look(), [look]);

  const unlock = useCallback(async (password: string) => {
    await client.call('team.unlock', { password });
    setError(null);
    await sync();
  }, [sync]);

  const join = useCallback(async (address: string, password: string, libraryName: string) => {
    joining.current = true;
    try {
      await inNewLibrary(libraryName, async () => {
        const outcome = await (await client.runJob('team.join', { address, password })).outcome;
        if (outcome.state !== 'done') throw outcome.error ?? { code: 'internal', message: outcome.state };
      });
    } finally {
      joining.current = false;
    }
  }, []);

  return { status, syncing, error, syncNow: sync, unlock, join };
}
