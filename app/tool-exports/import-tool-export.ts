import { randomUUID } from 'node:crypto';
import { toAppError } from '../contract/errors.ts';
import type { Annotation, ImportReport } from '../contract/schemas.ts';
import { eachAtOnce } from '../core/at-once.ts';
import type { StepControl } from '../core/steps.ts';
import { articleOf, codePointLength, insert, place } from '../export/import-annotations.ts';
import { storeParsed } from '../import/import-batch.ts';
import { detectLanguage } from '../import/language.ts';
import { countWords, documentIdFor } from '../import/normalise.ts';
import { parseFile } from '../import/parse-file.ts';
import { tagDocuments } from '../store/collections.ts';
import { cached, transaction, type Database } from '../store/database.ts';
import { markDocuments } from '../store/document-marks.ts';
import type { NewDocument } from '../store/documents.ts';
import { ADDRESSES_AT_ONCE } from '../web/import-addresses.ts';
import { documentFromAddress, siteOfAddress } from '../web/page-document.ts';
import { TOOL_NAMES } from './read-export.ts';
import type { Tool, ToolEntry, ToolExport, ToolHighlight } from './types.ts';

export interface ToolImportOptions {
  /** Fetch the pages of entries the export has no text for (their addresses), a few at a time. */
  fetchPages: boolean;
  allowLocalAddresses: boolean;
}


type Target = { entry: ToolEntry; id?: string; doc?: NewDocument };

/**
 * Brings another tool's export into the library, into `report`: each entry becomes an article — the one the library
 * already has at its address (or, for a book, its title), the text the export carries (Omnivore), its page fetched when
 * the reader asks, or else an article made of its highlights, which a later save of its address turns into a new
 * version with the highlights moved onto the full text — and its highlights and notes are placed on that article's text
 * with the anchoring of new versions (quote, context, position); one that cannot be placed is kept as a passage not
 * found. Pages are fetched first; then everything is written in one transaction: a file lands whole or not at all.
 */
export async function importToolExport(
  db: Database, file: string, exported: ToolExport, options: ToolImportOptions, report: ImportReport, control: StepControl = {},
): Promise<void> {
  const now = new Date().toISOString();
  const skipped = (report.skipped ??= []);
  for (const s of exported.skipped) skipped.push({ file, at: s.at, reason: s.reason });
  const targets: Target[] = [];
  const toFetch: Target[] = [];
  for (const entry of exported.entries) {
    const existing = findArticle(db, entry);
    if (existing) {
      targets.push({ entry, id: existing.id });
      report.duplicates.push({ file, id: existing.id, title: existing.title });
    }
    else if (entry.content) targets.push({ entry, doc: fromContent(entry, now) });
    else if (options.fetchPages && entry.url) toFetch.push({ entry });
    else if (entry.highlights.length > 0) targets.push({ entry, doc: fromHighlights(entry, exported.tool, now) });
    else skipped.push(entry.url ? { file, at: entry.at, reason: 'no_text', url: entry.url } : { file, at: entry.at, reason: 'nothing_to_import' });
  }
  let done = 0;
  await eachAtOnce(toFetch, ADDRESSES_AT_ONCE, control.signal, async (target) => {
    const { entry } = target;
    try {
      target.doc = (await documentFromAddress(entry.url!, { allowLocal: options.allowLocalAddresses, signal: control.signal }, now)).doc;
      targets.push(target);
    } catch (error) {
      if (control.signal?.aborted) return;
      report.failed.push({ file: entry.url!, error: toAppError(error).toJSON() });
      if (entry.highlights.length > 0) targets.push({ entry, doc: fromHighlights(entry, exported.tool, now) });
    }
    control.progress?.({ done: ++done, total: toFetch.length });
    await control.pause?.();
  });
  if (control.signal?.aborted) return;

  const highlights = (report.highlights ??= { placed: 0, notFound: 0, duplicates: 0 });
  transaction(db, () => {
    for (const target of targets) {
      let id = target.id;
      if (target.doc) {
        const failures = report.failed.length;
        storeParsed(db, { name: file }, target.doc, now, report);
        if (report.failed.length > failures) continue;
        id = target.doc.id;
      }
      const { entry } = target;
      if (entry.tags?.length) tagDocuments(db, [id!], entry.tags, [], now);
      if (entry.archived) markDocuments(db, [id!], { archived: true }, now);
      placeHighlights(db, id!, entry.highlights, now, highlights);
    }
  });
}

