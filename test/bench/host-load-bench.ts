/**
 * The host under load: while the browser host imports 10,000 articles (sent as a page sends them, in import jobs), a
 * second process asks it `app.info` every 20 ms. Figures: that call's latency (p50, p99) and this thread's event-loop
 * delay (the host's thread: it only relays to the core's workers), beside the same figures idle.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serveLibrary } from './host.ts';

const PROBE = fileURLToPath(new URL('./host-probe.ts', import.meta.url));
export const TARGET_INFO_P99_MS = 50;
export const TARGET_LOOP_P99_MS = 20;
const IDLE_SECONDS = 5;
const SETTLE_MS = 6000;

export interface LoadPhase {
  calls: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  loopP99Ms: number;
  loopMaxMs: number;
  seconds: number;
}

export interface HostLoadFigures {
  articles: number;
  idle: LoadPhase;
  importing: LoadPhase;
  articlesPerSecond: number;
}

const percentile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function phase(origin: string, token: string, mode: 'idle' | 'import', amount: number): Promise<LoadPhase> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const child = spawn(process.execPath, [PROBE, origin, token, mode, String(amount)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith('started\n')) delay.enable();
  });
  if (mode === 'idle') delay.enable();
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  delay.disable();
  if (code !== 0) throw new Error(`the host probe failed (exit ${code})`);
  const { latencies, seconds } = JSON.parse(out.trim().split('\n').at(-1)!) as { latencies: number[]; seconds: number };
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    calls: sorted.length, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), maxMs: sorted.at(-1)!,
    loopP99Ms: delay.percentile(99) / 1e6, loopMaxMs: delay.max / 1e6, seconds,
  };
}

export async function measureHostLoad(dir: string, articles = 10_000): Promise<HostLoadFigures> {
  const host = await serveLibrary(dir);
  try {
    // Idle means after start-up: its quick check, its first backup and the warming of the suggesters are done.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const idle = await phase(host.origin, host.token, 'idle', IDLE_SECONDS);
    const importing = await phase(host.origin, host.token, 'import', articles);
    return { articles, idle, importing, articlesPerSecond: articles / importing.seconds };
  } finally {
    await host.close();
  }
}

// `node test/bench/host-load-bench.ts DIR COUNT`: the bench alone, in a fresh process (the host's own); JSON on stdout.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureHostLoad(process.argv[2]!, Number(process.argv[3] ?? 10_000))));
}
