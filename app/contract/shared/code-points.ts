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
