import { homedir } from 'node:os';
import { join } from 'node:path';

export const LIBRARY_ENV = 'APOSTILLE_LIBRARY';
/** Where the browser host keeps its list of libraries and makes new ones. */
export const HOME_ENV = 'APOSTILLE_HOME';
export const DATABASE_FILE = 'library.sqlite';

/** The CLI's and browser host's default library folder, per platform; `APOSTILLE_LIBRARY` overrides it. */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  return env[LIBRARY_ENV] || appDataDir(env, platform, 'Library', 'apostille');
}

/**
 * The browser host's folder for this machine's libraries: its list (libraries.json) and the libraries made from the
 * app, one folder each. `APOSTILLE_HOME` overrides it. (The desktop app uses its own user-data folder.)
 */
export function librariesHome(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  return env[HOME_ENV] || appDataDir(env, platform, 'Libraries', 'apostille-libraries');
}

/** A folder of Apostille's in the platform's data folder: `Apostille/<folder>` on Windows and macOS, `<linuxName>` in XDG's. */
function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, folder: string, linuxName: string): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Apostille', folder);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Apostille', folder);
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), linuxName);
}
