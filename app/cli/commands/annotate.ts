import { anchor } from '../../anchoring/index.ts';
import { AppError } from '../../contract/errors.ts';
import { highlightColor } from '../../contract/schemas.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { print, printJson } from '../terminal.ts';
import type { Command } from './index.ts';

export const annotateCommand: Command = {
  usage: `Usage: apostille annotate <id> --quote "…" [--prefix "…"] [--color yellow|green|blue|pink|purple] [--note "…"] [--tag T]… [--json]

The quote is found as the reader would: accents, curly or straight quotes and no-break spaces are all the same; when
it occurs more than once, --prefix (the words just before it) picks the right one.`,
  options: { quote: { type: 'string' }, prefix: { type: 'string' }, color: { type: 'string' }, note: { type: 'string' }, tag: { type: 'string', multiple: true } },
  async run(context) {
    const [id] = context.args;
    const quote = context.options.quote;
    if (!id || context.args.length > 1) throw new UsageError('give exactly one article id');
    if (typeof quote !== 'string' || quote.trim() === '') throw new UsageError('give the passage to highlight with --quote');
    const color = highlightColor.safeParse(context.options.color ?? 'yellow');
    if (!color.success) throw new UsageError(`unknown colour “${String(context.options.color)}”`);
    const prefix = typeof context.options.prefix === 'string' ? context.options.prefix : '';
    const tags = Array.isArray(context.options.tag) ? context.options.tag : [];
    const doc = await context.call('documents.get', { id });
    const found = anchor(doc.text, { quote: { type: 'TextQuoteSelector', exact: quote, prefix, suffix: '' } });
    if (!found || found.method === 'fuzzy') throw new AppError('quote_not_found', `no “${quote}” in ${doc.id}`, { quote });
    const note = typeof context.options.note === 'string' ? context.options.note : null;
    const annotation = await context.call('annotations.create', { documentId: doc.id, start: found.start, end: found.end, color: color.data, note, tags });
    if (context.json) printJson(annotation);
    else print(`${annotation.id}  ${annotation.color}  “${annotation.exact}”`);
    return EXIT.ok;
  },
};

export const annotationsCommand: Command = {
  usage: 'Usage: apostille annotations <id> [--json]',
  options: {},
  async run(context) {
    const [id] = context.args;
    if (!id || context.args.length > 1) throw new UsageError('give exactly one article id');
    const annotations = await context.call('annotations.list', { documentId: id });
    if (context.json) printJson(annotations);
    else {
      for (const a of annotations) {
        print(`${a.id.slice(0, 8)}  ${String(a.start).padStart(6)}–${String(a.end).padEnd(6)} ${a.color.padEnd(6)}  “${a.exact}”${a.tags.length ? `  ${a.tags.map((t) => `#${t}`).join(' ')}` : ''}`);
        if (a.note) print(`          ${a.note.replace(/\n/g, '\n          ')}`);
      }
    }
    return EXIT.ok;
  },
};
