import { sortKey } from '../../contract/schemas.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { message } from '../messages.ts';
import { print, printJson } from '../terminal.ts';
import { formatRow } from './format.ts';
import { collectionNamed } from './manage.ts';
import type { Command } from './index.ts';

export const listCommand: Command = {
  usage: `Usage: apostille list [--sort imported|title|published|source|words] [--asc] [--source S] [--language fr|en] [--limit N]
                     [--collection NAME] [--tag TAG] [--unread] [--archived|--trash|--all] [--json]`,
  options: {
    sort: { type: 'string' }, asc: { type: 'boolean' }, source: { type: 'string' }, language: { type: 'string' }, limit: { type: 'string' },
    collection: { type: 'string' }, tag: { type: 'string' }, unread: { type: 'boolean' }, archived: { type: 'boolean' }, trash: { type: 'boolean' }, all: { type: 'boolean' },
  },
  async run(context) {
    const sort = sortKey.safeParse(context.options.sort ?? 'imported');
    if (!sort.success) throw new UsageError(`unknown sort key “${String(context.options.sort)}”`);
    const limit = Number(context.options.limit ?? 1000);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit takes a number from 1 to 1000');
    const o = context.options;
    if ([o.archived, o.trash, o.all].filter(Boolean).length > 1) throw new UsageError('choose one of --archived, --trash and --all');
    const collectionId = typeof o.collection === 'string' ? (await collectionNamed(context, o.collection)).id : null;
    const page = await context.call('documents.list', {
      view: o.archived ? 'archive' : o.trash ? 'trash' : o.all ? 'all' : 'library', unread: o.unread === true, collectionId,
      tag: typeof o.tag === 'string' ? o.tag : null,
      sort: sort.data, descending: context.options.asc !== true, limit,
      source: typeof context.options.source === 'string' ? context.options.source : null,
      language: typeof context.options.language === 'string' ? context.options.language : null,
    });
    if (context.json) printJson(page);
    else if (page.total === 0) print(message(context.language, 'empty'));
    else for (const doc of page.items) print(formatRow(doc));
    return EXIT.ok;
  },
};
