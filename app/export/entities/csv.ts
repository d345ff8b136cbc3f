import { offsetConverter } from '../../contract/shared/code-points.ts';
import type { Database } from '../../store/database.ts';
import { listEntities } from '../../entities/registry.ts';
import { csvHeader, csvRow } from '../csv.ts';
import { documentMentions, entityDocument, valueText } from './mentions.ts';
import { steps, type StepControl } from '../../core/steps.ts';

// Entities and mentions as CSV, with the conventions of the annotations CSV (../csv.ts): RFC 4180, CRLF, UTF-8 with a
// byte order mark, cells that would start a formula begin with an apostrophe. Lists in a cell (aliases) are joined
// with `;`. Offsets are code points over the article's canonical text, as everywhere in Apostille.

export const ENTITY_CSV_COLUMNS = ['entity_id', 'type', 'name', 'aliases', 'note', 'external_id', 'mentions', 'articles'] as const;

export const MENTION_CSV_COLUMNS = [
  'mention_id', 'entity_id', 'entity_name', 'type', 'document_id', 'document_title', 'text', 'start', 'end', 'value', 'value_kind',
  'context_before', 'context_after', 'orphan',
] as const;

/** How much of the article is given on either side of a mention, in characters. */
export const CONTEXT_LENGTH = 60;

/**
 * Every entity, most mentioned first: of the library, or, given articles, those they mention (with their numbers of
 * mentions and articles among those).
 */
export function entitiesCsv(db: Database, documentIds?: readonly string[]): string {
  const entities = listEntities(db, { limit: Number.MAX_SAFE_INTEGER, ...(documentIds ? { documentIds } : {}) });
  const rows = entities.map((e) => csvRow([e.id, e.type, e.name, e.aliases.join(';'), e.note, e.externalId, e.mentionCount, e.documentCount]));
  return csvHeader(ENTITY_CSV_COLUMNS) + rows.join('');
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/** Every mention of the articles, in text order (orphans last, with the context they were saved with). */
export async function mentionsCsv(db: Database, ids: readonly string[], control: StepControl = {}): Promise<string> {
  const parts = [csvHeader(MENTION_CSV_COLUMNS)];
  for await (const id of steps(ids, control)) {
    const doc = entityDocument(db, id);
    if (!doc) continue;
    const mentions = documentMentions(db, doc.id);
    if (!mentions.length) continue;
    const convert = offsetConverter(doc.text);
    for (const m of mentions) {
      let before = m.prefix;
      let after = m.suffix;
      if (!m.orphan) {
        const from = convert.toUtf16(m.start);
        const to = convert.toUtf16(m.end);
        before = [...doc.text.slice(Math.max(0, from - CONTEXT_LENGTH * 2), from)].slice(-CONTEXT_LENGTH).join('');
        after = [...doc.text.slice(to, to + CONTEXT_LENGTH * 2)].slice(0, CONTEXT_LENGTH).join('');
      }
      parts.push(csvRow([
        m.id, m.entityId, m.name, m.type, doc.id, doc.title, m.exact, m.start, m.end, m.value ? valueText(m.value) : null, m.value?.kind ?? null,
        oneLine(before).trimStart(), oneLine(after).trimEnd(), m.orphan,
      ]));
    }
  }
  return parts.join('');
}
