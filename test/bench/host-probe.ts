// The client side of the host bench, in a process of its own so that the host's thread does only the host's work:
// calls `app.info` every 20 ms and times each answer — idle for a while, or while it has the host import articles.
// Prints one JSON line: { latencies: ms[], seconds }.
import { generateSources } from './generate-articles.ts';

const [origin, token, mode, amount] = process.argv.slice(2) as [string, string, 'idle' | 'import', string];
const headers = { 'content-type': 'application/json', 'x-apostille-token': token };
const call = async (method: string, input: unknown) => {
  const response = await fetch(`${origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
  return (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const latencies: number[] = [];
const probe = async () => {
  const started = performance.now();
  const info = await call('app.info', {});
  latencies.push(performance.now() - started);
  if (!info.ok) throw new Error(JSON.stringify(info.error));
  return (info.value as { documentCount: number }).documentCount;
};

const started = performance.now();
if (mode === 'idle') {
  while (performance.now() - started < Number(amount) * 1000) {
    await probe();
    await pause(20);
  }
} else {
  const count = Number(amount);
  const before = await probe();
  // The files as the page sends them (base64), prepared before anything is timed; two jobs of at most 5,000 files.
  const batches: { name: string; base64: string }[][] = [];
  for (let from = 0; from < count; from += 5000) {
    batches.push(generateSources(from, Math.min(5000, count - from)).map((s) => ({ name: s.name, base64: Buffer.from(s.read()).toString('base64') })));
  }
  latencies.length = 0;
  // Tells the host process its thread is watched from now on (generating the files above was not the host's work).
  process.stdout.write('started\n');
  const importStarted = performance.now();
  for (const files of batches) {
    const job = await call('jobs.start', { job: 'documents.import', input: { files } });
    if (!job.ok) throw new Error(JSON.stringify(job.error));
  }
  while ((await probe()) < before + count) await pause(20);
  process.stdout.write(`${JSON.stringify({ latencies, seconds: (performance.now() - importStarted) / 1000 })}\n`);
  process.exit(0);
}
process.stdout.write(`${JSON.stringify({ latencies, seconds: (performance.now() - started) / 1000 })}\n`);
