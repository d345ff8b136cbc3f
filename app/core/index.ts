export { openCore, type Core, type CoreOptions, type CoreRole } from './core.ts';
export { startCoreWorkers, type WorkerCoreOptions } from './workers.ts';
export { dispatch, type Handlers } from './dispatch.ts';
export { runJob, type JobOutcome } from '../contract/shared/run-job.ts';
