import { defineConfig } from '@playwright/test';

// `npm run test:e2e` (test/e2e/run.ts) finds a Chromium and passes it in APOSTILLE_CHROMIUM.
const executablePath = process.env.APOSTILLE_CHROMIUM;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    {
      name: 'web',
      testMatch: 'web/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 1400, height: 860 },
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
        },
        trace: 'retain-on-failure',
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
