import { Worker } from 'node:worker_threads';
import { accessOf, isMethodName } from '../contract/api.ts';
import { AppError, type AppErrorShape, type Result } from '../contract/errors.ts';
import type { HostEvent } from '../contract/events.ts';
import type { JobEvent } from '../contract/jobs.ts';
import { runJob } from '../contract/shared/run-job.ts';
import { withWayBack } from '../library/library.ts';
import { settingsHandlers, type SettingsStore } from '../settings/index.ts';
import { adoptLegacyColorLabels, answerJson, type Core, type CoreOptions, type CoreRole } from './core.ts';
import { dispatch } from './dispatch.ts';
import type { ToHost, ToWorker } from './worker-messages.ts';

export interface WorkerCoreOptions extends Omit<CoreOptions, 'role' | 'settings'> {
  settings: SettingsStore;
  /** The worker module: the TypeScript source when run by Node, the bundled file in the desktop app. */
  workerFile?: string | URL;
}

type Lane = Exclude<CoreRole, 'all'>;

interface LaneWorker {
  call(message: Omit<Extract<ToWorker, { type: 'call' }>, 'seq'>): Promise<Result<unknown>>;
  json(method: string, body: Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
}

const encoder = new TextEncoder();

/**
 * The core off the thread people wait on: four worker threads, each with its own connection to the library. `write`
 * opens first (it creates and migrates the library); then `read` answers every read, even while a write or a job runs
 * (WAL: readers never wait for the writer), `compute` takes the reads that work hard (suggestions), so they never
 * hold up the others, `write` takes the short writes in turn, and `job` runs long work (imports, passes over the
 * library, exports, backups) in short transactions. This thread only relays messages:
 * bodies travel as bytes, parsed and serialised in the workers. This machine's settings are answered here.
 */
export async function startCoreWorkers(options: WorkerCoreOptions): Promise<Core> {
  const { settings, workerFile = new URL('./worker.ts', import.meta.url), ...coreOptions } = options;
  const listeners = new Set<(event: HostEvent) => void>();
  const emit = (event: HostEvent) => listeners.forEach((listener) => listener(event));
  // A worker that dies (it should not) is started again in its place; the calls it held were answered with an error.
  let closed = false;
  const spawn = (role: Lane): Promise<LaneWorker> => startLane(workerFile, { ...coreOptions, role }, emit, () => {
    if (!closed) void spawn(role).then((lane) => (lanes[role] = lane), () => {});
  });
  const lanes: Partial<Record<Lane, LaneWorker>> = { write: await spawn('write') };
  try {
    [lanes.read, lanes.compute, lanes.job] = await Promise.all([spawn('read'), spawn('compute'), spawn('job')]);
  } catch (error) {
    await Promise.all(Object.values(lanes).map((lane) => lane.close()));
    throw error;
  }
  const local = settingsHandlers(settings);
  const laneOf = (method: string): Lane | 'host' | undefined => (isMethodName(method) ? accessOf(method) : undefined);

  const core: Core = {
    call(method, input) {
      const lane = laneOf(method);
      if (lane === undefined || lane === 'host') return dispatch(local, method, input);
      return lanes[lane]!.call({ type: 'call', method, input });
    },
    callJson(method, body) {
      const lane = laneOf(method);
      if (lane !== undefined && lane !== 'host') return lanes[lane]!.json(method, body);
      return answerJson(body, (input) => dispatch(local, method, input));
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      await Promise.all(Object.values(lanes).map((lane) => lane.close()));
    },
  };
  await adoptLegacyColorLabels(core, settings);
  checkAtStart(core, coreOptions.dir, emit);
  return core;
}

/**
 * At each start: SQLite's quick check of the library, then, when the newest backup is over a day old, a backup —
 * both as jobs, so nothing waits for them. A damaged library is reported with the way back, and not backed up (a copy
 * of it would push a good backup out).
 */
function checkAtStart(core: Core, dir: string, emit: (event: HostEvent) => void): void {
  void runJob(core, 'library.check', { quick: true }).outcome.then(async ({ state, result, error }) => {
    if (state === 'failed' || (result && !result.ok)) {
      const problem = error ?? { code: 'library_damaged' as const, message: result?.problems[0] ?? 'damaged' };
      emit({ type: 'error', error: withWayBack(new AppError(problem.code, problem.message, problem.details), dir).toJSON() });
      return;
    }
    const { backupDue } = await import('../backup/backups.ts');
    if (backupDue(dir)) runJob(core, 'backups.create', { reason: 'daily' });
  });
}

function startLane(file: string | URL, data: CoreOptions, emit: (event: HostEvent) => void, onDeath: () => void): Promise<LaneWorker> {
  const worker = new Worker(file, { workerData: data, name: `apostille-${data.role}` });
  let seq = 0;
  const pending = new Map<number, (message: Extract<ToHost, { type: 'result' | 'json' }>) => void>();
  let closing: (() => void) | undefined;
  let dead = false;
  const internal = (message: string): AppErrorShape => ({ code: 'internal', message });
  return new Promise((resolve, reject) => {
    worker.on('message', (message: ToHost) => {
      switch (message.type) {
        case 'ready':
          return resolve(lane);
        case 'failed':
          void worker.terminate();
          return reject(new AppError(message.error.code, message.error.message, message.error.details));
        case 'event':
          return emit(message.event as JobEvent);
        case 'closed':
          void worker.terminate().then(() => closing?.());
          return;
        default: {
          const answer = pending.get(message.seq);
          pending.delete(message.seq);
          answer?.(message);
        }
      }
    });
    // A worker that dies answers what it was asked with an error; the library stays as its last transaction left it.
    const fail = (error: Error) => {
      reject(error);
      dead = true;
      for (const answer of pending.values()) answer({ type: 'result', seq: -1, result: { ok: false, error: internal(error.message) } });
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (closing) return closing();
      fail(new Error(`the core's ${data.role} worker stopped (exit code ${code})`));
      onDeath();
    });
    type Request = Omit<Extract<ToWorker, { type: 'call' }>, 'seq'> | Omit<Extract<ToWorker, { type: 'json' }>, 'seq'>;
    const send = <T>(message: Request, transfer: ArrayBuffer[], read: (answer: Extract<ToHost, { type: 'result' | 'json' }>) => T) =>
      new Promise<T>((done) => {
        if (dead) return done(read({ type: 'result', seq: -1, result: { ok: false, error: internal(`the core's ${data.role} worker stopped`) } }));
        const id = ++seq;
        pending.set(id, (answer) => done(read(answer)));
        worker.postMessage({ ...message, seq: id }, transfer);
      });
    const lane: LaneWorker = {
      call: (message) => send(message, [], (answer) => (answer.type === 'result' ? answer.result : { ok: false, error: internal('unexpected answer') })),
      json(method, body) {
        // Moved to the worker, not copied, when the bytes fill a buffer of their own (a small body shares Node's
        // pool, which cannot be moved: it is copied).
        const whole = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
        const buffer = (whole ? body.buffer : new Uint8Array(body).buffer) as ArrayBuffer;
        return send({ type: 'json', method, body: buffer }, [buffer], (answer) =>
          answer.type === 'json' ? new Uint8Array(answer.body) : encoder.encode(JSON.stringify(answer.result)));
      },
      close: () => new Promise<void>((done) => {
        closing = done;
        worker.postMessage({ type: 'close' } satisfies ToWorker);
      }),
    };
  });
}
