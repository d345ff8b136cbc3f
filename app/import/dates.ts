// Datelines name dates in words; these tables read French and English month names (with or without accents).
const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10,
  novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

/** A month's number from its name in French or English, whole or cut short (`oct`, `janv`, `Sept`), or undefined. */
export function monthNumber(name: string): number | undefined {
  const key = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '').toLowerCase();
  if (MONTHS[key] !== undefined) return MONTHS[key];
  if (key.length < 3) return undefined;
  const numbers = new Set(Object.entries(MONTHS).filter(([month]) => month.startsWith(key)).map(([, n]) => n));
  return numbers.size === 1 ? [...numbers][0] : undefined;
}

export function isoDate(year: number, month: number, day: number, time?: string): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const ymd = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return time ? `${ymd}T${time}` : ymd;
}

/** `PARIS` → `Paris`, `SAINT-ÉTIENNE` → `Saint-Étienne`, `LOS ANGELES` → `Los Angeles`. */
export function titleCase(place: string): string {
  return place.toLocaleLowerCase('fr').replace(/(^|[\s'’/-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase('fr'));
}

const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const WEEKDAY_DATE =
  /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{1,2})(?:er)?\s+(\p{L}+)(?!\s+\d{4})|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(\p{L}+)\s+(\d{1,2})\b(?!,?\s+\d{4})/iu;

/**
 * News copy often dates itself as "lundi 27 juillet" with no year. The year is the one in which that day falls on that
 * weekday, among the years the article itself mentions (earliest to latest, plus one); found only when exactly one fits.
 */
export function inferWeekdayDate(text: string): string | null {
  const match = WEEKDAY_DATE.exec(text);
  if (!match) return null;
  const weekday = WEEKDAYS[(match[1] ?? match[4])!.toLowerCase()]!;
  const day = Number(match[2] ?? match[6]);
  const month = monthNumber((match[3] ?? match[5])!);
  const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  if (!month || years.length === 0) return null;
  const candidates: string[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years) + 1; year++) {
    const iso = isoDate(year, month, day);
    if (iso && new Date(`${iso}T00:00:00Z`).getUTCDay() === weekday) candidates.push(iso);
  }
  return candidates.length === 1 ? candidates[0]! : null;
}
