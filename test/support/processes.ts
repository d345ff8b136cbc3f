import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url));

/** A child process whose stdout is gathered line by line (a last line not yet ended is not counted). */
export interface Watched {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
  /** Resolves once a line matching `pattern` has been printed (or the process has ended). */
  waitFor(pattern: RegExp): Promise<void>;
}

export function watch(command: string, args: string[]): Watched {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve(): void }[] = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(line))) waiter.resolve();
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    if (code !== 0 && code !== null && stderr) process.stderr.write(stderr);
    for (const waiter of waiters) waiter.resolve();
    resolve(code);
  }));
  return {
    child, lines, exited,
    waitFor: (pattern) => new Promise((resolve) => {
      if (lines.some((line) => pattern.test(line)) || child.exitCode !== null) return resolve();
      waiters.push({ pattern, resolve });
    }),
  };
}

/** What the writers acknowledged: `ok kind id` lines. */
export function acknowledged(lines: readonly string[]): { kind: string; id: string }[] {
  return lines.flatMap((line) => {
    const match = /^ok (\w+) (\S+)$/.exec(line);
    return match ? [{ kind: match[1]!, id: match[2]! }] : [];
  });
}
