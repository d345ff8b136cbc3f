// The day a quotation was said, for the relative days inside it (`"Today we are a member," he said on Thursday`:
// today is Thursday, not the article's day), as the guidelines ask.
import { addDays, isoWeekday, WEEKDAYS, type Day } from './calendar.ts';

const OPENING_QUOTES = /[“«"]/gu;
const CLOSING_QUOTE = /[”»"]/u;
/** After a quotation's end: `," the minister said on Thursday`, `», a déclaré jeudi le ministre`. */
const SAID_ON = new RegExp(String.raw`^[,.!?\s\u00a0]*[”»"][,.\s\u00a0]*(?:[\p{L}'’. -]{0,40}?\s)?(?:said|told|added|wrote|a déclaré|a dit|a affirmé|a ajouté|a indiqué|a expliqué|a assuré)\s+(?:\p{L}+\s+){0,3}?(?:on\s+)?(?<day>${[...WEEKDAYS.en, ...WEEKDAYS.fr].join('|')})(?![\p{L}])`, 'u');

/**
 * The day a quotation holding text[start, end) was said, when the words after it name a weekday, on or before the
 * article's date; null otherwise.
 */
export function saidOn(text: string, start: number, end: number, article: Day): Day | null {
  const paragraphStart = text.lastIndexOf('\n', start) + 1;
  const before = text.slice(paragraphStart, start);
  const opened = [...before.matchAll(OPENING_QUOTES)].at(-1);
  // (Inside it: no closing quote between the last opening one and the match.)
  if (!opened || /[”»]/u.test(before.slice(opened.index + 1))) return null;
  const close = text.slice(end, end + 400).search(CLOSING_QUOTE);
  if (close < 0) return null;
  const said = SAID_ON.exec(text.slice(end + close - 1, end + close + 120));
  if (!said) return null;
  const day = said.groups!.day!.toLowerCase();
  const target = Math.max(WEEKDAYS.fr.indexOf(day), WEEKDAYS.en.findIndex((d) => d.toLowerCase() === day)) + 1;
  return addDays(article, -((isoWeekday(article) - target + 7) % 7));
}