/** The article an entry is about, when the library has it: same address, else (a book, with no address) same title. */
function findArticle(db: Database, entry: ToolEntry): { id: string; title: string } | undefined {
  if (entry.url) {
    return cached(db, 'SELECT id, title FROM documents WHERE url = ? AND trashed_at IS NULL ORDER BY seq DESC LIMIT 1').get(entry.url) as { id: string; title: string } | undefined;
  }
  if (!entry.title) return undefined;
  return cached(db, 'SELECT id, title FROM documents WHERE title = ? COLLATE NOCASE AND trashed_at IS NULL ORDER BY seq DESC LIMIT 1').get(entry.title) as { id: string; title: string } | undefined;
}

function withEntryDetails(doc: NewDocument, entry: ToolEntry): NewDocument {
  return {
    ...doc,
    title: entry.title?.trim() || doc.title,
    url: entry.url ?? doc.url,
    author: entry.author?.trim() || doc.author,
    published: entry.published?.slice(0, 10) ?? doc.published,
    source: doc.source ?? (entry.url ? siteOfAddress(entry.url) : null),
    fileName: null,
  };
}

/** The article as the export carries it (Omnivore's saved HTML or Markdown), imported as a file of that kind. */
function fromContent(entry: ToolEntry, now: string): NewDocument {
  const { format, text } = entry.content!;
  const extension = format === 'html' ? '.html' : format === 'markdown' ? '.md' : '.txt';
  return withEntryDetails(parseFile(`${entry.title ?? 'article'}${extension}`, new TextEncoder().encode(text), now), entry);
}

/** An article made of an entry's highlights, one paragraph each: all the export knows of its text. */
function fromHighlights(entry: ToolEntry, tool: Tool, now: string): NewDocument {
  const text = entry.highlights.map((h) => h.quote.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n').normalize('NFC');
  const blocks: NewDocument['blocks'] = [];
  let at = 0;
  for (const paragraph of text.split('\n\n')) {
    blocks.push({ kind: 'paragraph', start: at, end: at + paragraph.length });
    at += paragraph.length + 2;
  }
  const doc: NewDocument = {
    id: documentIdFor(text), title: entry.title?.trim() || entry.url || TOOL_NAMES[tool], source: TOOL_NAMES[tool], author: entry.author ?? null,
    place: null, url: entry.url, published: entry.published?.slice(0, 10) ?? null, language: detectLanguage(text), format: 'text', fileName: null,
    encoding: 'UTF-8', importedAt: now, wordCount: countWords(text), text, html: null, blocks, original: new TextEncoder().encode(text),
  };
  return withEntryDetails(doc, entry);
}

/** Places highlights on the article's text; one already there (the same export imported twice) is not added again. */
function placeHighlights(db: Database, documentId: string, items: ToolHighlight[], now: string, counts: { placed: number; notFound: number; duplicates: number }): void {
  if (items.length === 0) return;
  const row = cached(db, 'SELECT id, text, note FROM documents WHERE id = ?').get(documentId) as { id: string; text: string; note: string | null };
  const article = articleOf(row);
  const already = cached(db, "SELECT 1 FROM annotations WHERE document_id = ? AND exact = ? AND motivation != 'identifying' LIMIT 1");
  for (const item of items) {
    const exact = item.quote.replace(/\s+/g, ' ').trim().normalize('NFC');
    if (!exact) continue;
    const quote = { exact, prefix: item.prefix?.normalize('NFC') ?? '', suffix: item.suffix?.normalize('NFC') ?? '' };
    const position = item.start !== undefined && item.end !== undefined && item.end > item.start ? { start: item.start, end: item.end } : null;
    const placed = place(article, { quote, position });
    if (already.get(documentId, placed?.exact ?? exact)) {
      counts.duplicates++;
      continue;
    }
    const note = [item.note?.trim(), item.location?.trim()].filter(Boolean).join('\n\n') || null;
    const common = {
      id: randomUUID(), documentId, motivation: (note ? 'commenting' : 'highlighting') as Annotation['motivation'], color: item.color ?? 'yellow', note,
      tags: [...new Set(item.tags ?? [])], created: item.created ?? now, modified: item.created ?? now, entityId: null, value: null, regions: null, area: null, snapshot: null,
    };
    if (placed) {
      const { moved: _moved, ...target } = placed;
      insert(db, { ...common, ...target, orphan: false });
      counts.placed++;
    } else {
      insert(db, { ...common, ...quote, start: 0, end: Math.max(1, codePointLength(exact)), orphan: true });
      counts.notFound++;
    }
  }
}
