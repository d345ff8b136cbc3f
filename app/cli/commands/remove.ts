import { removeDocument, resolveId } from '../../store/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';

export const removeCommand: Command = {
  summary: 'remove an article from the library',
  usage: 'Usage: apostille remove <id> [--json]',
  options: {},
  run(context) {
    const [given] = context.args;
    if (!given || context.args.length > 1) throw new UsageError('give exactly one article id');
    const id = withLibrary(context, (library) => {
      const full = resolveId(library.db, given);
      removeDocument(library.db, full);
      return full;
    });
    console.log(context.json ? JSON.stringify({ removed: id }) : message(context.language, 'removed', { id }));
    return EXIT.ok;
  },
};
