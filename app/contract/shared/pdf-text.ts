// A PDF page's text as Apostille keeps it, from the text items pdf.js gives (in its reading order). Shared with the
// renderer: the core builds the article's canonical text with it at import, and the PDF view maps a selection in
// pdf.js's text layer (one element per item) to offsets in that same text.
import type { Block } from '../schemas.ts';

/** What this needs of a pdf.js text item (TextItem): its string, whether a line ends after it, where it sits. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, x, y]: the text matrix; the font size is |d| (or |b| for rotated text), the baseline y. */
  transform: number[];
  height: number;
}

export interface PdfPageText {
  /** The page's text: paragraphs and headings apart (a blank line between), lines joined, hyphenation undone. */
  text: string;
  /** Paragraphs and headings, as offsets (UTF-16 units) into `text`. */
  blocks: Block[];
  /**
   * For each item, where its text starts in `text` (UTF-16 units); its characters follow one for one, but for a line's
   * final hyphen that was removed. -1 for an item with no text.
   */
  itemStarts: number[];
  /** For each item, how many of its first characters are not in `text` (a line's leading blanks). */
  itemSkips: number[];
}

// The presentation forms of Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which some PDFs still carry: folded to their letters.
const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };
const LIGATURE = /[\uFB00-\uFB06]/g;

/** Folds ligatures and control characters; never changes the length of what is left but for ligatures. */
export function cleanPdfString(str: string): string {
  return str.replace(LIGATURE, (l) => LIGATURES[l]!).replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ').replace(/[\t\n\r]/g, ' ');
}

const sizeOf = (item: PdfTextItem) => Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 1;

interface Line {
  items: number[];
  y: number;
  x: number;
  size: number;
}

function linesOf(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  items.forEach((item, i) => {
    const y = item.transform[5] ?? 0;
    const size = sizeOf(item);
    // pdf.js marks most line ends; a change of baseline by more than half the font size also starts a new line.
    if (current && item.str !== '' && Math.abs(current.y - y) > Math.max(current.size, size) / 2 && current.items.some((j) => items[j]!.str.trim() !== '')) {
      lines.push(current);
      current = null;
    }
    if (!current) current = { items: [], y, x: item.transform[4] ?? 0, size };
    current.items.push(i);
    if (item.str.trim() !== '') current.size = Math.max(current.size, size);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  });
  if (current) lines.push(current);
  return lines.filter((line) => line.items.some((i) => items[i]!.str.trim() !== ''));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const ENDS_WITH_HYPHEN = /\p{L}[-\u00AD]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ENDS_SENTENCE = /[.!?:;»"”…)]$/u;

/**
 * Lines into paragraphs. A paragraph ends where the gap to the next line is wider than usual, where the font size
 * changes (a heading), or where the text jumps back up the page (the next column) after a finished sentence. A line
 * ending in a hyphen before a lowercase letter is joined without it (`gouverne-` + `mentales`).
 */
export function pdfPageText(items: PdfTextItem[]): PdfPageText {
  const cleaned = items.map((item) => cleanPdfString(item.str));
  const lines = linesOf(items);
  const body = median(lines.map((l) => l.size));
  // The usual distance between two lines of a paragraph: gaps wider than twice the font size are breaks, not spacing.
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0 && g <= body * 2);
  const spacing = median(gaps) || body * 1.2;
  const itemStarts = items.map(() => -1);
  const itemSkips = items.map(() => 0);
  const blocks: Block[] = [];
  let text = '';
  let blockStart = -1;
  let blockKind: Block['kind'] = 'paragraph';
  const closeBlock = () => {
    const end = text.replace(/\s+$/u, '').length;
    if (blockStart >= 0 && end > blockStart) blocks.push({ kind: blockKind, start: blockStart, end });
    text = text.slice(0, end);
    blockStart = -1;
  };
  lines.forEach((line, n) => {
    const previous = lines[n - 1];
    const lineText = line.items.map((i) => cleaned[i]).join('').trim();
    const heading = line.size > body * 1.15;
    let joinHyphen = false;
    if (previous) {
      const gap = previous.y - line.y;
      const prevText = text.trimEnd();
      const continues = STARTS_LOWER.test(lineText) && !ENDS_SENTENCE.test(prevText);
      const breaks = heading !== (blockKind === 'heading') || Math.abs(line.size - previous.size) > body * 0.15
        || (gap > 0 && gap > spacing * 1.5) || (gap <= 0 && !continues);
      if (breaks) closeBlock();
      else joinHyphen = ENDS_WITH_HYPHEN.test(prevText) && STARTS_LOWER.test(lineText);
    }
    if (blockStart < 0) {
      if (text) text += '\n\n';
      blockStart = text.length;
      blockKind = heading ? 'heading' : 'paragraph';
    } else if (joinHyphen) {
      text = text.trimEnd().slice(0, -1);
    } else {
      text = `${text.trimEnd()} `;
    }
    // The line's items in order, leading blanks of the line dropped, runs of spaces inside it kept as pdf.js gave them.
    let started = false;
    for (const i of line.items) {
      let str = cleaned[i]!;
      if (!started) {
        str = str.trimStart();
        itemSkips[i] = cleaned[i]!.length - str.length;
        if (str === '') continue;
        started = true;
        itemStarts[i] = text.length;
      } else if (str !== '') {
        itemStarts[i] = text.length;
      }
      text += str;
    }
  });
  closeBlock();
  return { text, blocks, itemStarts, itemSkips };
}
