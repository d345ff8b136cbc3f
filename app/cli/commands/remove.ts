import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import { print, printJson } from '../terminal.ts';
import type { Command } from './index.ts';

export const removeCommand: Command = {
  usage: 'Usage: apostille remove <id> [--json]',
  options: {},
  async run(context) {
    const [given] = context.args;
    if (!given || context.args.length > 1) throw new UsageError('give exactly one article id');
    const { id } = await context.call('documents.remove', { id: given });
    if (context.json) printJson({ removed: id });
    else print(message(context.language, 'removed', { id }));
    return EXIT.ok;
  },
};
