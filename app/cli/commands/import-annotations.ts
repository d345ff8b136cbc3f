import { MAX_IMPORT_BYTES } from '../../contract/schemas.ts';
import { readRegularFile } from '../../import/read-file.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import { print, printError, printJson } from '../terminal.ts';
import type { Command } from './index.ts';

export const importAnnotationsCommand: Command = {
  usage: `Usage: apostille import-annotations <file> [--json]

Puts the file's annotations back on the library's articles (found by their Apostille id, or their web address).
Each passage is found again in the article's text; one that cannot be placed is kept as an orphan. Annotations
already in the library are left alone, and those whose article is not in the library are skipped (exit code 4).
A malformed file imports nothing.`,
  options: {},
  async run(context) {
    const [file] = context.args;
    if (!file || context.args.length > 1) throw new UsageError('give exactly one file');
    const content = new TextDecoder().decode(readRegularFile(file, MAX_IMPORT_BYTES));
    const report = await context.call('annotations.import', { content, fileName: file });
    if (context.json) printJson(report);
    else {
      for (const id of report.missingDocuments) printError(`! ${message(context.language, 'missingArticle', { id })}`);
      const { missingDocuments: _, ...counts } = report;
      print(message(context.language, 'importedAnnotations', counts));
    }
    return report.skipped > 0 ? EXIT.partial : EXIT.ok;
  },
};
