import { parseQuery, type ParsedQuery } from '../contract/shared/text-query.ts';

export { parseQuery, type ParsedQuery };

export function toFtsQuery(input: string | ParsedQuery): string | null {
  const { include, exclude, prefixLast } = typeof input === 'string' ? parseQuery(input) : input;
  if (include.length === 0) return null;
  const phrases = include.map((words, i) => `"${words.join(' ')}"${prefixLast && i === include.length - 1 ? ' *' : ''}`);
  return [phrases.join(' '), ...exclude.map((words) => `NOT "${words.join(' ')}"`)].join(' ');
}
