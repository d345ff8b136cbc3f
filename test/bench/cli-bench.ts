/**
 * How fast the command line answers: `apostille --help` (no library code loaded) and `apostille list` on a library of
 * 10,000 articles, each a process of its own as a reader runs it; median of RUNS after one run that fills Node's
 * compile cache (as any earlier use of the command has).
 */
import { spawnSync } from 'node:child_process';
import { CLI } from '../support/cli.ts';

export const TARGET_HELP_MS = 300;
export const TARGET_LIST_MS = 500;
const RUNS = 7;

export interface CliFigures {
  helpMs: number;
  listMs: number;
  listArticles: number;
}

function time(args: string[]): number {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`apostille ${args.join(' ')} failed: ${result.stderr}`);
    if (run > 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export function measureCli(libraryDir: string, articles: number): CliFigures {
  return { helpMs: time(['--help']), listMs: time(['--library', libraryDir, 'list']), listArticles: articles };
}
