import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHttpHost } from '../../host/index.ts';
import { createHandlers, openLibrary } from '../../library/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import type { Command, CommandContext } from './index.ts';
import { libraryDir } from './library.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RENDERER_DIR = join(ROOT, 'out', 'renderer');

export const serveCommand: Command = {
  summary: 'serve the app to a browser on 127.0.0.1 (random port and per-run token)',
  usage: `Usage: apostille serve [--port N]

Prints the address to open. Only this machine can connect, and only with the printed token.`,
  options: { port: { type: 'string' } },
  run: (context) => serve(context, 'serving'),
};

export const startCommand: Command = {
  summary: 'open the desktop app; where Electron is not available, serve it to the browser instead',
  usage: 'Usage: apostille start',
  options: { port: { type: 'string' } },
  run(context) {
    const electron = electronBinary();
    if (!electron) return serve(context, 'noElectron');
    const env = { ...process.env };
    if (typeof context.options.library === 'string') env.APOSTILLE_LIBRARY = context.options.library;
    const child = spawn(electron, [ROOT], { stdio: 'inherit', env });
    return new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? EXIT.failure)));
  },
};

async function serve(context: CommandContext, announce: 'serving' | 'noElectron'): Promise<number> {
  const port = Number(context.options.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a number from 0 to 65535');
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error(message(context.language, 'notBuilt'));
    return EXIT.failure;
  }
  const library = openLibrary(libraryDir(context), { seedSamples: true });
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const host = await startHttpHost({ handlers: createHandlers(library, { version }), staticDir: RENDERER_DIR, port });
  if (context.json) console.log(JSON.stringify({ url: host.url, origin: host.origin, library: library.dir }));
  else console.log(`${message(context.language, announce, { url: host.url })}\n${message(context.language, 'stop')}`);
  return new Promise<number>((resolve) => {
    const stop = () => void host.close().then(() => (library.close(), resolve(EXIT.ok)));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** The Electron executable, if its runtime is installed (it is not on an offline machine: npm cannot fetch it). */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const pathFile = join(dir, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
    const binary = override ? join(override, relative) : join(dir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
