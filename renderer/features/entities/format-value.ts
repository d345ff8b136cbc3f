import type { NormalisedValueShape } from '../../../app/contract/index.ts';

/** A normalised value as the reader reads it: `500 000 000 EUR`, `44,4 %`, `26 janvier 2012`, `27 juillet`, `semaine 4 de 2012`. */
export function formatValue(value: NormalisedValueShape, language: string): string {
  switch (value.kind) {
    case 'money':
      return new Intl.NumberFormat(language, { style: 'currency', currency: value.currency, maximumFractionDigits: 2, notation: value.amount >= 1e6 ? 'compact' : 'standard', compactDisplay: 'long' }).format(value.amount);
    case 'percent':
      return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(value.ratio);
    case 'date':
      return value.date.split('/').map((point) => formatDatePoint(point, language)).join(' – ');
  }
}

/** One ISO date at its granularity: a day, an ISO week, a month, a year, or a day without its year. */
function formatDatePoint(point: string, language: string): string {
  const format = (options: Intl.DateTimeFormatOptions, date: Date) => new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(date);
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(point);
  if (full) return format({ dateStyle: 'long' }, new Date(Date.UTC(+full[1]!, +full[2]! - 1, +full[3]!)));
  const monthDay = /^--(\d{2})-(\d{2})$/.exec(point);
  if (monthDay) return format({ day: 'numeric', month: 'long' }, new Date(Date.UTC(2000, +monthDay[1]! - 1, +monthDay[2]!)));
  const month = /^(\d{4})-(\d{2})$/.exec(point);
  if (month) return format({ month: 'long', year: 'numeric' }, new Date(Date.UTC(+month[1]!, +month[2]! - 1, 1)));
  const week = /^(\d{4})-W(\d{2})$/.exec(point);
  if (week) return language.startsWith('fr') ? `semaine ${+week[2]!} de ${week[1]}` : `week ${+week[2]!} of ${week[1]}`;
  return point;
}
