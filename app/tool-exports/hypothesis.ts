import { invalidExport, isFields } from './read-export.ts';
import type { ToolEntry, ToolExport, ToolHighlight } from './types.ts';

type Fields = Record<string, unknown>;

/** Whether the text is Hypothesis annotations as JSON: its first annotation has a `uri` and an `acct:` user (and a target). */
export function looksLikeHypothesis(_name: string, head: string): boolean {
  const start = head.trimStart();
  if (!start.startsWith('[') && !start.startsWith('{')) return false;
  let value: unknown;
  try {
    value = JSON.parse(start);
  } catch {
    // Only the head of a larger file: read the first annotation's keys as text.
    return /"uri"\s*:\s*"/.test(start) && /"user"\s*:\s*"acct:/.test(start);
  }
  const first = annotationsOf(value)?.[0];
  return isFields(first) && typeof first.uri === 'string' && typeof first.user === 'string' && first.user.startsWith('acct:') && Array.isArray(first.target);
}

/**
 * Reads Hypothesis annotations (the API's array or `{ total, rows }`, or the client's `{ annotations }` export): one entry
 * per annotated address, each quoted annotation a highlight with its selectors, note and tags. Page notes and replies
 * are reported as skipped.
 */
export function parseHypothesis(text: string, name: string): ToolExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidExport('Hypothesis', name, `not valid JSON (${(error as Error).message})`);
  }
  const annotations = annotationsOf(value);
  if (!annotations) throw invalidExport('Hypothesis', name, 'not a list of Hypothesis annotations (an array, or an object with rows)');

  const pages = new Map<string, ToolEntry>();
  const skipped: ToolExport['skipped'] = [];
  for (const [index, annotation] of annotations.entries()) {
    const at = `entry ${index + 1}`;
    if (!isFields(annotation)) throw invalidExport('Hypothesis', at, 'not an annotation object');
    if (typeof annotation.uri !== 'string' || annotation.uri.trim() === '') throw invalidExport('Hypothesis', at, 'an annotation without uri');
    if (annotation.target !== undefined && !Array.isArray(annotation.target)) throw invalidExport('Hypothesis', at, 'its target is not a list');
    if (Array.isArray(annotation.references) && annotation.references.length > 0) {
      skipped.push({ at, reason: 'reply' });
      continue;
    }
    const targets: unknown[] = Array.isArray(annotation.target) ? annotation.target : [];
    const selectors = targets.map((t) => (isFields(t) && Array.isArray(t.selector) ? t.selector : [])).find((s) => s.length > 0);
    if (!selectors) {
      skipped.push({ at, reason: 'page_note' });
      continue;
    }
    const highlight = readHighlight(annotation, selectors);
    if (!highlight) {
      skipped.push({ at, reason: 'no_quote' });
      continue;
    }
    const uri = annotation.uri.trim();
    let page = pages.get(uri);
    if (!page) {
      page = { at, title: null, url: uri, highlights: [] };
      pages.set(uri, page);
    }
    page.title ??= titleOf(annotation.document);
    page.highlights.push(highlight);
  }
  return { tool: 'hypothesis', entries: [...pages.values()], skipped };
}

function annotationsOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isFields(value) && Array.isArray(value.rows)) return value.rows;
  if (isFields(value) && Array.isArray(value.annotations)) return value.annotations;
  return null;
}

/** The quote, context and offsets from the selectors, with the note, tags and date; null without a TextQuoteSelector. */
function readHighlight(annotation: Fields, selectors: unknown[]): ToolHighlight | null {
  const quote = selectors.find((s) => isFields(s) && s.type === 'TextQuoteSelector' && typeof s.exact === 'string') as Fields | undefined;
  if (!quote) return null;
  const highlight: ToolHighlight = { quote: quote.exact as string };
  if (typeof quote.prefix === 'string') highlight.prefix = quote.prefix;
  if (typeof quote.suffix === 'string') highlight.suffix = quote.suffix;
  const position = selectors.find((s) => isFields(s) && s.type === 'TextPositionSelector') as Fields | undefined;
  if (position && typeof position.start === 'number' && typeof position.end === 'number') {
    highlight.start = position.start;
    highlight.end = position.end;
  }
  if (typeof annotation.text === 'string' && annotation.text.trim() !== '') highlight.note = annotation.text.trim();
  const tags = Array.isArray(annotation.tags) ? annotation.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [];
  if (tags.length > 0) highlight.tags = tags;
  const created = isoDate(annotation.created);
  if (created) highlight.created = created;
  return highlight;
}

function titleOf(document: unknown): string | null {
  if (!isFields(document)) return null;
  const title = Array.isArray(document.title) ? document.title[0] : document.title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : null;
}

function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
