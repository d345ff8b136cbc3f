// Another program writing to a library in a loop (`node test/support/loop-writer.ts FILE`): each transaction adds an
// article `w-N` and sets the library setting `written` to N, so that any consistent copy has exactly `written`
// such articles. Prints `ok N` after each commit; stops when its stdin closes.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openDatabase, transaction } from '../../app/store/database.ts';

export interface LoopWriter {
  /** Resolves once the writer has committed `count` transactions in all. */
  written(count: number): Promise<void>;
  /** Stops it; resolves with the number of transactions it committed. */
  stop(): Promise<number>;
}

export function startLoopWriter(file: string): LoopWriter {
  const child: ChildProcess = spawn(process.execPath, [fileURLToPath(import.meta.url), file], { stdio: ['pipe', 'pipe', 'inherit'] });
  let committed = 0;
  const waiting: { count: number; resolve(): void }[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    for (const match of chunk.matchAll(/^ok (\d+)$/gm)) committed = Math.max(committed, Number(match[1]));
    for (const w of waiting.filter((w) => committed >= w.count)) w.resolve();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    waiting.forEach((w) => w.resolve());
    resolve();
  }));
  return {
    written: (count) => new Promise((resolve) => (committed >= count || child.exitCode !== null ? resolve() : waiting.push({ count, resolve }))),
    async stop() {
      child.stdin!.end();
      await exited;
      return committed;
    },
  };
}

/** The loop itself, when this file is run. */
async function writeInLoop(file: string): Promise<void> {
  const db = openDatabase(file);
  let open = true;
  process.stdin.on('end', () => (open = false)).resume();
  const insert = db.prepare(`INSERT INTO documents (id, title, format, imported_at, word_count, text, blocks)
    VALUES (?, ?, 'text', '2024-01-01', 3, ?, '[]')`);
  const setting = db.prepare(`INSERT INTO library_settings (key, value, id, created, modified) VALUES ('written', ?, 'written', '', '')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  for (let n = 1; open; n++) {
    transaction(db, () => {
      insert.run(`w-${n}`, `Écrit ${n}`, `Texte écrit numéro ${n}`);
      setting.run(String(n));
    });
    process.stdout.write(`ok ${n}\n`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  db.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeInLoop(process.argv[2]!);
