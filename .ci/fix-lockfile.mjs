// This workplace's npm registry mirror lacks some platforms' builds of packages with native parts (rollup's
// @rollup/rollup-darwin-arm64 and others answer 404), so `npm install` leaves them out of package-lock.json and
// `npm ci` then refuses the lock file. This adds each missing optional platform package back as an entry that names
// its os/cpu/libc: npm skips it on every other platform without fetching it, and fetches it normally where it applies.
// Run it after any `npm install` that changes the lock file: `node .ci/fix-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = /(android|darwin|freebsd|linux|openbsd|openharmony|netbsd|sunos|aix|win32)-(arm64|arm|x64|ia32|loong64|ppc64|riscv64|s390x|mips64el|wasm32)/;

export function missingPlatformPackages(lock) {
  const missing = {};
  for (const [path, meta] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
      const key = `${path ? `${path}/` : ''}node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      const match = PLATFORM.exec(name);
      if (!lock.packages[key] && !lock.packages[hoisted] && match) {
        const entry = { version, dev: meta.dev, optional: true, os: [match[1]], cpu: [match[2]] };
        if (/musl/.test(name)) entry.libc = ['musl'];
        else if (/gnu/.test(name)) entry.libc = ['glibc'];
        if (!entry.dev) delete entry.dev;
        missing[hoisted] = entry;
      }
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const missing = missingPlatformPackages(lock);
  Object.assign(lock.packages, missing);
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`fix-lockfile: ${Object.keys(missing).length} platform packages added`);
}
