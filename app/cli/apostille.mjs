#!/usr/bin/env node
// Launcher for the `apostille` command. The CLI is TypeScript run by Node 24's type stripping; when the `node` on the
// PATH is older (a global install on a machine with another Node), re-run it with the Node 24 this package pins.
import { spawnSync } from 'node:child_process';
import module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./main.ts', import.meta.url));
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  // Compiled code (and stripped TypeScript) is kept on disk between runs: the CLI starts in a fraction of the time.
  module.enableCompileCache?.();
  await import(entry);
} else {
  let node;
  try {
    node = createRequire(import.meta.url).resolve('node/bin/node');
  } catch {
    console.error(`apostille needs Node.js 24 or newer (this is ${process.version}); run "npm install" in its folder first.`);
    process.exit(1);
  }
  const result = spawnSync(node, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
