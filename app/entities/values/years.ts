// Years written alone (`en 2015`, `in 2011`, `the 2008 runoff`) and ranges of years (`2012-2015`, `from 2004 to
// 2009`), told from counts, times, names and addresses by the words around them (for relative-dates.ts).
import { day as makeDay } from './calendar.ts';
import type { Match, Point, Resolved, Resolving } from './relative-dates.ts';

/** Words before a year that say it is one (`en 2015`, `depuis 2010`, `in 2011`, `the year 2000`). */
const YEAR_CUES = /(?:^|[^\p{L}])(?:en|depuis|dès|avant|après|d['’]ici|d['’]ici à|jusqu['’]en|horizon|année|fin|début|courant|printemps|été|automne|hiver|pour|in|since|by|until|before|after|year|early|late|mid|through|for|(?:mois|semaines|accord|échéance|budget|élections?|exercice|saison|rentrée|promotion|édition|crise|loi|campagne|spring|summer|autumn|fall|winter)[\s\u00a0\u202f]+(?:de|d['’]|of)|chiffre[\s\u00a0\u202f]+d['’]affaires|budget|exercice|bilan|résultats|comptes|saison|millésime|édition|edition|trimestre|semestre|quarter)[\s\u00a0\u202f-]*$/iu;
/** Nouns a number counts (`en 2000 exemplaires`, `for 2000 people`): after them even a cue word's number is no year. */
const COUNTED = /^[ \u00a0\u202f]+(?:people|persons|votes|jobs|workers|employees|staff|cases|deaths|units|copies|homes|households|students|patients|troops|soldiers|tonnes|tons|hectares|acres|km|miles|metres|meters|personnes|salariés|emplois|postes|voix|morts|victimes|habitants|logements|exemplaires|élèves|patients|soldats|mètres|kilomètres|tonnes|euros|dollars|livres|francs)(?![\p{L}])/iu;
/** Words before an English year that modifies a noun: `the 2008 runoff`, `a 2026 book`, `Boeing's 2024 deliveries`, `of 2019 levels`. */
const MODIFIER_BEFORE = /(?:(?:^|[^\p{L}])(?:the|a|its|their|his|her|of|from|above|below|than)|\p{L}['’]s)[ \u00a0]$/iu;
/** Units after a number that is then a length or a weight, not a year: `the 1500 m`, `a 1900 km route`. */
const UNIT_AFTER = /^[ \u00a0](?:m|km|kg|metres?|meters?|miles?|feet|ft|tonnes?|tons?|kilometres?|kilometers?)(?![\p{L}])/u;
/** A verb after a year its cue has made one: `promised in 2025 had been`, `depuis 2019 a été`. */
const VERB_AFTER = /^[ \u00a0]+(?:had|has|have|was|were|is|are|will|would|could|did|a|ont|avait|avaient|est|sont|était|sera|seront)(?![\p{L}])/u;
/** A singular verb after a year with no cue, which makes it the sentence's subject: `2023 will be`, `2024 a été`. */
const SUBJECT_OF = /^[ \u00a0]+(?:will|was|is|has|had|would|marked|saw|sera|fut|était|est|restera|reste|a[ \u00a0]+été|marque|marquera)(?![\p{L}])/u;
/** What may follow a year without making it a count: a line's end, punctuation, a capital, a small word (`en 2015 et`). */
const AFTER_YEAR = /^[ \t\u00a0\u202f]*(?:\p{Lu}|[^\p{L} \t\u00a0\u202f]|$|(?:et|ou|à|au|aux|de|du|des|en|le|la|les|l['’]|un|une|pour|par|avec|dans|sur|contre|où|qui|que|quand|lorsque|alors|puis|déjà|encore|until|till|jusqu['’]|il|elle|ils|elles|on|nous|ce|cette|ces|son|sa|ses|leur|leurs|and|or|to|the|a|an|in|on|at|for|from|by|with|when|while|after|before|as|than|which|who|that|it|he|she|they|we|its|his|her|their|there|this|these|those|record|peak|levels?)(?![\p{L}]))/u;

export function year(m: Match, r: Resolving): { value: Resolved; to?: Point } | null {
  const y = Number(m.groups.y);
  const before = r.text.slice(Math.max(0, m.start - 40), m.start);
  const cue = YEAR_CUES.test(before);
  // `2000 salariés`, `by 2000 votes`: a count; `1930 GMT`: a time. Even after a cue word.
  const after = r.text.slice(m.end, m.end + 20);
  // In English, a year may qualify the noun after it (`Boeing's 2024 deliveries`, `the 2008 runoff`, `2019 levels`):
  // thousands there are written with a comma, so four bare digits after such a word are a year.
  const modifier = r.language === 'en' && y >= 1800 && y <= 2099 && MODIFIER_BEFORE.test(before) && /^[ \u00a0]\p{Ll}/u.test(after) && !UNIT_AFTER.test(after);
  // (After a cue word, a year from 1900 may be followed by any word but a counted noun: `in 2018 over France's rules`.)
  const cuedYear = cue && y >= 1900 && y <= 2099 && !COUNTED.test(after);
  // (A count takes a plural verb: `2000 were arrested`; a year a singular one: `2023 will be`.)
  const subject = y >= 1900 && y <= 2099 && SUBJECT_OF.test(after) && !/[$€£¥]$/u.test(before);
  if ((!AFTER_YEAR.test(after) && !modifier && !cuedYear && !subject && !(cue && VERB_AFTER.test(after))) || /^[\s\u00a0\u202f]*(?:GMT|UTC|h\b|heures)/u.test(after)) return null;
  // `Horizon 2045`, `Vision 2030`: a cue word with a capital inside a sentence names a plan.
  if (cue && /[^.!?:\n«“"(\s][\s\u00a0\u202f]+\p{Lu}\p{Ll}+[\s\u00a0\u202f]*$/u.test(before)) return null;
  if (!cue) {
    if (y < (modifier ? 1800 : 1900) || y > 2099) return null;
    // `France 2030`, `Windows 2000`, `Euro 2016`: a capitalised word before, not at a sentence's start, makes it a name.
    const word = /(\p{Lu}[\p{L}\p{N}]*)[\s\u00a0\u202f]+$/u.exec(before);
    if (word && !/(?:^|[.!?:\n«“"(]\s*)$/u.test(before.slice(0, before.length - word[0].length))) return null;
  }
  // In a web address or a file name, or a number with thousands or decimals.
  const token = /[^\s\u00a0\u202f]*$/u.exec(before)![0] + m.groups.y + /^[^\s\u00a0\u202f]*/u.exec(r.text.slice(m.end, m.end + 64))![0];
  if (/[/@]|www\.|\.\p{L}{2,4}\b/u.test(token)) return null;
  if (/\d[\s\u00a0\u202f.,]$/u.test(before) || /^[.,]\d|^[\s\u00a0\u202f]\d{3}(?!\d)/u.test(r.text.slice(m.end))) return null;
  return yearsFrom(m);
}

/** `2012`, or `2012-2015` (`from 2004 to 2009`) as an interval of years. */
export function yearsFrom(m: Match): { value: Resolved; to?: Point } | null {
  const y = Number(m.groups.y);
  const to = m.groups.y2 ? Number(m.groups.y2) : null;
  if (to !== null && (to <= y || to - y > 100)) return null;
  return { value: { day: makeDay(y, 1, 1), granularity: 'year' }, ...(to !== null ? { to: { day: makeDay(to, 1, 1), granularity: 'year' } } : {}) };
}

