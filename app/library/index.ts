export { openLibrary, type Library, type OpenLibraryOptions } from './library.ts';
export { createHandlers, type Handlers, type HandlerOptions } from './handlers.ts';
export { dispatch } from './dispatch.ts';
export { defaultLibraryDir, LIBRARY_ENV, DATABASE_FILE } from './location.ts';
