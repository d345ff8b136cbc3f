export { backupDue, backupsDir, copyLibrary, createBackup, listBackups, newestBackup, pruneBackups } from './backups.ts';
export { replaceLibraryFile, restoreIntoLibrary } from './restore.ts';
