import type { Block } from '../../../app/contract/index.ts';

/** A run of characters where the page's text node and the canonical text advance together. */
export interface Segment {
  node: Text;
  /** Offset in the text node (UTF-16). */
  nodeStart: number;
  /** Offset in the canonical text (UTF-16). */
  start: number;
  length: number;
}

/**
 * Two-way map between the article as drawn on the page and its canonical text (the text annotations are anchored in).
 * A plain-text article is drawn from slices of the canonical text, so the map is exact by construction; a web page or
 * Markdown article keeps its own markup, and its text nodes are aligned with the canonical text the importer derived
 * from the same sanitised HTML (app/import/html.ts: block text with whitespace collapsed, NFC).
 */
export class TextMap {
  private readonly segments: Segment[];
  private readonly byNode: Map<Text, Segment[]>;

  private constructor(segments: Segment[]) {
    this.segments = segments;
    this.byNode = new Map();
    for (const segment of segments) {
      const list = this.byNode.get(segment.node);
      if (list) list.push(segment);
      else this.byNode.set(segment.node, [segment]);
    }
  }

  /** Segments made elsewhere (a PDF's text layers): in document order, which is also their order in the text. */
  static fromSegments(segments: Segment[]): TextMap {
    return new TextMap(segments);
  }

  /** A plain-text article: every element with data-offset holds one text node, a slice of the canonical text. */
  static fromPieces(root: HTMLElement): TextMap {
    const segments: Segment[] = [];
    for (const piece of root.querySelectorAll<HTMLElement>('[data-offset]')) {
      const node = piece.firstChild;
      if (node instanceof Text && node.length > 0) segments.push({ node, nodeStart: 0, start: Number(piece.dataset.offset), length: node.length });
    }
    return new TextMap(segments);
  }

  /**
   * A sanitised HTML article: its leaf block elements, in order, are the article's blocks. Null when the page and the
   * canonical text disagree (an article stored by another version of the importer): the caller then draws the blocks.
   */
  static fromHtml(root: HTMLElement, text: string, blocks: Block[]): TextMap | null {
    const elements = leafBlocks(root);
    if (elements.length !== blocks.length) return null;
    const segments: Segment[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const aligned = alignBlock(elements[i]!, text, blocks[i]!);
      if (!aligned) return null;
      segments.push(...aligned);
    }
    return new TextMap(segments);
  }

  /** The page range of canonical [start, end), or null if it falls outside the drawn text. */
  toRange(start: number, end: number): Range | null {
    const first = this.segmentAt(start, false);
    const last = this.segmentAt(end, true);
    if (!first || !last) return null;
    const range = document.createRange();
    range.setStart(first.node, first.nodeStart + Math.max(0, start - first.start));
    range.setEnd(last.node, last.nodeStart + Math.min(last.length, end - last.start));
    return range.collapsed ? null : range;
  }

  /** The canonical offset of a point on the page (a selection boundary, a caret under the mouse). */
  toOffset(container: Node, offset: number, side: 'start' | 'end'): number | null {
    if (container instanceof Text) {
      const segments = this.byNode.get(container);
      if (segments) {
        for (const s of segments) {
          if (offset < s.nodeStart) return s.start;
          if (offset <= s.nodeStart + s.length) return s.start + (offset - s.nodeStart);
        }
        const last = segments.at(-1)!;
        return last.start + last.length;
      }
    }
    // A point between elements, or in text outside the map (the header): the nearest mapped text on the inside.
    const target = container instanceof Text ? container : (container.childNodes[side === 'start' ? offset : offset - 1] ?? container);
    const index = this.firstSegmentAfter(target, side);
    if (index === null) return null;
    const s = this.segments[index]!;
    return side === 'start' ? s.start : s.start + s.length;
  }

  private segmentAt(offset: number, isEnd: boolean): Segment | undefined {
    const { segments } = this;
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.start <= offset - (isEnd ? 1 : 0)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (isEnd) return found >= 0 ? segments[found] : undefined;
    // A start inside a collapsed gap (between blocks, on a collapsed space) moves to the next drawn character.
    const at = segments[found];
    if (at && offset < at.start + at.length) return at;
    return segments[found + 1];
  }

  /** Index of the first segment at or after `node` in document order (for 'end', the last one at or before it). */
  private firstSegmentAfter(node: Node, side: 'start' | 'end'): number | null {
    const { segments } = this;
    if (segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    let found: number | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const segmentNode = segments[mid]!.node;
      const inside = node === segmentNode || node.contains(segmentNode);
      const after = inside || Boolean(node.compareDocumentPosition(segmentNode) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (side === 'start') {
        if (after) {
          found = mid;
          hi = mid - 1;
        } else lo = mid + 1;
      } else if (inside || !after) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

const BLOCK_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'PRE', 'BLOCKQUOTE', 'LI', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION']);
const COLLAPSIBLE = /[ \t\n\r\f]/;

/** The block elements the importer took text from: block tags with no block tag inside (same rule as the importer). */
function leafBlocks(root: HTMLElement): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (element: Element): void => {
    const isBlock = BLOCK_TAGS.has(element.tagName);
    if (isBlock && ![...element.children].some((c) => BLOCK_TAGS.has(c.tagName))) {
      if ((element.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim()) found.push(element as HTMLElement);
      return;
    }
    for (const child of element.children) visit(child);
  };
  visit(root);
  return found;
}

/** Aligns one block element's text nodes with the block's canonical text: collapsed spaces and NFC composition. */
function alignBlock(element: HTMLElement, text: string, block: Block): Segment[] | null {
  const content = text.slice(block.start, block.end);
  const segments: Segment[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let c = 0;
  let pendingSpace = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const raw = node.data;
    for (let r = 0; r < raw.length; r++) {
      const char = raw[r]!;
      if (COLLAPSIBLE.test(char)) {
        pendingSpace = c > 0;
        continue;
      }
      if (pendingSpace) {
        if (content[c] !== ' ') return null;
        c++;
        pendingSpace = false;
      }
      if (content[c] === char) {
        const last = segments.at(-1);
        if (last && last.node === node && last.nodeStart + last.length === r && last.start + last.length === block.start + c) last.length++;
        else segments.push({ node, nodeStart: r, start: block.start + c, length: 1 });
        c++;
        continue;
      }
      // A character and the combining marks after it, composed into one by NFC.
      let marks = r + 1;
      while (marks < raw.length && /\p{M}/u.test(raw[marks]!)) marks++;
      const composed = raw.slice(r, marks).normalize('NFC');
      if (!content.startsWith(composed, c)) return null;
      segments.push({ node, nodeStart: r, start: block.start + c, length: Math.min(composed.length, marks - r) });
      c += composed.length;
      r = marks - 1;
    }
  }
  return c === content.length ? segments : null;
}
