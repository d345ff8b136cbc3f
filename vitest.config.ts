import { defineConfig } from 'vitest/config';

// Unit tests of the core run in plain Node against real SQLite files on disk.
export default defineConfig({
  test: {
    include: ['test/app/**/*.test.ts', 'test/main/**/*.test.ts', 'test/renderer/**/*.test.ts', 'test/project/**/*.test.ts', 'test/eval/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
