// Intl formatters are costly to create and the library list formats dozens of rows a frame while scrolling: keep one
// per language and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<string, Intl.DisplayNames>();

function dateFormat(language: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** `2012-01-26T11:18:42` → `26 janvier 2012` / `January 26, 2012`; partial or missing dates stay readable. */
export function formatDate(iso: string | null, language: string, withTime = false): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language, withTime && iso.length > 10).format(date);
}

export function languageName(code: string | null, language: string): string {
  if (!code) return '';
  try {
    let names = languageNames.get(language);
    if (!names) languageNames.set(language, (names = new Intl.DisplayNames([language], { type: 'language' })));
    const name = names.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return code;
  }
}
