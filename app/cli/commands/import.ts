import { basename } from 'node:path';
import { importSources, sourcesFromPaths } from '../../import/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { errorText, message } from '../messages.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';

export const importCommand: Command = {
  summary: 'import files and folders (text, Markdown, HTML) into the library',
  usage: `Usage: apostille import <file or folder>… [--replace ID] [--json]

Imports every readable article; folders are read recursively. A file that cannot be imported is reported with the
reason and the others are still imported. Exit code 4 when some files failed.

A changed copy of an article already in the library (same web address, or same file name and title) becomes its new
version: its annotations move onto the new text, and those that cannot be placed are kept as orphans to re-attach.
--replace ID makes the one file given the new version of article ID.`,
  options: { replace: { type: 'string' } },
  run(context) {
    if (context.args.length === 0) throw new UsageError('name at least one file or folder');
    const replaces = context.options.replace;
    const sources = sourcesFromPaths(context.args);
    if (typeof replaces === 'string') {
      if (sources.length !== 1) throw new UsageError('--replace takes exactly one file');
      sources[0]!.replaces = replaces;
    }
    const showProgress = !context.json && process.stderr.isTTY && sources.length > 1;
    const report = withLibrary(context, (library) =>
      importSources(library.db, sources, showProgress ? (p) => {
        process.stderr.write(`\r${message(context.language, 'importing', { done: p.done, total: p.total })} ${basename(p.file).slice(0, 40).padEnd(40)}`);
      } : undefined),
    );
    if (showProgress) process.stderr.write('\n');
    if (context.json) console.log(JSON.stringify(report, null, 2));
    else {
      for (const item of report.imported) console.log(`+ ${item.id.slice(0, 12)}  ${item.title}`);
      for (const item of report.updated) {
        console.log(`~ ${item.id.slice(0, 12)}  ${item.title} (${message(context.language, 'newVersion', { previous: item.previousId.slice(0, 12), reanchored: item.reanchored, orphaned: item.orphaned })})`);
      }
      for (const item of report.duplicates) console.log(`= ${basename(item.file)}: ${message(context.language, 'duplicate')} ${item.id.slice(0, 12)} (${item.title})`);
      for (const item of report.failed) console.error(`! ${item.file}: ${errorText(context.language, item.error)}`);
      console.log(message(context.language, 'imported', { imported: report.imported.length, updated: report.updated.length, duplicates: report.duplicates.length, failed: report.failed.length }));
    }
    if (report.failed.length === 0) return EXIT.ok;
    return report.imported.length + report.updated.length + report.duplicates.length > 0 ? EXIT.partial : EXIT.failure;
  },
};
