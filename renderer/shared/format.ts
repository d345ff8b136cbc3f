/** `2012-01-26T11:18:42` → `26 janvier 2012` / `January 26, 2012`; partial or missing dates stay readable. */
export function formatDate(iso: string | null, language: string, withTime = false): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const hasTime = withTime && iso.length > 10;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', ...(hasTime ? { timeStyle: 'short' } : {}), timeZone: 'UTC' }).format(date);
}

export function languageName(code: string | null, language: string): string {
  if (!code) return '';
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return code;
  }
}
