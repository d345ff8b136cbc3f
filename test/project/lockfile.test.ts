import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JS tool without types, run by Node on its own in CI
import { missingPlatformPackages } from '../../.ci/fix-lockfile.mjs';

const lock = JSON.parse(readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url)), 'utf8')) as { packages: Record<string, unknown> };

describe('package-lock.json', () => {
  it('lists every platform package, so that npm ci accepts it (run `node .ci/fix-lockfile.mjs` after npm install)', () => {
    expect(Object.keys(missingPlatformPackages(lock) as Record<string, unknown>)).toEqual([]);
  });
});
