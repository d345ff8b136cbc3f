/**
 * The web addresses in a piece of text, in order and each once: what the reader pasted (one per line, a list from a
 * mail, a paragraph with links in it). Only http(s) addresses count; the punctuation that ends a sentence or closes a
 * bracket around an address is not part of it. Shared by the page (the address box counts as you paste) and the core.
 */
export function findAddresses(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\bhttps?:\/\/[^\s<>"'«»“”‘’]+/giu)) {
    let address = match[0];
    // A closing bracket belongs to the address only when the address opened one (Wikipedia's "Foo_(bar)").
    for (;;) {
      const trimmed = address.replace(/[.,;:!?]+$/u, '');
      const last = trimmed.at(-1);
      if (last === ')' && count(trimmed, '(') < count(trimmed, ')')) address = trimmed.slice(0, -1);
      else if (last === ']' && count(trimmed, '[') < count(trimmed, ']')) address = trimmed.slice(0, -1);
      else {
        address = trimmed;
        break;
      }
    }
    if (URL.canParse(address)) found.add(address);
  }
  return [...found];
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
