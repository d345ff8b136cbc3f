import type { AppErrorShape, Result } from '../errors.ts';
import type { HostEvent } from '../events.ts';
import type { JobInput, JobName, JobProgress, JobResult } from '../jobs.ts';

/** Anything that carries calls to the core and its events back: the core itself, a host's transport, the page's. */
export interface JobCarrier {
  call(method: 'jobs.start' | 'jobs.cancel', input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: HostEvent) => void): () => void;
}

export interface JobOutcome<J extends JobName> {
  state: 'done' | 'failed' | 'cancelled';
  /** Done: the result; cancelled: what was done and kept before it stopped, when the job says. */
  result?: JobResult<J>;
  error?: AppErrorShape;
}

export interface RunningJob<J extends JobName> {
  id: string;
  outcome: Promise<JobOutcome<J>>;
  cancel(): Promise<void>;
}

/**
 * Starts a job and follows it to its end. The job is named here, before it starts, so that no event of it can come
 * before its id is known; progress goes to `onProgress` as the job's contract declares it.
 */
export function runJob<J extends JobName>(carrier: JobCarrier, job: J, input: JobInput<J>, onProgress?: (progress: JobProgress<J>) => void): RunningJob<J> {
  const id = globalThis.crypto.randomUUID();
  let stop = () => {};
  const outcome = new Promise<JobOutcome<J>>((resolve) => {
    stop = carrier.onEvent((event) => {
      if (event.type !== 'job' || event.id !== id) return;
      if (event.state === 'running') {
        if (event.progress !== undefined) onProgress?.(event.progress as JobProgress<J>);
        return;
      }
      stop();
      resolve({ state: event.state, ...(event.result !== undefined && { result: event.result as JobResult<J> }), ...(event.error && { error: event.error }) });
    });
    void carrier.call('jobs.start', { job, input, id }).then((started) => {
      if (started.ok) return;
      stop();
      resolve({ state: 'failed', error: started.error });
    });
  });
  return {
    id,
    outcome,
    cancel: async () => {
      await carrier.call('jobs.cancel', { id });
    },
  };
}
