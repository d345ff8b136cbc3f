import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../app/cli/apostille.mjs', import.meta.url));
export const SAMPLES = fileURLToPath(new URL('../../assets/samples', import.meta.url));
export const SAMPLE_FILES = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => join(SAMPLES, f));

/** Runs the CLI as a user would (a process of its own, English messages unless `env` says otherwise). */
export function apostille(args: string[], env: Record<string, string> = {}) {
  // A command that hangs (waiting on a pipe, say) fails its test instead of stalling the run.
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'en_GB.UTF-8', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
