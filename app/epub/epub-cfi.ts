import { createHash } from 'node:crypto';
import * as CFI from 'foliate-js/epubcfi.js';
import { JSDOM, type DomDocument, type DomElement, type DomNode } from 'jsdom';
import type { Block } from '../contract/schemas.ts';
import { BLOCK_KINDS, blockText } from '../import/html.ts';
import { openEpub } from './epub-package.ts';

const COLLAPSIBLE = /[ \t\n\r\f]/;
const isBlock = (node: DomNode) => node.nodeType === 1 && BLOCK_KINDS[node.nodeName.toUpperCase()] !== undefined;

/** The leaf block elements of a chapter, in order: the elements the import took each block of text from. */
function leafBlocks(root: DomNode): DomElement[] {
  const found: DomElement[] = [];
  const visit = (node: DomNode): void => {
    if (isBlock(node) && !Array.from(node.childNodes).some(isBlock)) {
      if (blockText(node)) found.push(node as DomElement);
      return;
    }
    Array.from(node.childNodes).forEach(visit);
  };
  visit(root);
  return found;
}

/** The chapter's file as the book has it (XHTML; HTML when it is not well-formed), or null when it cannot be read. */
function chapterDocument(html: string): DomDocument | null {
  for (const contentType of ['application/xhtml+xml', 'text/html']) {
    try {
      return new JSDOM(html, { contentType }).window.document;
    } catch {
      // Next reading.
    }
  }
  return null;
}

/**
 * The point of `element`'s text where the block's canonical text reaches `offset` (the import collapsed runs of
 * white space into one space and trimmed the ends): a text node and an offset in it. `isEnd`: the point just after the
 * character before `offset`.
 */
function pointIn(element: DomElement, offset: number, isEnd = false): { node: DomNode; offset: number } | null {
  // A passage's end is just after its last character (in that character's text node, not before the next one's).
  if (isEnd && offset > 0) {
    const lastChar = pointIn(element, offset - 1);
    return lastChar && { node: lastChar.node, offset: lastChar.offset + 1 };
  }
  let c = 0;
  // Where the run of white space that counts as the text's next space began.
  let pending: { node: DomNode; offset: number } | null = null;
  let last: { node: DomNode; offset: number } | null = null;
  const walk = (node: DomNode): { node: DomNode; offset: number } | null => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const raw = node.textContent ?? '';
      for (let r = 0; r < raw.length; r++) {
        if (COLLAPSIBLE.test(raw[r]!)) {
          if (c > 0 && !pending) pending = { node, offset: r };
          continue;
        }
        if (pending) {
          if (offset === c) return pending;
          c++;
          pending = null;
        }
        if (offset === c) return { node, offset: r };
        c++;
      }
      last = { node, offset: raw.length };
      return null;
    }
    for (const child of Array.from(node.childNodes)) {
      const found = walk(child);
      if (found) return found;
    }
    return null;
  };
  return walk(element) ?? (offset === c ? last : null);
}

interface PlacedBlocks {
  /** Each canonical block's element in a chapter file, with the chapter's spine CFI. */
  placed: ({ element: DomElement; base: string } | undefined)[];
  /** Each chapter's file by its place in the spine. */
  documents: Map<number, DomDocument>;
}

/**
 * The import's blocks found again in the book's own chapter files: in order, by their text (sanitising may have
 * dropped some, which are then not placed).
 */
function placeBlocks(bytes: Uint8Array, text: string, blocks: readonly Block[]): PlacedBlocks {
  // A book's chapters are parsed once for a run of calls (each selection in the book view asks for one CFI).
  const key = `${createHash('sha1').update(bytes).digest('hex')}:${text.length}:${blocks.length}`;
  const known = recent.get(key);
  if (known) return known;
  const found = placeBlocksNow(bytes, text, blocks);
  recent.set(key, found);
  if (recent.size > 2) recent.delete(recent.keys().next().value!);
  return found;
}

const recent = new Map<string, PlacedBlocks>();

function placeBlocksNow(bytes: Uint8Array, text: string, blocks: readonly Block[]): PlacedBlocks {
  const { itemrefs, chapters } = openEpub(bytes);
  const spineCfis = CFI.fromElements(itemrefs);
  const placed: PlacedBlocks['placed'] = new Array(blocks.length);
  const documents = new Map<number, DomDocument>();
  let next = 0;
  for (const chapter of chapters) {
    const doc = chapterDocument(chapter.html);
    if (!doc?.body) continue;
    documents.set(chapter.spineIndex, doc);
    for (const element of leafBlocks(doc.body)) {
      const content = blockText(element);
      for (let i = next; i < Math.min(blocks.length, next + 50); i++) {
        if (text.slice(blocks[i]!.start, blocks[i]!.end) === content) {
          placed[i] = { element, base: spineCfis[chapter.spineIndex]! };
          next = i + 1;
          break;
        }
      }
    }
  }
  return { placed, documents };
}

