import { MARK_END, MARK_START } from '../../search/snippet.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import { clean, print, printJson } from '../terminal.ts';
import { formatRow } from './format.ts';
import type { Command } from './index.ts';


export const searchCommand: Command = {
  usage: `Usage: apostille search <words…> [--limit N] [--json]

Words must all appear; "quoted words" must appear together; -word excludes; the last word also matches as a prefix.`,
  options: { limit: { type: 'string' } },
  async run(context) {
    const query = context.args.join(' ').trim();
    if (!query) throw new UsageError('give words to search for');
    const limit = Number(context.options.limit ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit takes a number from 1 to 200');
    const result = await context.call('search.query', { query, limit });
    if (context.json) {
      printJson(result);
      return EXIT.ok;
    }
    if (result.total === 0) print(message(context.language, 'noResults'));
    const bold = process.stdout.isTTY;
    for (const hit of result.hits) {
      print(formatRow(hit));
      // The snippet is cleaned of control characters first; only then are the marks turned into bold.
      const [on, off] = bold ? ['\x1b[1m', '\x1b[0m'] : ['[', ']'];
      const snippet = hit.snippet.split(MARK_START).map((part) => part.split(MARK_END).map((piece) => clean(piece).replace(/\s+/g, ' ')).join(off)).join(on);
      process.stdout.write(`    ${snippet}\n`);
    }
    if (result.total > 0) print(message(context.language, result.totalIsExact ? 'results' : 'resultsAtLeast', { total: result.total }));
    return EXIT.ok;
  },
};
