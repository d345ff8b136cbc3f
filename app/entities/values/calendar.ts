// Calendar arithmetic on days (UTC, so no time zone or daylight saving moves a day) and the ISO forms of a DATE value
// at each granularity: a day `2012-01-26`, an ISO week `2012-W04`, a month `2012-03`, a year `2015`.

export type Granularity = 'day' | 'week' | 'month' | 'year';

/** The weekdays' names, Monday first (ISO weekday 1), as the news writes them alone. */
export const WEEKDAYS: Readonly<Record<'fr' | 'en', string[]>> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** A day as a UTC date at midnight. */
export type Day = Date;

export function day(year: number, month: number, date: number): Day {
  return new Date(Date.UTC(year, month - 1, date));
}

/** The article's date (`2012-01-26`, `2012-01-26T10:00:00`) as a day, or null. */
export function dayOf(published: string | null): Day | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return null;
  const [y, mo, dd] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = day(y, mo, dd);
  // `2012-02-30` is no day (Date would roll it into March); years before 1000 are no article's.
  return y < 1000 || d.getUTCMonth() !== mo - 1 || d.getUTCDate() !== dd ? null : d;
}

/** The first day of a date value and its granularity: `2021` → year, `2021-01` → month, `2021-01-14` → day. */
export function pointOf(iso: string): { day: Day; granularity: Granularity } | null {
  const full = dayOf(iso);
  if (full) return { day: full, granularity: 'day' };
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(iso.split('/')[0]!);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : 1;
  return month >= 1 && month <= 12 ? { day: day(Number(m[1]), month, 1), granularity: m[2] ? 'month' : 'year' } : null;
}

export function addDays(d: Day, days: number): Day {
  return new Date(d.getTime() + days * 86_400_000);
}

/** The first day of the month `months` after (or before) `d`'s. */
export function addMonths(d: Day, months: number): Day {
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1 + months, 1);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(d: Day): number {
  return ((d.getUTCDay() + 6) % 7) + 1;
}

const two = (n: number): string => String(n).padStart(2, '0');
const four = (n: number): string => String(n).padStart(4, '0');

/** `d` written at a granularity: `2012-01-26`, `2012-W04`, `2012-01`, `2012`. */
export function isoAt(d: Day, granularity: Granularity): string {
  const year = d.getUTCFullYear();
  switch (granularity) {
    case 'day':
      return `${four(year)}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
    case 'month':
      return `${four(year)}-${two(d.getUTCMonth() + 1)}`;
    case 'year':
      return four(year);
    case 'week': {
      // The ISO week's year is the year of its Thursday.
      const thursday = addDays(d, 4 - isoWeekday(d));
      const firstDay = day(thursday.getUTCFullYear(), 1, 1);
      const week = Math.floor((thursday.getTime() - firstDay.getTime()) / 86_400_000 / 7) + 1;
      return `${four(thursday.getUTCFullYear())}-W${two(week)}`;
    }
  }
}

/** `d` moved by `n` units of a granularity (a week is seven days; months and years land on their first day). */
export function shift(d: Day, n: number, granularity: Granularity): Day {
  switch (granularity) {
    case 'day':
      return addDays(d, n);
    case 'week':
      return addDays(d, 7 * n);
    case 'month':
      return addMonths(d, n);
    case 'year':
      return day(d.getUTCFullYear() + n, 1, 1);
  }
}
