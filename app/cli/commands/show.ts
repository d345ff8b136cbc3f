import { getDocument } from '../../store/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';

export const showCommand: Command = {
  summary: 'print one article: its metadata and text',
  usage: `Usage: apostille show <id> [--json]

The id may be shortened to any unambiguous prefix of 4 characters or more.`,
  options: {},
  run(context) {
    const [id] = context.args;
    if (!id || context.args.length > 1) throw new UsageError('give exactly one article id');
    const doc = withLibrary(context, (library) => getDocument(library.db, id));
    if (context.json) {
      console.log(JSON.stringify(doc, null, 2));
      return EXIT.ok;
    }
    const fields: [string, string | number | null][] = [
      ['id', doc.id], ['title', doc.title], ['source', doc.source], ['author', doc.author], ['place', doc.place],
      ['published', doc.published], ['language', doc.language], ['words', doc.wordCount], ['format', doc.format],
      ['file', doc.fileName], ['encoding', doc.encoding], ['url', doc.url], ['imported', doc.importedAt],
    ];
    for (const [key, value] of fields) if (value !== null && value !== '') console.log(`${key.padEnd(10)} ${value}`);
    console.log(`\n${doc.text}`);
    return EXIT.ok;
  },
};
