import { MARK_END, MARK_START, searchDocuments } from '../../search/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import { formatRow } from './format.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';

export const searchCommand: Command = {
  summary: 'full-text search (accents and case ignored), best matches first',
  usage: `Usage: apostille search <words…> [--limit N] [--json]

Words must all appear; "quoted words" must appear together; -word excludes; the last word also matches as a prefix.`,
  options: { limit: { type: 'string' } },
  run(context) {
    const query = context.args.join(' ').trim();
    if (!query) throw new UsageError('give words to search for');
    const limit = Number(context.options.limit ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit takes a number from 1 to 200');
    const result = withLibrary(context, (library) => searchDocuments(library.db, query, limit));
    if (context.json) {
      console.log(JSON.stringify(result, null, 2));
      return EXIT.ok;
    }
    if (result.total === 0) console.log(message(context.language, 'noResults'));
    for (const hit of result.hits) {
      console.log(formatRow(hit));
      const bold = process.stdout.isTTY;
      console.log(`    ${hit.snippet.replaceAll(MARK_START, bold ? '\x1b[1m' : '[').replaceAll(MARK_END, bold ? '\x1b[0m' : ']').replace(/\s+/g, ' ')}`);
    }
    if (result.total > 0) console.log(message(context.language, result.totalIsExact ? 'results' : 'resultsAtLeast', { total: result.total }));
    return EXIT.ok;
  },
};
