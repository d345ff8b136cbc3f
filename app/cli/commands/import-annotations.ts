import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../../contract/errors.ts';
import { MAX_IMPORT_BYTES } from '../../contract/schemas.ts';
import { importAnnotations } from '../../export/index.ts';
import { formatSize } from '../../import/parse-file.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';

function readAnnotationsFile(file: string): string {
  try {
    const size = statSync(file).size;
    if (size > MAX_IMPORT_BYTES) throw new AppError('too_large', `${size} bytes`, { size: formatSize(size), limit: formatSize(MAX_IMPORT_BYTES) });
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unreadable_file', (error as Error).message, { reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
}

export const importAnnotationsCommand: Command = {
  summary: 'import annotations from a W3C Web Annotation JSON-LD file (apostille export --format w3c)',
  usage: `Usage: apostille import-annotations <file> [--json]

Puts the file's annotations back on the library's articles (found by their Apostille id, or their web address).
Each passage is found again in the article's text; one that cannot be placed is kept as an orphan. Annotations
already in the library are left alone, and those whose article is not in the library are skipped (exit code 4).
A malformed file imports nothing.`,
  options: {},
  run(context) {
    const [file] = context.args;
    if (!file || context.args.length > 1) throw new UsageError('give exactly one file');
    const content = readAnnotationsFile(file);
    const report = withLibrary(context, (library) => importAnnotations(library.db, content));
    if (context.json) console.log(JSON.stringify(report, null, 2));
    else {
      for (const id of report.missingDocuments) console.error(`! ${message(context.language, 'missingArticle', { id })}`);
      const { missingDocuments: _, ...counts } = report;
      console.log(message(context.language, 'importedAnnotations', counts));
    }
    return report.skipped > 0 ? EXIT.partial : EXIT.ok;
  },
};
