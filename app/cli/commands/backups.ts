import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { toAppError } from '../../contract/errors.ts';
import { formatSize } from '../../contract/shared/sizes.ts';
import { DATABASE_FILE } from '../../library/location.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { runCliJob } from '../job.ts';
import { message } from '../messages.ts';
import { print, printError, printJson } from '../terminal.ts';
import type { Command } from './index.ts';

export const backupCommand: Command = {
  usage: `Usage: apostille backup [--out FILE] [--json]

A consistent copy of the library, taken while it is in use (SQLite's online backup), into its backups folder
(<library>/backups; the newest are kept, 7 by default), or to FILE. The app also makes one at start-up when the
newest is over a day old, and before it upgrades the library to a new version.`,
  options: { out: { type: 'string' } },
  async run(context) {
    if (context.args.length) throw new UsageError(`unexpected argument “${context.args[0]}”`);
    const out = typeof context.options.out === 'string' ? context.options.out : undefined;
    const outcome = await runCliJob(context, 'backups.create', { reason: 'manual', ...(out !== undefined && { path: out }) });
    if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
    const made = outcome.result!;
    if (context.json) printJson(made);
    else print(message(context.language, 'backedUp', { path: made.path, size: formatSize(made.bytes) }));
    return EXIT.ok;
  },
};

export const backupsCommand: Command = {
  usage: 'Usage: apostille backups [--json]',
  options: {},
  async run(context) {
    const list = await context.call('backups.list', {});
    if (context.json) printJson(list);
    else if (list.length === 0) print(message(context.language, 'noBackups'));
    else for (const b of list) print(`${b.created.replace('T', ' ').slice(0, 19)}  ${b.reason.padEnd(9)} ${formatSize(b.bytes).padStart(9)}  ${b.path}`);
    return EXIT.ok;
  },
};

export const restoreCommand: Command = {
  usage: `Usage: apostille restore <backup file> [--force] [--json]

Replaces the library by a backup (one of "apostille backups", or any copy of a library). The backup is checked first
(SQLite's integrity check; a newer version's library is refused) and brought up to this version. The library as it is
now is kept in its backups folder. A library that holds articles, or cannot be opened, is replaced only with --force.`,
  options: { force: { type: 'boolean' } },
  async run(context) {
    const [file] = context.args;
    if (!file || context.args.length > 1) throw new UsageError('give exactly one backup file');
    const libraryFile = join(context.libraryDir, DATABASE_FILE);
    // Counted on a connection of its own: a library that cannot be opened is never opened by the core here.
    const { articlesIn } = await import('../../backup/file-check.ts');
    const held = articlesIn(libraryFile);
    if ((held === null || held > 0) && context.options.force !== true) {
      printError(message(context.language, 'restoreNeedsForce', { dir: context.libraryDir, count: held ?? '?' }));
      return EXIT.usage;
    }
    let result: { restored: string; previous: { path: string } | null };
    if (held === null) {
      // The library cannot be opened: its file is put aside whole and the backup takes its place.
      const { replaceLibraryFile } = await import('../../backup/restore.ts');
      result = await replaceLibraryFile(context.libraryDir, libraryFile, file);
    } else {
      const outcome = await runCliJob(context, 'backups.restore', { path: file });
      if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
      result = outcome.result!;
    }
    if (context.json) printJson(result);
    else print(message(context.language, 'restored', { restored: result.restored, previous: result.previous?.path ?? '—' }));
    return EXIT.ok;
  },
};

export const checkCommand: Command = {
  usage: `Usage: apostille check [--json]

SQLite's full integrity check of the library file (the app runs a quick one at each start). Exit code 1 when the
library is damaged: restore a backup with "apostille restore".`,
  options: {},
  async run(context) {
    const problems = await libraryProblems(context);
    const result = { ok: problems.length === 0, problems };
    if (context.json) printJson(result);
    else if (result.ok) print(message(context.language, 'checkOk'));
    else {
      printError(message(context.language, 'checkProblems'));
      for (const problem of result.problems.slice(0, 50)) printError(`  ${problem}`);
    }
    return result.ok ? EXIT.ok : EXIT.failure;
  },
};

/**
 * What SQLite finds wrong with the library. A file that cannot be opened at all is looked at as a file (the core opens
 * only a library that opens); damage that stops the check itself part-way is one of the problems.
 */
async function libraryProblems(context: CommandContext): Promise<string[]> {
  const libraryFile = join(context.libraryDir, DATABASE_FILE);
  const { unopenableProblems } = await import('../../backup/file-check.ts');
  const unopenable = existsSync(libraryFile) ? unopenableProblems(libraryFile) : [];
  if (unopenable.length) return unopenable;
  try {
    return (await runCliJob(context, 'library.check', { quick: false })).result!.problems;
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code !== 'library_damaged') throw error;
    return [`SQLite: ${appError.message}`];
  }
}
