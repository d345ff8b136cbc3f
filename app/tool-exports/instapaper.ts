import { cleanTags, hasColumns, readCsv, unixSecondsToIso, unusableAddress } from './csv-exports.ts';
import { invalidExport } from './read-export.ts';
import type { ToolEntry, ToolExport } from './types.ts';

const COLUMNS = ['URL', 'Title', 'Selection', 'Folder', 'Timestamp'];
const SIGNATURE = ['URL', 'Title', 'Selection', 'Folder'];

/** Whether this file is Instapaper's CSV export, from its header line (its name plays no part). */
export function looksLikeInstapaper(_name: string, head: string): boolean {
  return hasColumns(head, SIGNATURE);
}

/**
 * Reads Instapaper's CSV export: one article a row, its Selection (the passage chosen when saving) as a highlight. The
 * Archive folder means archived; any other folder but Unread (Starred, the reader's own) becomes a tag.
 */
export function parseInstapaper(text: string, _name: string): ToolExport {
  const result: ToolExport = { tool: 'instapaper', entries: [], skipped: [] };
  for (const { line, fields } of readCsv('Instapaper', text, COLUMNS)) {
    const at = `line ${line}`;
    const title = fields.Title?.trim() || null;
    const url = fields.URL?.trim() ?? '';
    if (!title && !url) throw invalidExport('Instapaper', at, 'the row has neither a title nor an address');
    const savedAt = unixSecondsToIso(fields.Timestamp ?? '', 'Instapaper', at);
    const selection = fields.Selection?.trim() ?? '';
    const unusable = unusableAddress(url);
    if (unusable) {
      result.skipped.push({ at, reason: selection ? 'not_web_address' : unusable });
      continue;
    }
    const folder = fields.Folder?.trim() ?? '';
    const tags = cleanTags([...instapaperTags(fields.Tags ?? ''), ...(/^(?:Unread|Archive|)$/i.test(folder) ? [] : [folder])]);
    const entry: ToolEntry = { at, title, url, savedAt, archived: /^Archive$/i.test(folder), highlights: selection ? [{ quote: selection }] : [] };
    if (tags.length > 0) entry.tags = tags;
    result.entries.push(entry);
  }
  return result;
}

/** Newer exports write tags as a JSON list (`["a","b"]`); anything else is read as a comma-separated list. */
function instapaperTags(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(trimmed);
      if (Array.isArray(list)) return list.map((t) => (typeof t === 'string' ? t : ''));
    } catch {
      // Not JSON after all: read below as a plain list.
    }
  }
  return trimmed.split(',');
}
