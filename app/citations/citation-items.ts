import { cached, type Database } from '../store/database.ts';
import type { NewDocument } from '../store/documents.ts';
import { getCitation, type CslItem } from '../store/page-assets.ts';
import { dateParts, personName } from './csl-values.ts';

type Row = Pick<NewDocument, 'id' | 'title' | 'source' | 'author' | 'place' | 'url' | 'published' | 'language' | 'importedAt' | 'format'>;

/**
 * An article's citation as one CSL-JSON item: what its page said about itself (its citation data: type, authors as
 * family and given names, section, description…), with the article's details as the reader sees and corrects them
 * winning for what they cover (title, publication, authors, date, place, address, language). Every export of
 * citations and the copy with a citation start from it.
 */
export function citationItem(db: Database, documentId: string): CslItem {
  const row = cached(db, `SELECT id, title, source, author, place, url, published, language, imported_at AS importedAt, format
    FROM documents WHERE id = ?`).get(documentId) as unknown as Row;
  const stored = getCitation(db, documentId);
  const item: CslItem = { ...stored, type: stored?.type ?? (row.source ? 'article-newspaper' : row.url ? 'webpage' : 'document'), id: row.id, title: row.title };
  setOrDelete(item, 'container-title', row.source);
  setOrDelete(item, 'URL', row.url);
  setOrDelete(item, 'language', row.language);
  setOrDelete(item, 'event-place', row.place);
  if (row.published) item.issued = dateParts(row.published);
  else delete item.issued;
  if (!item.accessed) item.accessed = dateParts(row.importedAt.slice(0, 10));
  const authors = row.author ? authorsOf(row.author, stored) : null;
  if (authors) item.author = authors;
  else delete item.author;
  item['citation-key'] = citationKey(item);
  return item;
}

/** The citation items of many articles, their keys made unique (dubois2025lyon, dubois2025lyona…). */
export function citationItems(db: Database, ids: readonly string[]): CslItem[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const item = citationItem(db, id);
    const key = item['citation-key'] as string;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) item['citation-key'] = `${key}${String.fromCharCode(96 + Math.min(n, 26))}${n > 26 ? n : ''}`;
    return item;
  });
}

function setOrDelete(item: CslItem, key: string, value: string | null): void {
  if (value) item[key] = value;
  else delete item[key];
}

/**
 * The authors as names: those the page gave, while the reader has not changed the article's author line, else the article's author line split at commas or semicolons — an agency's byline
 * ("latribune.fr") stays one literal name.
 */
function authorsOf(line: string, stored: CslItem | null): Record<string, string>[] {
  const byline = (stored?.custom as { byline?: string } | undefined)?.byline;
  if (Array.isArray(stored?.author) && byline === line) return stored.author as Record<string, string>[];
  const parts = line.includes(';') ? line.split(';') : line.split(/,\s+(?=\S+\s)/);
  return parts.map((p) => p.replace(/^(?:par|by)\s+/i, '').trim()).filter(Boolean).map(personName);
}

/** A key as reference managers make them: first author's family name, year, first word of the title. */
function citationKey(item: CslItem): string {
  const first = (item.author as Record<string, string>[] | undefined)?.[0];
  const who = first?.family ?? first?.literal ?? (item['container-title'] as string | undefined) ?? 'anon';
  const year = (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0] ?? 'nd';
  const word = (item.title as string).split(/\s+/).find((w) => w.replace(/\P{L}/gu, '').length > 3) ?? '';
  const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${ascii(who.split(/\s+/).at(-1) ?? who)}${year}${ascii(word)}` || 'ref';
}
