import * as CFI from 'foliate-js/epubcfi.js';
import { JSDOM, type DomDocument, type DomElement, type DomNode } from 'jsdom';
import type { Block } from '../contract/schemas.ts';
import { BLOCK_KINDS } from '../import/html.ts';
import { openEpub } from './epub-package.ts';

const COLLAPSIBLE = /[ \t\n\r\f]/;
const blockText = (element: DomNode) => (element.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim().normalize('NFC');
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

/**
 * EPUB CFIs (EPUB Canonical Fragment Identifiers 1.1) of passages of an imported book: for each [start, end) of its
 * canonical text (UTF-16), the CFI of that range in the book's own chapter file, written by foliate-js's CFI module,
 * or null where the passage is not in a block the chapter files still show. The import's blocks are found again in
 * the original chapters, in order, by their text (sanitising may have dropped some), and each offset in a block is
 * placed on the chapter's text nodes as the import read them.
 */
export function epubCfis(bytes: Uint8Array, text: string, blocks: readonly Block[], passages: readonly { start: number; end: number }[]): (string | null)[] {
  const { itemrefs, chapters } = openEpub(bytes);
  const spineCfis = CFI.fromElements(itemrefs);
  // Each canonical block's element in a chapter, with the chapter's spine CFI.
  const placed: ({ element: DomElement; base: string } | undefined)[] = new Array(blocks.length);
  let next = 0;
  for (const chapter of chapters) {
    const doc = chapterDocument(chapter.html);
    if (!doc?.body) continue;
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
  const blockAt = (offset: number, isEnd: boolean) => {
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
  };
  return passages.map(({ start, end }) => {
    const first = blockAt(start, false);
    const last = blockAt(end, true);
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
