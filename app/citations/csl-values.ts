// The two shapes CSL-JSON gives values that pages and articles write as text: names and dates.

/** `2025-03-13` (or a longer ISO date, or `2025-03`) → CSL date-parts. */
export function dateParts(isoDate: string): { 'date-parts': number[][] } {
  return { 'date-parts': [isoDate.slice(0, 10).split('-').map(Number)] };
}

/** `Dupont, Jean` and `Jean Dupont` → family and given; a one-word name (an agency, a pen name) stays literal. */
export function personName(name: string): Record<string, string> {
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /^(?:de|du|des|van|von|der|den|da|di|le|la|ben|al|bin|el)$/i.test(w));
  const familyStart = particle > 0 ? particle : words.length - 1;
  return { given: words.slice(0, familyStart).join(' '), family: words.slice(familyStart).join(' ') };
}
