import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { exportJson } from '../../export/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';
import { AppError } from '../../contract/errors.ts';

export const exportCommand: Command = {
  summary: 'export the library (json) to stdout or a file',
  usage: 'Usage: apostille export --format json [--out FILE]',
  options: { format: { type: 'string' }, out: { type: 'string' } },
  run(context) {
    if (context.options.format !== 'json') throw new UsageError('the export format must be given: --format json');
    const out = context.options.out;
    if (typeof out !== 'string') {
      withLibrary(context, (library) => exportJson(library.db, (chunk) => process.stdout.write(chunk)));
      return EXIT.ok;
    }
    // Written to a temporary file first, so a failed export never leaves half a file behind.
    const temporary = `${out}.partial`;
    let fd: number;
    try {
      fd = openSync(temporary, 'w');
    } catch (error) {
      throw new AppError('unwritable_file', (error as Error).message, { reason: (error as NodeJS.ErrnoException).code ?? 'cannot write' });
    }
    try {
      const count = withLibrary(context, (library) => exportJson(library.db, (chunk) => writeSync(fd, chunk)));
      closeSync(fd);
      renameSync(temporary, out);
      console.error(message(context.language, 'exported', { count, path: out }));
    } catch (error) {
      closeSync(fd);
      rmSync(temporary, { force: true });
      throw error;
    }
    return EXIT.ok;
  },
};
