import type { ListQuery } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';

/** The ids of every article a list query matches (at most `max`), fetched a thousand at a time. */
export async function allDocumentIds(query: ListQuery, max = Number.POSITIVE_INFINITY): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ids.length < max; offset += 1000) {
    const page = await client.call('documents.list', { ...query, offset, limit: 1000 });
    ids.push(...page.items.map((d) => d.id));
    if (page.items.length === 0 || ids.length >= page.total) break;
  }
  return ids.slice(0, max);
}
