import { exportJson, exportJsonToFile } from '../../export/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';

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
    const count = withLibrary(context, (library) => exportJsonToFile(library.db, out));
    console.error(message(context.language, 'exported', { count, path: out }));
    return EXIT.ok;
  },
};
