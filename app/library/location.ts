import { homedir } from 'node:os';
import { join } from 'node:path';

export const LIBRARY_ENV = 'APOSTILLE_LIBRARY';
export const DATABASE_FILE = 'library.sqlite';

/** The CLI's and browser host's default library folder, per platform; `APOSTILLE_LIBRARY` overrides it. */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env[LIBRARY_ENV]) return env[LIBRARY_ENV];
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Apostille', 'Library');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Apostille', 'Library');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'apostille');
}
