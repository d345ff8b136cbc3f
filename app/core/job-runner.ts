import { randomUUID } from 'node:crypto';
import { AppError, toAppError } from '../contract/errors.ts';
import { jobs, type JobEvent, type JobName, type JobSummary } from '../contract/jobs.ts';

/** What a job's code gets: a signal to stop at, a way to report progress, and a pause that lets other work in. */
export interface JobContext {
  signal: AbortSignal;
  /** Progress as the job's contract declares it; sent at most every PROGRESS_INTERVAL ms (the last one always). */
  progress(progress: unknown): void;
  /** Yields to the event loop, so that messages (a cancel, other calls) are handled between two steps. */
  pause(): Promise<void>;
}

/**
 * A job's code. On cancel it stops at the next step boundary and returns what it did and kept: that is the result of
 * a cancelled job.
 */
export type JobHandler = (input: never, context: JobContext) => Promise<unknown>;
export type JobHandlers = { [J in JobName]: JobHandler };

const PROGRESS_INTERVAL = 100;

// Steps call pause() often (once per file, per article); it yields to the event loop once SLICE ms have passed since
// it last did, so messages are handled within a few milliseconds without paying a turn of the loop per step.
const SLICE = 10;
let lastYield = 0;
const pause = (): Promise<void> => {
  if (Date.now() - lastYield < SLICE) return Promise.resolve();
  return new Promise((resolve) => setImmediate(() => {
    lastYield = Date.now();
    resolve();
  }));
};
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Running {
  summary: JobSummary;
  controller: AbortController;
}

/**
 * Runs jobs: each gets an id (the caller's, or a new one), its input checked against the contract, and emits `job`
 * events — running with progress, then done, failed or cancelled. Calls for `jobs.start`, `jobs.cancel` and
 * `jobs.list` are answered here.
 */
export function createJobRunner(handlers: JobHandlers, emit: (event: JobEvent) => void) {
  const running = new Map<string, Running>();

  function start({ job, input, id = randomUUID() }: { job: JobName; input: unknown; id?: string }): { id: string } {
    if (running.has(id)) throw new AppError('invalid_request', `job ${id} exists`, { issue: `a job ${id} is already running` });
    const parsed = jobs[job].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new AppError('invalid_request', `${where}${issue?.message ?? 'invalid input'}`, { issue: `${where}${issue?.message ?? ''}` });
    }
    const controller = new AbortController();
    const summary: JobSummary = { id, job, started: new Date().toISOString() };
    running.set(id, { summary, controller });
    let last = 0;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      pending = undefined;
      last = Date.now();
      if (running.has(id)) emit({ type: 'job', id, job, state: 'running', progress: summary.progress });
    };
    const context: JobContext = {
      signal: controller.signal,
      progress(progress) {
        summary.progress = progress;
        if (pending) return;
        const wait = PROGRESS_INTERVAL - (Date.now() - last);
        if (wait <= 0) send();
        else pending = setTimeout(send, wait);
      },
      pause,
    };
    emit({ type: 'job', id, job, state: 'running' });
    // The job starts after this call has answered, so the caller has its id before the first event.
    // The last progress held back by the interval goes out before the end: a page shows where the job ended.
    const flush = () => {
      if (pending) {
        clearTimeout(pending);
        send();
      }
    };
    void nextTurn()
      .then(() => (handlers[job] as (input: unknown, context: JobContext) => Promise<unknown>)(parsed.data, context))
      .finally(flush)
      .then(
        (result) => emit({ type: 'job', id, job, state: controller.signal.aborted ? 'cancelled' : 'done', result }),
        // Work stopped part-way by a cancel may throw; it was still cancelled, not failed.
        (error: unknown) => emit(controller.signal.aborted
          ? { type: 'job', id, job, state: 'cancelled' }
          : { type: 'job', id, job, state: 'failed', error: toAppError(error).toJSON() }),
      )
      .finally(() => {
        clearTimeout(pending);
        running.delete(id);
      });
    return { id };
  }

  function cancel({ id }: { id: string }): { cancelled: boolean } {
    const job = running.get(id);
    if (!job) throw new AppError('job_not_found', `no job ${id}`, { id });
    job.controller.abort();
    return { cancelled: true };
  }

  return {
    'jobs.start': start,
    'jobs.cancel': cancel,
    'jobs.list': (): JobSummary[] => [...running.values()].map((r) => r.summary),
    /** Asks every job to stop, and resolves once none runs (closing the library waits for this). */
    async stopAll(): Promise<void> {
      for (const job of running.values()) job.controller.abort();
      while (running.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}
