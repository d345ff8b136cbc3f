import { basename } from 'node:path';
import { AppError, type JobInput, type JobName, type JobProgress } from '../contract/index.ts';
import { runJob, type JobOutcome } from '../contract/shared/run-job.ts';
import type { CommandContext } from './context.ts';
import { message } from './messages.ts';
import { clean } from './terminal.ts';

/**
 * Runs a job of the core and waits for its end. On a terminal, its progress shows on one line of stderr; Ctrl+C asks
 * it to stop (what it had done is kept and reported), and a second Ctrl+C quits at once. A failed job throws its
 * error; a cancelled one comes back as such, with what it did.
 */
export async function runCliJob<J extends JobName>(context: CommandContext, job: J, input: JobInput<J>): Promise<JobOutcome<J>> {
  const core = await context.core();
  const tty = !context.json && process.stderr.isTTY;
  let shown = false;
  const running = runJob(core, job, input, (progress: JobProgress<J>) => {
    if (!tty) return;
    const p = progress as { done?: number; total?: number; file?: string; phase?: string; rows?: number };
    const file = p.file ? ` ${clean(basename(p.file)).slice(0, 40).padEnd(40)}` : '';
    const line = p.phase !== undefined ? message(context.language, 'teamProgress', { phase: p.phase, rows: p.rows ?? 0 })
      : message(context.language, 'progress', { done: p.done ?? 0, total: p.total ?? 0 });
    process.stderr.write(`\r${line}${file}`);
    shown = true;
  });
  const stop = () => {
    if (shown) process.stderr.write('\n');
    process.stderr.write(`${message(context.language, 'stopping')}\n`);
    void running.cancel();
  };
  process.once('SIGINT', stop);
  const outcome = await running.outcome;
  process.off('SIGINT', stop);
  if (shown) process.stderr.write('\n');
  if (outcome.state === 'failed') {
    const error = outcome.error!;
    throw new AppError(error.code, error.message, error.details);
  }
  return outcome;
}
