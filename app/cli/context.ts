import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type MethodInput, type MethodName, type MethodOutput } from '../contract/index.ts';
import type { Core } from '../core/core.ts';
import { openCore } from '../core/core.ts';
import { defaultLibraryDir } from '../library/location.ts';
import { fileSettingsStore } from '../settings/index.ts';
import type { Language } from './messages.ts';

export interface CommandContext {
  args: string[];
  options: Record<string, string | boolean | string[] | undefined>;
  json: boolean;
  language: Language;
  /** The library folder: --library, else $APOSTILLE_LIBRARY, else the platform default. */
  libraryDir: string;
  /** The core over that library, opened on first use (in this process: a command has no window to keep alive). */
  core(): Promise<Core>;
  /** A call through the contract: its answer, or its error thrown. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export function createContext(fields: Omit<CommandContext, 'libraryDir' | 'core' | 'call'>): CommandContext & { close(): Promise<void> } {
  const libraryDir = typeof fields.options.library === 'string' ? fields.options.library : defaultLibraryDir();
  let opened: Promise<Core> | undefined;
  // The browser host's settings beside the library: colour labels an earlier version kept there move into the library.
  const core = () => (opened ??= openCore({ dir: libraryDir, version: version(), allowPaths: true, settings: fileSettingsStore(join(libraryDir, 'settings.json')) }));
  return {
    ...fields,
    libraryDir,
    core,
    async call(method, input) {
      const result = await (await core()).call(method, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
      return result.value as never;
    },
    async close() {
      // A core that could not open has nothing to close (its error was reported).
      if (opened) await opened.then((core) => core.close(), () => {});
    },
  };
}