/** The block of `blocks` holding `offset` (for an end, the block it closes), or -1. */
function blockAt(blocks: readonly Block[], offset: number, isEnd: boolean): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (isEnd ? offset <= b.start : offset < b.start) hi = mid - 1;
    else if (isEnd ? offset > b.end : offset >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * EPUB CFIs (EPUB Canonical Fragment Identifiers 1.1) of passages of an imported book: for each [start, end) of its
 * canonical text (UTF-16), the CFI of that range in the book's own chapter file, written by foliate-js's CFI module,
 * or null where the passage is not in a block the chapter files still show. Each offset in a block is placed on the
 * chapter's text nodes as the import read them.
 */
export function epubCfis(bytes: Uint8Array, text: string, blocks: readonly Block[], passages: readonly { start: number; end: number }[]): (string | null)[] {
  const { placed } = placeBlocks(bytes, text, blocks);
  return passages.map(({ start, end }) => {
    const first = blockAt(blocks, start, false);
    const last = blockAt(blocks, end, true);
    const from = placed[first];
    const to = placed[last];
    if (!from || !to || from.base !== to.base) return null;
    const a = pointIn(from.element, start - blocks[first]!.start);
    const b = pointIn(to.element, end - blocks[last]!.start, true);
    if (!a || !b) return null;
    const local = CFI.fromRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset, collapsed: false });
    return CFI.joinIndir(from.base, local);
  });
}

interface TreeNode extends DomNode {
  readonly parentNode: TreeNode | null;
}

/** How many characters of a block's canonical text come before a point of its element (white space collapsed). */
function offsetIn(element: DomElement, node: DomNode, offset: number): number | null {
  let c = 0;
  let pending = false;
  let found: number | null = null;
  const walk = (current: DomNode): boolean => {
    if (current.nodeType === 3 || current.nodeType === 4) {
      const raw = current.textContent ?? '';
      const stop = current === node ? Math.min(offset, raw.length) : raw.length;
      for (let r = 0; r < stop; r++) {
        if (COLLAPSIBLE.test(raw[r]!)) {
          pending = c > 0;
          continue;
        }
        if (pending) {
          c++;
          pending = false;
        }
        c++;
      }
      if (current === node) {
        // White space just before the point is the text's space before it (trimmed at a block's end, by the caller).
        found = c + (pending ? 1 : 0);
        return true;
      }
      return false;
    }
    if (current === node) {
      // A point between an element's children: the text before the child at `offset`.
      Array.from(current.childNodes).slice(0, offset).forEach((child) => walk(child));
      found = c + (pending ? 1 : 0);
      return true;
    }
    return Array.from(current.childNodes).some(walk);
  };
  walk(element);
  return found;
}

/**
 * The passage of a book's canonical text (UTF-16) that an EPUB CFI range names (as foliate-js writes them for a
 * selection in the book's view), or null where the range is not in the blocks the import read.
 */
export function locateCfi(bytes: Uint8Array, text: string, blocks: readonly Block[], cfi: string): { start: number; end: number } | null {
  const { placed, documents } = placeBlocks(bytes, text, blocks);
  let parts: { parent: { index: number }[][]; start: unknown[]; end: unknown[] };
  try {
    parts = CFI.parse(cfi) as typeof parts;
  } catch {
    return null;
  }
  const spineStep = parts.parent?.[0]?.at(-1)?.index;
  const doc = spineStep === undefined ? undefined : documents.get(spineStep / 2 - 1);
  if (!doc || parts.parent.length < 2) return null;
  let range: { startContainer: unknown; startOffset?: number; endContainer: unknown; endOffset?: number };
  try {
    range = CFI.toRange(doc, { ...parts, parent: parts.parent.slice(1) }) as typeof range;
  } catch {
    return null;
  }
  const byElement = new Map(placed.flatMap((p, i) => (p ? [[p.element as DomNode, i] as const] : [])));
  const at = (node: TreeNode, offset: number) => {
    for (let up: TreeNode | null = node; up; up = up.parentNode) {
      const i = byElement.get(up);
      if (i === undefined) continue;
      const inside = offsetIn(up as unknown as DomElement, node, offset);
      return inside === null ? null : blocks[i]!.start + Math.min(inside, blocks[i]!.end - blocks[i]!.start);
    }
    return null;
  };
  const start = at(range.startContainer as TreeNode, range.startOffset ?? 0);
  const end = at(range.endContainer as TreeNode, range.endOffset ?? 0);
  return start !== null && end !== null && end > start ? { start, end } : null;
}
