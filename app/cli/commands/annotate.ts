import { anchor } from '../../anchoring/index.ts';
import { createAnnotation, listAnnotations } from '../../annotations/index.ts';
import { AppError } from '../../contract/errors.ts';
import { highlightColor } from '../../contract/schemas.ts';
import { getDocument } from '../../store/index.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';

export const annotateCommand: Command = {
  summary: 'highlight a passage of an article, found by its quote, with an optional note',
  usage: `Usage: apostille annotate <id> --quote "…" [--prefix "…"] [--color yellow|green|blue|pink|purple] [--note "…"] [--tag T]… [--json]

The quote is found as the reader would: accents, curly or straight quotes and no-break spaces are all the same; when
it occurs more than once, --prefix (the words just before it) picks the right one.`,
  options: { quote: { type: 'string' }, prefix: { type: 'string' }, color: { type: 'string' }, note: { type: 'string' }, tag: { type: 'string', multiple: true } },
  run(context) {
    const [id] = context.args;
    const quote = context.options.quote;
    if (!id || context.args.length > 1) throw new UsageError('give exactly one article id');
    if (typeof quote !== 'string' || quote.trim() === '') throw new UsageError('give the passage to highlight with --quote');
    const color = highlightColor.safeParse(context.options.color ?? 'yellow');
    if (!color.success) throw new UsageError(`unknown colour “${String(context.options.color)}”`);
    const prefix = typeof context.options.prefix === 'string' ? context.options.prefix : '';
    const tags = Array.isArray(context.options.tag) ? context.options.tag : [];
    const annotation = withLibrary(context, (library) => {
      const doc = getDocument(library.db, id);
      const found = anchor(doc.text, { quote: { type: 'TextQuoteSelector', exact: quote, prefix, suffix: '' } });
      if (!found || found.method === 'fuzzy') throw new AppError('quote_not_found', `no “${quote}” in ${doc.id}`, { quote });
      const note = typeof context.options.note === 'string' ? context.options.note : null;
      return createAnnotation(library.db, { documentId: doc.id, start: found.start, end: found.end, color: color.data, note, tags });
    });
    console.log(context.json ? JSON.stringify(annotation, null, 2) : `${annotation.id}  ${annotation.color}  “${annotation.exact}”`);
    return EXIT.ok;
  },
};

export const annotationsCommand: Command = {
  summary: 'list an article’s annotations in text order',
  usage: 'Usage: apostille annotations <id> [--json]',
  options: {},
  run(context) {
    const [id] = context.args;
    if (!id || context.args.length > 1) throw new UsageError('give exactly one article id');
    const annotations = withLibrary(context, (library) => listAnnotations(library.db, getDocument(library.db, id).id));
    if (context.json) console.log(JSON.stringify(annotations, null, 2));
    else {
      for (const a of annotations) {
        console.log(`${a.id.slice(0, 8)}  ${String(a.start).padStart(6)}–${String(a.end).padEnd(6)} ${a.color.padEnd(6)}  “${a.exact}”${a.tags.length ? `  ${a.tags.map((t) => `#${t}`).join(' ')}` : ''}`);
        if (a.note) console.log(`          ${a.note.replace(/\n/g, '\n          ')}`);
      }
    }
    return EXIT.ok;
  },
};
