import { accessOf, isMethodName, type Access, type MethodName } from '../contract/api.ts';
import { AppError, type Result } from '../contract/errors.ts';
import type { HostEvent } from '../contract/events.ts';
import { openLibrary, withWayBack } from '../library/library.ts';
import { BUSY_TIMEOUT_MS, nextWait } from '../store/database.ts';
import type { SettingsStore } from '../settings/index.ts';
import { settingsHandlers } from '../settings/index.ts';
import { dispatch, type Handlers } from './dispatch.ts';
import { createHandlers } from './handlers.ts';
import { createJobHandlers } from './job-handlers.ts';
import { createJobRunner, type JobHandlers } from './job-runner.ts';
import { load } from './lazy.ts';

/** What every front end holds: calls in, events out. In-process (the CLI) or relayed to workers (the two hosts). */
export interface Core {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** The same call with its input and answer as JSON bytes, so a host relays an HTTP body without reading it. */
  callJson(method: string, body: Uint8Array): Promise<Uint8Array>;
  onEvent(listener: (event: HostEvent) => void): () => void;
  close(): Promise<void>;
}

/** Which methods a core serves: all of them (in-process), or one lane of the workers (see workers.ts). */
export type CoreRole = 'all' | Exclude<Access, 'host'>;

export interface CoreOptions {
  dir: string;
  version: string;
  samplesDir?: string;
  /** Jobs may read and write paths on this machine (see JobOptions.allowPaths). */
  allowPaths: boolean;
  /** This machine's preferences, for the `settings.*` methods (the host's own). */
  settings?: SettingsStore;
  role?: CoreRole;
  /** Import the sample articles when this opening creates the library (the apps' first run; never the CLI's). */
  seedSamples?: boolean;
}

const WARM_UP_DELAY_MS = 2000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Opens the library and serves the contract over it in this thread. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const role = options.role ?? 'all';
  const library = openLibrary(options.dir, { readOnly: role === 'read' || role === 'compute' });
  const context = { library, version: options.version, samplesDir: options.samplesDir, allowPaths: options.allowPaths };
  const listeners = new Set<(event: HostEvent) => void>();
  const emit = (event: HostEvent) => listeners.forEach((listener) => listener(event));
  const runner = role === 'all' || role === 'job'
    ? createJobRunner(createJobHandlers(context) as unknown as JobHandlers, emit)
    : undefined;
  const all: Partial<Handlers> = {
    ...createHandlers(context),
    ...(runner && { 'jobs.start': runner['jobs.start'], 'jobs.cancel': runner['jobs.cancel'], 'jobs.list': runner['jobs.list'] }),
    ...(options.settings && settingsHandlers(options.settings)),
  };
  const handlers = role === 'all' ? all : Object.fromEntries(Object.entries(all).filter(([method]) => accessOf(method as MethodName) === role));

  if (library.created && options.seedSamples && (role === 'all' || role === 'write')) {
    await (await load.samples()).loadSamples(library.db, options.samplesDir);
  }

  // The computing reader loads its heavy lists (recognisers, places, first names) while nobody waits on it yet.
  if (role === 'compute') setTimeout(() => void load.mentions().then(({ warmUp }) => warmUp()), WARM_UP_DELAY_MS).unref();
  const answer = (method: string, input: unknown) =>
    isMethodName(method) && accessOf(method) === 'write' ? whileBusy(() => dispatch(handlers, method, input)) : dispatch(handlers, method, input);
  // Damage found by a query (a bad page, not the header) is reported like damage found at opening: with the way back.
  const call = async (method: string, input: unknown): Promise<Result<unknown>> => {
    const result = await answer(method, input);
    if (result.ok) return result;
    const { code, message, details } = result.error;
    return { ok: false, error: withWayBack(new AppError(code, message, details), library.dir, library.file).toJSON() };
  };
  const core: Core = {
    call,
    callJson: (method, body) => answerJson(body, (input) => call(method, input)),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      await runner?.stopAll();
      library.close();
    },
  };
  if (role === 'all' && options.settings) await adoptLegacyColorLabels(core, options.settings);
  return core;
}

/**
 * Colour labels an earlier version kept in this machine's settings move into the library, unless it has its own;
 * they leave the settings only once the library holds them.
 */
export async function adoptLegacyColorLabels(core: Pick<Core, 'call'>, settings: SettingsStore): Promise<void> {
  const legacy = settings.legacyColorLabels();
  if (!legacy) return;
  const current = await core.call('library.settings', {});
  if (!current.ok) return;
  if (Object.keys((current.value as { colorLabels: object }).colorLabels).length === 0) {
    const saved = await core.call('library.updateSettings', { colorLabels: legacy });
    if (!saved.ok) return;
  }
  settings.set({});
}

/**
 * A write refused because another writer held the library is tried again, every few milliseconds, until
 * BUSY_TIMEOUT_MS: only then is it reported as library_locked. (A refused write wrote nothing: SQLite takes the write
 * lock before the first change, and every handler with more than one change makes them in one transaction.)
 */
async function whileBusy(attempt: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let wait = 1; ; wait = nextWait(wait)) {
    const result = await attempt();
    if (result.ok || result.error.code !== 'library_locked' || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** A call whose input and answer are JSON bytes: a body that is not JSON is refused like any malformed input. */
export async function answerJson(body: Uint8Array, call: (input: unknown) => Promise<Result<unknown>>): Promise<Uint8Array> {
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(decoder.decode(body));
  } catch (error) {
    const message = (error as Error).message;
    return encoder.encode(JSON.stringify({ ok: false, error: new AppError('invalid_request', message, { issue: message }).toJSON() }));
  }
  return encoder.encode(JSON.stringify(await call(input)));
}
