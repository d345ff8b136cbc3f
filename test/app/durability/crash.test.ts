import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../app/library/index.ts';
import { mulberry32 } from '../../bench/prng.ts';
import { acknowledged, watch, WRITER } from '../../support/processes.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();
// At least 20 kills, as CI runs it; more with APOSTILLE_CRASH_KILLS=200 for a longer hunt.
const KILLS = Math.max(20, Number(process.env.APOSTILLE_CRASH_KILLS ?? 20));
const SEED = Number(process.env.APOSTILLE_CRASH_SEED ?? Date.now() % 100_000);

describe('a writer killed at random moments', () => {
  it(`loses no acknowledged write, and leaves a sound library (${KILLS} kills, seed ${SEED})`, { timeout: 60_000 + KILLS * 6000 }, async () => {
    console.log(`crash test: ${KILLS} kills, seed ${SEED} (APOSTILLE_CRASH_SEED=${SEED} replays it)`);
    const dir = tempDir();
    const rng = mulberry32(SEED);
    const written: { kind: string; id: string }[] = [];
    let killedMidWrite = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const writer = watch(process.execPath, [WRITER, dir, `w${kill}`]);
      // Killed once it is writing, some milliseconds later: between two writes or in the middle of one.
      await writer.waitFor(/^ok /);
      await new Promise((resolve) => setTimeout(resolve, rng.int(0, 250)));
      writer.child.kill('SIGKILL');
      const code = await writer.exited;
      if (code === null) killedMidWrite++;
      expect(writer.lines.filter((l) => l.startsWith('refused')), `writer ${kill} refused writes`).toEqual([]);
      written.push(...acknowledged(writer.lines));
    }
    expect(killedMidWrite).toBe(KILLS);

    // The library opens as ever, whole, with every write the writers were told had been made.
    const library = openLibrary(dir);
    library.close();
    const db = new DatabaseSync(join(dir, 'library.sqlite'), { readOnly: true });
    try {
      expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      const documents = new Set((db.prepare('SELECT id FROM documents').all() as { id: string }[]).map((r) => r.id));
      const annotations = new Set((db.prepare('SELECT id FROM annotations').all() as { id: string }[]).map((r) => r.id));
      const noted = new Set((db.prepare('SELECT id FROM documents WHERE note IS NOT NULL').all() as { id: string }[]).map((r) => r.id));
      const missing = written.filter(({ kind, id }) => !(kind === 'document' ? documents : kind === 'annotation' ? annotations : noted).has(id));
      expect(missing).toEqual([]);
      expect(written.length).toBeGreaterThan(KILLS);
      console.log(`crash test: ${written.length} acknowledged writes across ${KILLS} kills, all present`);
    } finally {
      db.close();
    }
  });
});
