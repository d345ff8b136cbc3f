import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version, type CommandContext } from '../context.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import { print } from '../terminal.ts';
import type { Command } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RENDERER_DIR = join(ROOT, 'out', 'renderer');

export const serveCommand: Command = {
  usage: `Usage: apostille serve [--port N]

Prints the address to open. Only this machine can connect, and only with the printed token.`,
  options: { port: { type: 'string' } },
  run: (context) => serve(context, 'serving'),
};

export const startCommand: Command = {
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

/**
 * The browser host: the core in its worker threads, the page and the API on 127.0.0.1. This thread only relays; a
 * library that cannot be opened is reported (with the way back) and nothing is served.
 */
async function serve(context: CommandContext, announce: 'serving' | 'noElectron'): Promise<number> {
  const port = Number(context.options.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a number from 0 to 65535');
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error(message(context.language, 'notBuilt'));
    return EXIT.failure;
  }
  const [{ startCoreWorkers }, { startHttpHost }, { fileSettingsStore }, { startLibrarySwitcher }, { fileLibraryListStore }, { librariesHome, defaultLibraryDir }, { keepTeamPasswords, memoryPasswordKeeper }] = await Promise.all([
    import('../../core/workers.ts'), import('../../host/http-host.ts'), import('../../settings/index.ts'),
    import('../../host/library-switcher.ts'), import('../../library/library-list.ts'), import('../../library/location.ts'),
    import('../../host/team-passwords.ts'),
  ]);
  // The library named (--library, APOSTILLE_LIBRARY) opens first; the page can switch to the others this machine has.
  const home = librariesHome();
  const named = typeof context.options.library === 'string' || process.env.APOSTILLE_LIBRARY ? context.libraryDir : undefined;
  // A team password given by a page is kept in this process's memory while it serves: a team library switched away
  // from and back to syncs without asking again.
  const passwords = memoryPasswordKeeper();
  const settings = fileSettingsStore(join(context.libraryDir, 'settings.json'));
  const core = await startLibrarySwitcher({
    store: fileLibraryListStore(join(home, 'libraries.json')), home, defaultDir: defaultLibraryDir(), startDir: named,
    open: async (dir, seed) => keepTeamPasswords(await startCoreWorkers({ dir, version: version(), allowPaths: false, seedSamples: seed, settings }), dir, passwords),
  });
  const host = await startHttpHost({ core, staticDir: RENDERER_DIR, port });
  if (context.json) console.log(JSON.stringify({ url: host.url, origin: host.origin, library: core.dir() }));
  else print(`${message(context.language, announce, { url: host.url })}\n${message(context.language, 'stop')}`);
  return new Promise<number>((resolve) => {
    const stop = () => void host.close().then(() => core.close()).then(() => resolve(EXIT.ok));
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
