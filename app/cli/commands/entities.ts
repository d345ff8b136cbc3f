import { statSync } from 'node:fs';
import type { SuggestionShape } from '../../contract/schemas.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { print, printJson } from '../terminal.ts';
import type { Command } from './index.ts';

const USAGE = `Usage: apostille entities suggest <file | article id> [--json]
       apostille entities list [--type TYPE] [--json]
       apostille entities timeline (<article id> | --collection ID | --entity ID) [--json]

suggest  prints the mentions Apostille would suggest (type, text, start, end in code points, normalised value): for a
         file, without importing it; for an article of the library, with the names of the registry found again and
         without what is already tagged or was rejected.
list     prints the entities of the library with their numbers of mentions and articles.
timeline prints the tagged dates of an article, of a collection or of the sentences naming an entity, earliest first:
         the date's value, the article and the sentence.`;

function describeValue(s: SuggestionShape): string {
  if (!s.value) return '';
  switch (s.value.kind) {
    case 'money': return `${s.value.amount} ${s.value.currency}`;
    case 'percent': return String(s.value.ratio);
    case 'date': return s.value.date;
  }
}

function printSuggestions(suggestions: SuggestionShape[], json: boolean): void {
  if (json) return printJson(suggestions);
  for (const s of suggestions) {
    print(`${s.type.padEnd(8)} ${String(s.start).padStart(6)}–${String(s.end).padEnd(6)} ${s.text}${s.value ? `  = ${describeValue(s)}` : ''}  (${s.source})`);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A file's suggestions, read and parsed exactly as an import would, but without a library: nothing is stored. */
async function suggestForFile(path: string): Promise<SuggestionShape[]> {
  const [{ readDocument }, { readRegularFile }, { suggestEntities }, { offsetConverter }] = await Promise.all([
    import('../../import/read-document.ts'), import('../../import/read-file.ts'), import('../../entities/suggest.ts'), import('../../contract/shared/code-points.ts'),
  ]);
  const doc = await readDocument(path, readRegularFile(path), new Date().toISOString());
  const convert = offsetConverter(doc.text);
  return suggestEntities(doc.text, { language: doc.language, published: doc.published }).map((s) => ({
    type: s.type, start: convert.toCodePoint(s.start), end: convert.toCodePoint(s.end), text: s.text, source: s.source, score: s.score,
    ...(s.value ? { value: s.value } : {}),
  }));
}

export const entitiesCommand: Command = {
  usage: USAGE,
  options: { type: { type: 'string' }, collection: { type: 'string' }, entity: { type: 'string' } },
  async run(context) {
    const [action, target, ...rest] = context.args;
    if (action === 'list') {
      if (target !== undefined) throw new UsageError('list takes no argument');
      const type = typeof context.options.type === 'string' ? context.options.type : undefined;
      const entities = await context.call('entities.list', { ...(type ? { type } : {}), limit: 100_000 });
      if (context.json) printJson(entities);
      else for (const e of entities) print(`${e.type.padEnd(8)} ${String(e.mentionCount).padStart(5)} mentions ${String(e.documentCount).padStart(4)} articles  ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`);
      return EXIT.ok;
    }
    if (action === 'timeline') {
      const { collection, entity } = context.options;
      const scopes = [target !== undefined && { documentId: target }, typeof collection === 'string' && { collectionId: collection }, typeof entity === 'string' && { entityId: entity }].filter((s) => s !== false);
      if (scopes.length !== 1 || rest.length > 0) throw new UsageError('timeline takes one article id, or --collection ID, or --entity ID');
      const { items, undated, truncated } = await context.call('entities.timeline', scopes[0]!);
      if (context.json) printJson({ items, undated, truncated });
      else for (const i of items) print(`${i.date.padEnd(21)} ${i.title}\n${' '.repeat(22)}${i.sentence}`);
      return EXIT.ok;
    }
    if (action !== 'suggest' || !target || rest.length > 0) throw new UsageError('say suggest <file or id>, list, or timeline');
    printSuggestions(isFile(target) ? await suggestForFile(target) : await context.call('entities.suggest', { documentId: target }), context.json);
    return EXIT.ok;
  },
};
