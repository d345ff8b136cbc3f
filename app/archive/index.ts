export { writeArchive, type ArchiveCounts } from './write-archive.ts';
export { readArchive, looksLikeArchive } from './read-archive.ts';
export { exportLibraryJson } from './library-json.ts';
