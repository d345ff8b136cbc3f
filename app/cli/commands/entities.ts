import { existsSync, readFileSync, statSync } from 'node:fs';
import { offsetConverter } from '../../contract/shared/code-points.ts';
import type { SuggestionShape } from '../../contract/schemas.ts';
import { suggestForDocument } from '../../entities/mentions.ts';
import { listEntities } from '../../entities/registry.ts';
import { suggestEntities } from '../../entities/suggest.ts';
import { parseFile } from '../../import/parse-file.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import type { Command } from './index.ts';
import { withLibrary } from './library.ts';

const USAGE = `Usage: apostille entities suggest <file | article id> [--json]
       apostille entities list [--type TYPE] [--json]

suggest  prints the mentions Apostille would suggest (type, text, start, end in code points, normalised value): for a
         file, without importing it; for an article of the library, with the names of the registry found again and
         without what is already tagged or was rejected.
list     prints the entities of the library with their numbers of mentions and articles.`;

function describeValue(s: SuggestionShape): string {
  if (!s.value) return '';
  switch (s.value.kind) {
    case 'money': return `${s.value.amount} ${s.value.currency}`;
    case 'percent': return String(s.value.ratio);
    case 'date': return s.value.date;
  }
}

function printSuggestions(suggestions: SuggestionShape[], json: boolean): void {
  if (json) return void console.log(JSON.stringify(suggestions, null, 2));
  for (const s of suggestions) {
    console.log(`${s.type.padEnd(8)} ${String(s.start).padStart(6)}–${String(s.end).padEnd(6)} ${s.text}${s.value ? `  = ${describeValue(s)}` : ''}  (${s.source})`);
  }
}

export const entitiesCommand: Command = {
  summary: 'entity suggestions for a file or an article; the entities of the library',
  usage: USAGE,
  options: { type: { type: 'string' } },
  run(context) {
    const [action, target, ...rest] = context.args;
    if (action === 'list') {
      if (target !== undefined) throw new UsageError('list takes no argument');
      const type = typeof context.options.type === 'string' ? context.options.type : undefined;
      const entities = withLibrary(context, (library) => listEntities(library.db, { ...(type ? { type } : {}), limit: 100_000 }));
      if (context.json) console.log(JSON.stringify(entities, null, 2));
      else for (const e of entities) console.log(`${e.type.padEnd(8)} ${String(e.mentionCount).padStart(5)} mentions ${String(e.documentCount).padStart(4)} articles  ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`);
      return EXIT.ok;
    }
    if (action !== 'suggest' || !target || rest.length > 0) throw new UsageError('say suggest <file or id>, or list');
    if (existsSync(target) && statSync(target).isFile()) {
      // A file: read and parsed exactly as an import would, but nothing is stored.
      const doc = parseFile(target, readFileSync(target));
      const convert = offsetConverter(doc.text);
      const suggestions = suggestEntities(doc.text, { language: doc.language, published: doc.published }).map((s) => ({
        type: s.type, start: convert.toCodePoint(s.start), end: convert.toCodePoint(s.end), text: s.text, source: s.source, score: s.score,
        ...(s.value ? { value: s.value } : {}),
      }));
      printSuggestions(suggestions, context.json);
      return EXIT.ok;
    }
    printSuggestions(withLibrary(context, (library) => suggestForDocument(library.db, target)), context.json);
    return EXIT.ok;
  },
};
