import { caseKey } from '../../store/collections.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { runCliJob } from '../job.ts';
import { message } from '../messages.ts';
import { print, printError, printJson } from '../terminal.ts';
import { formatRow } from './format.ts';
import type { Command } from './index.ts';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []);

/** A collection by its name (any case) or id. */
export async function collectionNamed(context: CommandContext, name: string | undefined) {
  if (!name) throw new UsageError('give the collection’s name');
  const wanted = caseKey(name.trim());
  const found = (await context.call('collections.list', {})).find((c) => c.id === name || caseKey(c.name) === wanted);
  if (!found) throw new UsageError(`no collection “${name}” (see: apostille collections)`);
  return found;
}

export const collectionsCommand: Command = {
  usage: `Usage: apostille collections [--json]
       apostille collections create <name>
       apostille collections rename <name> <new name>
       apostille collections remove <name>            (its articles stay in the library)
       apostille collections add <name> <id>...       (put articles in it)
       apostille collections take <name> <id>...      (take articles out of it)
       apostille collections show <name>              (its articles)

Collections ("dossiers") group articles by story or project; an article may be in several.`,
  options: {},
  async run(context) {
    const [action, name, ...rest] = context.args;
    const done = (value: unknown, text: string) => (context.json ? printJson(value) : print(text), EXIT.ok);
    switch (action) {
      case undefined: {
        const list = await context.call('collections.list', {});
        if (context.json) printJson(list);
        else if (list.length === 0) print(message(context.language, 'noCollections'));
        else for (const c of list) print(`${String(c.count).padStart(6)}  ${c.name}`);
        return EXIT.ok;
      }
      case 'create': {
        if (!name || rest.length) throw new UsageError('give one name (in quotes if it has spaces)');
        const made = await context.call('collections.create', { name });
        return done(made, message(context.language, 'collectionCreated', { name: made.name }));
      }
      case 'rename': {
        if (rest.length !== 1) throw new UsageError('give the name and the new name');
        const renamed = await context.call('collections.rename', { id: (await collectionNamed(context, name)).id, name: rest[0]! });
        return done(renamed, message(context.language, 'collectionRenamed', { name: renamed.name }));
      }
      case 'remove': {
        const found = await collectionNamed(context, name);
        await context.call('collections.remove', { id: found.id });
        return done({ removed: found.id }, message(context.language, 'collectionRemoved', { name: found.name }));
      }
      case 'add':
      case 'take': {
        if (rest.length === 0) throw new UsageError('give one or more article ids');
        const found = await collectionNamed(context, name);
        const { changed } = await context.call('collections.file', { id: found.id, documentIds: rest, inside: action === 'add' });
        return done({ changed }, message(context.language, action === 'add' ? 'filedIn' : 'takenOut', { count: changed, name: found.name }));
      }
      case 'show': {
        const found = await collectionNamed(context, name);
        const page = await context.call('documents.list', { collectionId: found.id, view: 'all', limit: 1000 });
        if (context.json) printJson(page);
        else for (const doc of page.items) print(formatRow(doc));
        return EXIT.ok;
      }
      default:
        throw new UsageError(`unknown action “${action}”`);
    }
  },
};

export const tagCommand: Command = {
  usage: `Usage: apostille tag <id>... --add TAG [--add TAG...] [--remove TAG...] [--json]
       apostille tag                                  (the library's tags, with how many articles carry each)`,
  options: { add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true } },
  async run(context) {
    const add = strings(context.options.add);
    const remove = strings(context.options.remove);
    if (context.args.length === 0) {
      if (add.length || remove.length) throw new UsageError('give the articles to tag');
      const { tags } = await context.call('documents.facets', {});
      if (context.json) printJson(tags);
      else for (const t of tags) print(`${String(t.count).padStart(6)}  ${t.value}`);
      return EXIT.ok;
    }
    if (add.length === 0 && remove.length === 0) throw new UsageError('say what to do: --add TAG or --remove TAG');
    const { changed } = await context.call('documents.tag', { ids: context.args, add, remove });
    if (context.json) printJson({ changed });
    else print(message(context.language, 'tagged', { count: changed }));
    return EXIT.ok;
  },
};

export const trashCommand: Command = {
  usage: `Usage: apostille trash <id>...                    (put articles in the Trash)
       apostille trash --list                         (what is in it)
       apostille trash --restore <id>...              (take articles out of it)
       apostille trash --empty [<id>...]              (delete for good, with their annotations)`,
  options: { list: { type: 'boolean' }, restore: { type: 'boolean' }, empty: { type: 'boolean' } },
  async run(context) {
    const { list, restore, empty } = context.options;
    if ([list, restore, empty].filter(Boolean).length > 1) throw new UsageError('choose one of --list, --restore and --empty');
    if (list) {
      const page = await context.call('documents.list', { view: 'trash', limit: 1000 });
      if (context.json) printJson(page);
      else if (page.total === 0) print(message(context.language, 'trashEmpty'));
      else for (const doc of page.items) print(formatRow(doc));
      return EXIT.ok;
    }
    if (empty) {
      const outcome = await runCliJob(context, 'library.emptyTrash', context.args.length ? { ids: context.args } : {});
      const removed = outcome.result?.removed ?? 0;
      if (context.json) printJson({ removed });
      else print(message(context.language, 'trashEmptied', { count: removed }));
      if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
      return EXIT.ok;
    }
    if (context.args.length === 0) throw new UsageError('give one or more article ids');
    const { ids, changed } = await context.call('documents.mark', { ids: context.args, trashed: !restore });
    if (context.json) printJson({ ids, changed });
    else print(message(context.language, restore ? 'untrashed' : 'trashed', { count: changed, ids: ids.map((id) => id.slice(0, 12)).join(' ') }));
    return EXIT.ok;
  },
};

const DETAILS = ['title', 'source', 'author', 'place', 'published', 'language', 'url'] as const;

export const editCommand: Command = {
  usage: `Usage: apostille edit <id> [--title T] [--source S] [--author A] [--place P] [--published YYYY-MM-DD]
                     [--language fr|en] [--url https://…] [--read|--unread] [--archive|--unarchive] [--json]

Corrects an article's details (an empty value clears one, the title excepted), and marks it read or archived.`,
  options: {
    ...Object.fromEntries(DETAILS.map((d) => [d, { type: 'string' as const }])),
    read: { type: 'boolean' }, unread: { type: 'boolean' }, archive: { type: 'boolean' }, unarchive: { type: 'boolean' },
  },
  async run(context) {
    const [id, ...extra] = context.args;
    if (!id || extra.length) throw new UsageError('give exactly one article id');
    const details = Object.fromEntries(DETAILS.filter((d) => typeof context.options[d] === 'string')
      .map((d) => [d, (context.options[d] as string).trim() === '' && d !== 'title' ? null : context.options[d]]));
    const o = context.options;
    const read = o.read ? true : o.unread ? false : undefined;
    const archived = o.archive ? true : o.unarchive ? false : undefined;
    if (Object.keys(details).length === 0 && read === undefined && archived === undefined) throw new UsageError('say what to change (see --help)');
    let summary = await context.call('documents.update', { id, ...details });
    if (read !== undefined || archived !== undefined) {
      await context.call('documents.mark', { ids: [summary.id], ...(read !== undefined && { read }), ...(archived !== undefined && { archived }) });
      summary = (await context.call('documents.get', { id: summary.id }));
    }
    if (context.json) printJson(summary);
    else print(formatRow(summary));
    return EXIT.ok;
  },
};
