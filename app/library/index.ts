export { openLibrary, withSnapshot, withWayBack, type Library, type OpenLibraryOptions } from './library.ts';
export { getLibrarySettings, updateLibrarySettings } from './library-settings.ts';
export { defaultLibraryDir, LIBRARY_ENV, DATABASE_FILE } from './location.ts';
