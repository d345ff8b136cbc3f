import { api, jobs, type JobInput, type JobName, type JobResult, type MethodInput, type MethodName, type MethodOutput } from '../../app/contract/index.ts';
import { runJob, type JobOutcome } from '../../app/contract/shared/run-job.ts';
import { openCore, type Core, type CoreOptions } from '../../app/core/index.ts';
import { openLibrary } from '../../app/library/index.ts';
import { fileSettingsStore } from '../../app/settings/index.ts';
import type { Database } from '../../app/store/index.ts';
import { join } from 'node:path';

export interface TestCore {
  core: Core;
  /** A connection of the test's own to the library, that only reads: to look at what the core wrote. */
  db: Database;
  /** Calls the API as a front end would (through dispatch), failing on an error and checking the output's shape. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Runs a job to its end, failing unless it is done, and checks its result's shape. */
  job<J extends JobName>(name: J, input: JobInput<J>): Promise<JobResult<J>>;
  /** Runs a job to its end and gives its outcome as it is (done, failed or cancelled): for jobs expected to fail. */
  outcome<J extends JobName>(name: J, input: unknown): Promise<JobOutcome<J>>;
  close(): Promise<void>;
}

/** The core in this process over the library in `dir`, as the CLI opens it (settings beside the library). */
export async function openTestCore(dir: string, options: Partial<CoreOptions> = {}): Promise<TestCore> {
  const core = await openCore({ dir, version: '0.0.0-test', allowPaths: true, settings: fileSettingsStore(join(dir, 'settings.json')), ...options });
  const view = openLibrary(dir, { readOnly: true });
  return {
    core,
    db: view.db,
    async call(method, input) {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return api[method].output.parse(result.value) as never;
    },
    async job(name, input) {
      const outcome = await runJob(core, name, input).outcome;
      if (outcome.state !== 'done') throw new Error(`${name} ${outcome.state}: ${JSON.stringify(outcome.error)}`);
      return jobs[name].result.parse(outcome.result) as never;
    },
    outcome: (name, input) => runJob(core, name, input as never).outcome,
    async close() {
      view.close();
      await core.close();
    },
  };
}

/** Files as the page sends them: names and base64 bytes. */
export function filesOf(entries: Record<string, string | Uint8Array>): { name: string; base64: string }[] {
  return Object.entries(entries).map(([name, content]) => ({ name, base64: Buffer.from(content).toString('base64') }));
}
