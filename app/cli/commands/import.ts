import { closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { EXIT, UsageError } from '../exit-codes.ts';
import { runCliJob } from '../job.ts';
import { placeInFile } from '../../contract/shared/error-messages.ts';
import { errorText, message, skipReason } from '../messages.ts';
import { print, printError, printJson } from '../terminal.ts';
import type { Command } from './index.ts';
import type { CommandContext } from '../context.ts';

/** A regular file that starts as gzip does: a library archive (articles never do). A pipe is never opened here. */
function isArchive(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const head = Buffer.alloc(2);
      return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

async function importArchive(context: CommandContext, path: string): Promise<number> {
  const outcome = await runCliJob(context, 'library.importArchive', { path });
  if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
  const counts = outcome.result!;
  if (context.json) printJson(counts);
  else print(message(context.language, 'archiveImported', counts));
  return EXIT.ok;
}

/** A web address rather than a path: it names a scheme (`https://`, and `ftp://` too, to be refused as such). */
function isAddress(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(arg);
}

function missingImages(context: CommandContext, count: number | undefined): string {
  return count ? ` (${message(context.language, 'imagesMissing', { count })})` : '';
}

export const importCommand: Command = {
  usage: `Usage: apostille import <file, folder or web address>… [--replace ID] [--allow-local-addresses] [--json]

Imports every readable article; folders are read recursively. A web address (http or https) is fetched, its article
extracted with its metadata and images, and kept offline from then on; four pages are fetched at a time. Addresses on
this computer or a local network are refused unless --allow-local-addresses is given.

An export of another tool — Pocket (CSV or HTML), Instapaper (CSV), Omnivore (.zip), Readwise (CSV or Markdown),
Hypothesis (JSON), Kindle (My Clippings.txt) — is recognised by its content: each of its articles comes in with its
highlights and notes placed on the text (those that cannot be placed are kept as passages not found). An entry with an
address but no text comes in as its highlights alone, or is skipped when it has none; --fetch-pages fetches its page
instead. A malformed export is refused whole, naming the line or entry. A file that cannot be imported is reported with the
reason and the others are still imported. Exit code 4 when some files failed. Ctrl+C stops the import: what was
imported is kept and reported (exit code 130).

A changed copy of an article already in the library (same web address, or same file name and title) becomes its new
version: its annotations move onto the new text, and those that cannot be placed are kept as orphans to re-attach.
--replace ID makes the one file given the new version of article ID.

A library archive (apostille export --format archive) given alone is brought into the library, which must be empty:
every article, original file, annotation, entity and setting as it was.`,
  options: { replace: { type: 'string' }, 'allow-local-addresses': { type: 'boolean' }, 'fetch-pages': { type: 'boolean' } },
  async run(context) {
    if (context.args.length === 0) throw new UsageError('name at least one file or folder');
    const replaces = context.options.replace;
    if (context.args.length === 1 && replaces === undefined && isArchive(context.args[0]!)) return importArchive(context, context.args[0]!);
    if (typeof replaces === 'string' && context.args.length !== 1) throw new UsageError('--replace takes exactly one file');
    const addresses = context.args.filter(isAddress);
    const paths = context.args.filter((a) => !isAddress(a));
    const outcome = await runCliJob(context, 'documents.import', {
      ...(paths.length > 0 && { paths }), ...(addresses.length > 0 && { addresses, allowLocalAddresses: context.options['allow-local-addresses'] === true }),
      ...(typeof replaces === 'string' && { replaces }),
      ...(context.options['fetch-pages'] === true && { fetchPages: true, allowLocalAddresses: context.options['allow-local-addresses'] === true }),
    });
    const report = outcome.result ?? { imported: [], updated: [], duplicates: [], failed: [] };
    if (context.json) printJson(report);
    else {
      for (const item of report.imported) print(`+ ${item.id.slice(0, 12)}  ${item.title}${missingImages(context, item.imagesMissing)}`);
      for (const item of report.updated) {
        print(`~ ${item.id.slice(0, 12)}  ${item.title} (${message(context.language, 'newVersion', { previous: item.previousId.slice(0, 12), reanchored: item.reanchored, orphaned: item.orphaned })})`);
      }
      for (const item of report.duplicates) print(`= ${basename(item.file)}: ${message(context.language, 'duplicate')} ${item.id.slice(0, 12)} (${item.title})`);
      for (const item of report.failed) printError(`! ${item.file}: ${errorText(context.language, item.error)}`);
      for (const item of report.skipped ?? []) print(`- ${basename(item.file)}, ${placeInFile(context.language, item.at)}: ${skipReason(context.language, item.reason)}`);
      if (report.highlights) print(message(context.language, 'highlightsPlaced', report.highlights));
      print(message(context.language, 'imported', { imported: report.imported.length, updated: report.updated.length, duplicates: report.duplicates.length, failed: report.failed.length }));
    }
    if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
    if (report.failed.length === 0) return EXIT.ok;
    return report.imported.length + report.updated.length + report.duplicates.length > 0 ? EXIT.partial : EXIT.failure;
  },
};
