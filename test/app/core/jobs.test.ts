import { describe, expect, it } from 'vitest';
import type { JobEvent } from '../../../app/contract/jobs.ts';
import { runJob } from '../../../app/contract/shared/run-job.ts';
import { createJobRunner, type JobHandlers } from '../../../app/core/job-runner.ts';
import { generateSources } from '../../bench/generate-articles.ts';
import { filesOf, openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

/** A runner whose every job is `work`, with the events it emits. */
function runnerWith(work: (input: never, context: Parameters<JobHandlers['documents.import']>[1]) => Promise<unknown>) {
  const events: JobEvent[] = [];
  const handlers = new Proxy({}, { get: () => work }) as JobHandlers;
  const runner = createJobRunner(handlers, (event) => events.push(event));
  return { runner, events };
}

const ended = (events: JobEvent[], id: string) => new Promise<JobEvent>((resolve) => {
  const check = () => {
    const last = events.filter((e) => e.id === id).at(-1);
    if (last && last.state !== 'running') resolve(last);
    else setTimeout(check, 5);
  };
  check();
});

describe('the job runner', () => {
  it('checks a job’s input against its contract before it starts, and starts nothing for a bad one', async () => {
    let started = 0;
    const { runner, events } = runnerWith(async () => (started++, null));
    expect(() => runner['jobs.start']({ job: 'library.check', input: { quick: 'yes' } })).toThrow(/quick/);
    expect(() => runner['jobs.start']({ job: 'documents.import', input: {} })).toThrow(/files, paths or addresses/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toBe(0);
    expect(events).toEqual([]);
  });

  it('sends progress at most every 100 ms, and always the last one before the end', async () => {
    const { runner, events } = runnerWith(async (_input, job) => {
      for (let done = 1; done <= 1000; done++) {
        job.progress({ done, total: 1000 });
        if (done % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return { groups: [] };
    });
    const { id } = runner['jobs.start']({ job: 'entities.scan', input: {} });
    const last = await ended(events, id);
    expect(last.state).toBe('done');
    const progress = events.filter((e) => e.state === 'running' && e.progress !== undefined);
    expect(progress.length).toBeLessThan(20);
    expect(progress.at(-1)!.progress).toEqual({ done: 1000, total: 1000 });
  });

  it('cancels at the next step, and the result says what was kept; a cancel of no job is job_not_found', async () => {
    const { runner, events } = runnerWith(async (_input, job) => {
      let done = 0;
      while (!job.signal.aborted && done < 1_000_000) {
        done++;
        await job.pause();
      }
      return { kept: done };
    });
    const { id } = runner['jobs.start']({ job: 'entities.scan', input: {} });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runner['jobs.list']().map((j) => j.id)).toEqual([id]);
    runner['jobs.cancel']({ id });
    const last = await ended(events, id);
    expect(last.state).toBe('cancelled');
    expect((last.result as { kept: number }).kept).toBeGreaterThan(0);
    expect((last.result as { kept: number }).kept).toBeLessThan(1_000_000);
    expect(runner['jobs.list']()).toEqual([]);
    expect(() => runner['jobs.cancel']({ id })).toThrow(expect.objectContaining({ code: 'job_not_found' }));
  });

  it('reports a job that throws as failed, in the one error shape', async () => {
    const { runner, events } = runnerWith(async () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR' });
    });
    const { id } = runner['jobs.start']({ job: 'entities.scan', input: {} });
    expect(await ended(events, id)).toMatchObject({ state: 'failed', error: { code: 'disk_full' } });
  });
});

describe('an import job through the core', () => {
  it('imports in steps with progress; cancelled part-way, it keeps and reports what it wrote', async () => {
    const { core, call, close } = await openTestCore(tempDir());
    const files = filesOf(Object.fromEntries(generateSources(0, 400).map((s, i) => [`a-${i}.txt`, s.read()])));
    const seen: number[] = [];
    const running = runJob(core, 'documents.import', { files }, (p) => {
      seen.push(p.done);
      if (p.done >= 40) void running.cancel();
    });
    const outcome = await running.outcome;
    expect(outcome.state).toBe('cancelled');
    const kept = outcome.result!.imported.length;
    expect(kept).toBeGreaterThanOrEqual(40);
    expect(kept).toBeLessThan(400);
    expect((await call('documents.list', {})).total).toBe(kept);
    expect(seen.length).toBeGreaterThan(0);
    await close();
  });
});
