export { openDatabase, migrate, schemaVersion, latestVersion, transaction, cached, type Database } from './database.ts';
export { MIGRATIONS, type Migration } from './migrations/index.ts';
export * from './documents.ts';
