import { defaultLibraryDir, openLibrary, type Library } from '../../library/index.ts';
import type { CommandContext } from './index.ts';

/** The library named by --library, else $APOSTILLE_LIBRARY, else the platform default. */
export function libraryDir(context: CommandContext): string {
  return typeof context.options.library === 'string' ? context.options.library : defaultLibraryDir();
}

export function withLibrary<T>(context: CommandContext, work: (library: Library) => T): T {
  const library = openLibrary(libraryDir(context));
  try {
    return work(library);
  } finally {
    library.close();
  }
}
