import { EXIT, UsageError } from '../exit-codes.ts';
import { print, printJson } from '../terminal.ts';
import type { Command } from './index.ts';

export const showCommand: Command = {
  usage: `Usage: apostille show <id> [--json]

The id may be shortened to any unambiguous prefix of 4 characters or more.`,
  options: {},
  async run(context) {
    const [id] = context.args;
    if (!id || context.args.length > 1) throw new UsageError('give exactly one article id');
    const doc = await context.call('documents.get', { id });
    if (context.json) {
      printJson(doc);
      return EXIT.ok;
    }
    const fields: [string, string | number | null][] = [
      ['id', doc.id], ['title', doc.title], ['source', doc.source], ['author', doc.author], ['place', doc.place],
      ['published', doc.published], ['language', doc.language], ['words', doc.wordCount], ['format', doc.format],
      ['file', doc.fileName], ['encoding', doc.encoding], ['url', doc.url], ['imported', doc.importedAt],
    ];
    for (const [key, value] of fields) if (value !== null && value !== '') print(`${key.padEnd(10)} ${value}`);
    print(`\n${doc.text}`);
    return EXIT.ok;
  },
};
