// Runs the Playwright suites. The web suite needs a Chromium: Debian's (/usr/bin/chromium) or one named in
// APOSTILLE_CHROMIUM. Without one the suite is skipped with a reason, except under CI=true, where that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.APOSTILLE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
const chromium = candidates.find((path) => existsSync(path));

if (!chromium) {
  const reason = `no Chromium found (looked for ${candidates.join(', ')}); install it with "apt-get install -y chromium" or set APOSTILLE_CHROMIUM`;
  if (process.env.CI === 'true') {
    console.error(`e2e: FAILED: ${reason}`);
    process.exit(1);
  }
  console.log(`e2e: SKIPPED: ${reason}`);
  process.exit(0);
}

console.log(`e2e: using ${chromium}`);
const result = spawnSync('playwright', ['test', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, APOSTILLE_CHROMIUM: chromium } });
process.exit(result.status ?? 1);
