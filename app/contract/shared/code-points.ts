// Shared with the renderer, which maps DOM selections to the code point offsets annotations store.
// JavaScript strings count UTF-16 units; the W3C model counts code points. An emoji is one code point, two units.

/** How many UTF-16 units the code point starting at `units` takes (2 for a surrogate pair, else 1). */
function width(text: string, units: number): number {
  const code = text.charCodeAt(units);
  return code >= 0xd800 && code <= 0xdbff && units + 1 < text.length ? 2 : 1;
}

export function toUtf16Offset(text: string, codePoint: number): number {
  let units = 0;
  for (let cp = 0; cp < codePoint && units < text.length; cp++) units += width(text, units);
  return units;
}

export function toCodePointOffset(text: string, utf16: number): number {
  let count = 0;
  for (let units = 0; units < utf16 && units < text.length; count++) units += width(text, units);
  return count;
}

/**
 * Both conversions for many offsets in one text: the text is scanned once for characters outside the BMP (usually
 * there are none, and the offsets are equal), then each conversion is a binary search.
 */
export function offsetConverter(text: string): { toUtf16(codePoint: number): number; toCodePoint(utf16: number): number } {
  // UTF-16 index of each astral character's first unit, in order.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (width(text, i) === 2) astral.push(i++);
  }
  if (astral.length === 0) return { toUtf16: (cp) => Math.min(cp, text.length), toCodePoint: (u) => Math.min(u, text.length) };
  /** How many astral characters start before UTF-16 index `units`. */
  const before = (units: number): number => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid]! < units) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    toUtf16: (codePoint) => {
      // The k-th astral character (0-based) sits at code point astral[k] - k; count those before `codePoint`.
      let lo = 0;
      let hi = astral.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (astral[mid]! - mid < codePoint) lo = mid + 1;
        else hi = mid;
      }
      return Math.min(codePoint + lo, text.length);
    },
    toCodePoint: (utf16) => {
      // Code points starting before `units`: every unit but the second halves of pairs (a position inside a pair counts
      // the pair, as toCodePointOffset does).
      const units = Math.min(utf16, text.length);
      return units <= 0 ? 0 : units - before(units - 1);
    },
  };
}
