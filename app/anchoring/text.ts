import { foldForMatching } from './fold.ts';

/** A text folded for matching once, with what finding passages in it needs, for any number of anchorings. */
export interface PreparedText {
  /** `foldForMatching` of the text: offsets are those of its NFC form. */
  readonly text: string;
  /** `toUtf16Offset(text, codePoint)`, in constant time. */
  toUtf16(codePoint: number): number;
  /** `toCodePointOffset(text, utf16)`, in constant time. */
  toCodePoints(utf16: number): number;
  /** Where `pattern` starts in text[from, to), every occurrence (overlapping ones too), in order. */
  occurrences(pattern: string, from?: number, to?: number): number[];
}

// Without the u flag, so that the units of a pair are seen, not the code point they make.
const HIGH_SURROGATE = /[\ud800-\udbff]/;

/**
 * Prepares `rawText` for anchoring. `indexed`: also index where each run of a few characters occurs, so that finding
 * a pattern costs a look-up instead of a scan of the text; worth it for many patterns, not for one.
 */
export function prepareText(rawText: string, indexed = false): PreparedText {
  const text = foldForMatching(rawText);
  const index = indexed ? gramIndex(text) : null;
  return { text, ...offsets(text), occurrences: (pattern, from = 0, to = text.length) => (index ? index(pattern, from, to) : scan(text, pattern, from, to)) };
}

function scan(text: string, pattern: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(pattern, from); at !== -1 && at + pattern.length <= to; at = text.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

function offsets(text: string): Pick<PreparedText, 'toUtf16' | 'toCodePoints'> {
  const length = text.length;
  // Counting loops take ⌈x⌉ steps for x ≥ 0 and none otherwise; the tables and the shortcut do the same.
  const steps = (x: number): number => (x > 0 ? Math.ceil(x) : 0);
  if (!HIGH_SURROGATE.test(text)) {
    // Every code point is one unit: offsets are the same in both counts (as far as the text goes).
    const same = (x: number): number => Math.min(steps(x), length);
    return { toUtf16: same, toCodePoints: same };
  }
  // unitsAt[cp]: where code point cp starts; codePointsAt[u]: how many code points start before unit u.
  const unitsAt: number[] = [0];
  const codePointsAt = new Uint32Array(length + 1);
  for (let units = 0; units < length; ) {
    const code = text.charCodeAt(units);
    const width = code >= 0xd800 && code <= 0xdbff && units + 1 < length ? 2 : 1;
    codePointsAt[units + 1] = unitsAt.length;
    if (width === 2) codePointsAt[units + 2] = unitsAt.length;
    units += width;
    unitsAt.push(units);
  }
  return {
    toUtf16: (codePoint) => unitsAt[Math.min(steps(codePoint), unitsAt.length - 1)]!,
    toCodePoints: (utf16) => codePointsAt[Math.min(steps(utf16), length)]!,
  };
}

/** Runs of this many units are indexed; shorter patterns are scanned for. */
const GRAM = 8;
const BUCKET_BITS = 16;
const BASE = 0x01000193;

/** The hash bucket of text[at, at + GRAM). */
function bucketOf(text: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + GRAM; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return Math.imul(h, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}

/** Every position of the text filed by the hash of the GRAM units that start there, in order within each bucket. */
function gramIndex(text: string): (pattern: string, from: number, to: number) => number[] {
  const positions = Math.max(0, text.length - GRAM + 1);
  const buckets = new Uint32Array(positions);
  const starts = new Uint32Array((1 << BUCKET_BITS) + 1);
  // Rolling hash: h(at + 1) = (h(at) − first · BASE^(GRAM−1)) · BASE + next.
  let top = 1;
  for (let i = 1; i < GRAM; i++) top = Math.imul(top, BASE);
  let h = 0;
  for (let i = 0; i < Math.min(GRAM, text.length); i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  for (let at = 0; at < positions; at++) {
    if (at > 0) h = (Math.imul((h - Math.imul(text.charCodeAt(at - 1), top)) | 0, BASE) + text.charCodeAt(at + GRAM - 1)) | 0;
    const bucket = Math.imul(h, 0x9e3779b1) >>> (32 - BUCKET_BITS);
    buckets[at] = bucket;
    starts[bucket + 1]!++;
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const filed = new Uint32Array(positions);
  const next = starts.slice(0, -1);
  for (let at = 0; at < positions; at++) filed[next[buckets[at]!]!++] = at;
  return (pattern, from, to) => {
    if (pattern.length < GRAM) return scan(text, pattern, from, to);
    const bucket = bucketOf(pattern, 0);
    const found: number[] = [];
    for (let i = starts[bucket]!, end = starts[bucket + 1]!; i < end; i++) {
      const at = filed[i]!;
      if (at >= from && at + pattern.length <= to && text.startsWith(pattern, at)) found.push(at);
    }
    return found;
  };
}
