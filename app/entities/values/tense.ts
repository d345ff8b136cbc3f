// Whether a sentence speaks of the past or of the future, from the verb forms nearest a point in it: enough to send a
// weekday or a month alone (`mercredi`, `in March`) back or forward from the article's date. The English lists are
// case-sensitive: `OLED` is no past tense. A participle after `be` is a passive, whose tense its auxiliary gives
// (`could be affected on Monday`, `will be held on Sunday`). And the words right before a date that settle it at once
// (`since`, `until`, a market's close).
import type { Language } from './currencies.ts';

export type Tense = 'past' | 'future';

/** How far from the date its verb is looked for, in characters. */
const REACH = 200;

const FUTURE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:sera|seront|serait|seraient|aura|auront|devra|devront|devrait|devraient|devait|devaient|pourrait|pourraient|voudrait|voudraient|faudrait|appelle|appellent|(?<=appel\p{L}*[\s\u00a0](?:[\p{L}'’-]+[\s\u00a0]){0,3})à[\s\u00a0](?:voter|manifester|faire[\s\u00a0]grève|se[\s\u00a0]mobiliser|boycotter|se[\s\u00a0]rendre[\s\u00a0]aux[\s\u00a0]urnes|rejoindre)|pourra|pourront|va|vont|doit|doivent|prévue?s?|attendue?s?|programmée?s?|prévoit|prévoient|compte|entend|\p{L}{3,}(?:era|eront|ira|iront|dra|dront))(?![\p{L}])/giu,
  // (The present counts as the future: `it goes on sale in December`, `which reports results on Tuesday`.)
  // An event's verb in the present is its schedule (`the ceasefire takes effect on Friday`); an intent looks ahead
  // (`offering to mediate talks on Monday`), as does a call to act (`called on voters to go to the polls on Sunday`);
  // so do `we start`, `they meet`, a fixture (`Liverpool travel to Everton`, `Liverpool, in third place, host Chelsea`)
  // and a name's scheduled present (`Standard Chartered reports its results on Friday`, `The Federal Reserve concludes
  // a meeting on Wednesday`). A compound's participle is no past (`the worst-hit areas`, `so-called`), nor a noun of a
  // past's form (`the first cut`).
  en: /(?<![\p{L}])(?:will|shall|going to|is to|are to|plans?|planned|expected|scheduled|due|would|could|might|may|should|can|is|are|takes effect|begins|starts|opens|closes|ends|expires|resumes|kicks off|(?:offer|agree|promise|pledge|vow|threaten|hope|aim|intend|prepare)(?:s|e?d|ing)? to|(?:call(?:s|ed|ing)?[ \u00a0]on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?[ \u00a0]to)(?:[ \u00a0][\p{L}'’-]+){1,3}[ \u00a0]to[ \u00a0](?:vote|go[ \u00a0]to[ \u00a0]the[ \u00a0]polls|turn[ \u00a0]out|strike|march|rally|protest|join|attend|boycott)|(?<=(?<![\p{L}])(?:[Ii]t|[Hh]e|[Ss]he|which|who|that)[ \u00a0])\p{L}{2,}[^s\P{L}]s|\p{L}+['’]ll|(?<=(?:[Ww]e|[Tt]hey)[ \u00a0])(?:start|meet|play|face|travel|host|begin|open|vote|return|resume|leave|go|fly|head|visit|hold|launch|hope|expect|plan|want|intend)|(?<=(?:\p{Lu}\p{Ll}+|,)[ \u00a0])(?:travel|host|face|visit|play|meet)(?=[ \u00a0](?:to[ \u00a0])?\p{Lu})|(?<=\p{Lu}[\p{L}&'’.-]*[ \u00a0])(?:reports?|publish(?:es)?|releases?|unveils?|hosts?|holds?|faces?|meets?|visits?|opens?|launches?|concludes|announces)(?=[ \u00a0]))(?![\p{L}])/gu,
};
const PAST: Record<Language, RegExp> = {
  // (A participle opening the sentence tells of the past: `Paru fin août, le roman…`, or after a comma: `Macron, élu
  // dimanche, prendra…`; an inverted auxiliary too: `a-t-on appris vendredi`.)
  fr: /(?<![\p{L}])(?:(?<=^\s*|[.!?]\s+)(?:Paru|Publié|Sorti|Lancé|Fondé|Créé|Né|Élu)e?s?|(?<=,[\s\u00a0]+)\p{L}{2,}(?:é|ée|és|ées|u|us|ue|ues)(?=[\s\u00a0])|\p{L}{3,}(?:é|ée|és|ées)(?=[\s\u00a0]+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}]))|(?:a|ont|avait|avaient|avons|ai|eut|fut|est|sont|était|étaient|avoir|(?:a|avait)-t-(?:il|elle|on)|(?:ont|avaient)-(?:ils|elles))(?<!(?:est|sont)(?=[\s\u00a0]+(?:prévue?s?|attendue?s?|programmée?s?)(?![\p{L}])))[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?\p{L}+(?:é|ée|és|ées|i|is|it|u|us|ert|ort|int)|\p{L}{2,}(?:ait|aient))(?![\p{L}])/giu,
  en: /(?<![\p{L}-])(?<!(?:be|been|being|is|are|am)[ \u00a0])(?:was|were|had|did|said|ago|rose|fell|grew|won|lost|took|made|came|went|saw|got|gave|told|began|became|left|met|held|led|paid|sold|bought|brought|built|sent|spent|struck|thought|knew|found|kept|felt|ran|wrote|spoke|broke|chose|drove|flew|fought|fled|sought|taught|caught|shot|threw|withdrew|heard|stood|sat|lay|drew|wore|swore|tore|bore|stuck|hung|froze|rode|rang|sang|sank|shook|slept|stole|swam|swept|swung|woke|overtook|undertook|arose|bent|clung|dealt|fed|forgave|hid|lent|meant|mistook|shone|shrank|sprang|strode|strove|underwent|upheld|withheld|withstood|forgot|understood|overturned|(?<!(?:will|would|to|could|may|might|can|should|must|shall|the|a|an|first|its|their|rate|tax|price)[ \u00a0])(?:hit|cut|shut|put|set|quit|beat)|\p{Ll}{2,}ed)(?![\p{L}])/gu,
};

/**
 * A reporting clause set between commas (`Lundi, a précisé le préfet, les écoles resteront fermées`; `On Monday, the
 * mayor said, schools will reopen`): its verb says when it was said, not when what it reports happens.
 */
const REPORTING_INCISE: Record<Language, RegExp> = {
  fr: /,[\s\u00a0]+(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on))?[\s\u00a0]+(?:déclaré|dit|indiqué|précisé|annoncé|affirmé|souligné|expliqué|ajouté|estimé|assuré|rappelé|confié|déploré|résumé|insisté|martelé|prévenu|averti|confirmé)(?=[\s\u00a0,])[^,.;!?]{0,50},/giu,
  en: /,[\s\u00a0]+(?:[\p{L}'’. -]{1,50}[\s\u00a0]+)?(?:said|told[\s\u00a0][^,.;!?]{1,40}|added|noted|explained|stated|confirmed|warned)(?:[\s\u00a0]+[^,.;!?]{1,40})?,/gu,
};

/** What opens a relative or a time clause after a comma: its verb, not the main clause's, says when. */
const CLAUSE_OPENERS = /[,;][ \u00a0]+(?:where|which|when|while|whereas|où|lorsque|quand|tandis que)[ \u00a0]/giu;

const EVENTS = 'rassemblement|manifestation|grève|réunion|sommet|vote|scrutin|match|conférence|débat|audience|marche|rencontre|journée de mobilisation|journée d[\'’]action|mobilisation|strike|meeting|summit|vote|rally|protest|match|hearing|debate|conference|walkout';
/** An announcement, then the event it announces, right before the date. */
const ANNOUNCED_EVENT = new RegExp(`(?<![\\p{L}])(?:annonc|appel|convoqu|prévu|organis|announc|call|schedul|plann)\\p{L}*[ \\u00a0](?:à[ \\u00a0])?(?:un|une|la|le|les|des|a|an|the|new|fresh)[ \\u00a0](?:\\p{L}+[ \\u00a0]){0,2}?(?:${EVENTS})s?(?:[ \\u00a0][\\p{L}’'-]+){0,4}?[ \\u00a0](?:pour[ \\u00a0]|for[ \\u00a0]|on[ \\u00a0]|le[ \\u00a0]|ce[ \\u00a0])?$`, 'iu');

/** `avant le…`, `ahead of the…`, with no punctuation up to the date (the sentence's end before the date, read backwards). */
function afterBeforeEvent(before: string): boolean {
  const clause = before.slice(Math.max(0, before.length - 80)).split(/[,.;:!?]/u).at(-1)!.toLowerCase();
  return /(?:^|[\s\u00a0])(?:avant|ahead[\s\u00a0]of|before)[\s\u00a0](?:le|la|les|l['’]|the)(?:[\s\u00a0]|(?<=['’]))/u.test(clause);
}

/**
 * The tense of the verb that governs `at` in its sentence: the nearest one before it (`rose in August and will rise in
 * December`), else (unless `beforeOnly`) the nearest after (`Jeudi, le ministre a annoncé`); null when the sentence
 * shows neither.
 */
export function tenseNear(text: string, at: number, language: Language, beforeOnly = false): Tense | null {
  // The sentence, looked for within REACH characters on each side (a long run without full stops must not make each
  // call read all of it).
  const lower = Math.max(0, at - REACH);
  const window = text.slice(lower, Math.min(text.length, at + REACH));
  const here = at - lower;
  const from = Math.max(window.lastIndexOf('\n', here), ...['. ', '! ', '? '].map((end) => window.lastIndexOf(end, here))) + 1;
  const ends = ['\n', '. ', '! ', '? '].map((end) => window.indexOf(end, here)).filter((i) => i >= 0);
  const whole = window.slice(from, ends.length > 0 ? Math.min(...ends) : window.length);
  // A relative clause holding the point has its own verb: `said it had asked … next month, where temperatures in early
  // March can fall`.
  const clause = Math.max(-1, ...[...whole.slice(0, here - from).matchAll(CLAUSE_OPENERS)].map((m) => m.index));
  const point = here - from - Math.max(0, clause);
  const sentence = (clause >= 0 ? whole.slice(clause) : whole)
    .replace(REPORTING_INCISE[language], (incise: string, at: number) => (at <= point && point < at + incise.length ? incise : ' '.repeat(incise.length)));
  // How far the nearest verb of a tense is before the point and after it, in one reading of the sentence.
  const distances = (re: RegExp): [number, number] => {
    let before = Infinity;
    let after = Infinity;
    for (const m of sentence.matchAll(re)) {
      if (m.index <= point) before = Math.min(before, point - m.index);
      else after = Math.min(after, m.index - point);
    }
    return [before, after];
  };
  // `ont annoncé un rassemblement samedi`, `called a strike for Friday`: an event announced is to come.
  if (ANNOUNCED_EVENT.test(sentence.slice(Math.max(0, point - 80), point))) return 'future';
  const future = distances(FUTURE[language]);
  const past = distances(PAST[language]);
  for (const side of beforeOnly ? [0] : [0, 1]) {
    // A tie is a word read both ways (`planned`, `expected`): the future's list is the more specific.
    if (future[side] !== Infinity || past[side] !== Infinity) return future[side]! <= past[side]! ? 'future' : 'past';
  }
  // With no verb to say, what comes after `avant le…`, `ahead of the…` is to come (`observent samedi la période de
  // réserve, avant le second tour de l’élection présidentielle dimanche`).
  return afterBeforeEvent(sentence.slice(0, point)) ? 'future' : null;
}

/** `depuis mars`, `since Monday`: a time already past. */
const SINCE = /(?:depuis|since)[\s\u00a0]+$/iu;
/** A market's close, which the news quotes once it is past: `its closing price on Monday`, `le cours de clôture de lundi`. */
const CLOSE = /(?:closing (?:price|level)|(?:the|its|a|their)[\s\u00a0]+close|cours de clôture|clôture|séance)[\s\u00a0]+(?:on|of|de|du)[\s\u00a0]+$/iu;
/** `Friday's close`, `Monday's closing price`: a market's close named after its day. */
const CLOSE_AFTER = /^\p{L}+['’]s[\s\u00a0]+(?:close|closing)(?![\p{L}])/u;
/** A deadline or a purpose points forward: `by Friday`, `until Sunday`, `pour vendredi`, `jusqu’à dimanche`. */
const UNTIL = /(?:^|[^\p{L}])(?:by|until|till|before|ahead of|pour|avant|d['’]ici(?:[\s\u00a0]+(?:à|au))?|jusqu['’]à|jusqu['’]au|jusqu['’]en)[\s\u00a0]+$/iu;
/** A participle right before a date (`rendu le`, `signed on`) makes it past; these schedule instead. */
const FR_PARTICIPLE = /^\p{L}{3,}(?:é|ée|és|ées|u|ue|us|ues|is|it|ite)$/u;
const EN_PARTICIPLE = /^\p{Ll}{3,}ed$/u;
const SCHEDULING = /^(?:lieu|prévue?s?|attendue?s?|programmée?s?|fixée?s?|reportée?s?|repoussée?s?|décalée?s?|scheduled|planned|expected|slated|due|postponed|delayed|moved|pushed)$/iu;
/** Auxiliaries of a passive or of what is to come: their own tense says when (`sera remis le`, `is announced on`). */
const AUXILIARIES = new Set(['être', 'sera', 'seront', 'serait', 'seraient', 'sont', 'est', 'is', 'are', 'be', 'been', 'being', 'will', 'was', 'were']);
/** A score (`(1-0)`, `2-1`): a result, past. */
const SCORE = /^\(?\d{1,2}[-–]\d{1,2}\)?[,;]?$/u;

/**
 * Whether the last words before a date say it is past: a participle and its link (`l’arrêt rendu le 12 janvier`,
 * `the deal signed on January 12`; not a passive nor what schedules: `sera remis le`, `prévu le`), or a score
 * (`contre Botafogo (1-0) jeudi`). Words split on spaces: cheap, where a pattern with look-behinds is slow to warm.
 */
function pastByWordsBefore(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 40), at).trimEnd().split(/[\s\u00a0]+/u);
  const last = words.at(-1) ?? '';
  if (SCORE.test(last) || (last === 'on' && SCORE.test(words.at(-2) ?? ''))) return true;
  const participle = words.at(-2) ?? '';
  const participleHere = (last === 'le' || last === 'du') ? FR_PARTICIPLE.test(participle) : last === 'on' && EN_PARTICIPLE.test(participle);
  return participleHere && !SCHEDULING.test(participle) && !AUXILIARIES.has((words.at(-3) ?? '').toLowerCase());
}

const PLUPERFECT = /(?<![\p{L}])(?:had|avait|avaient)[\s\u00a0]+(?:already[\s\u00a0]+|déjà[\s\u00a0]+)?\p{L}+(?:ed|en|wn|ne|ught|é|ée|és|ées|i|is|u|us)(?![\p{L}])/u;

/**
 * Whether a weekday or a month alone at `at` is past or to come: `since` and (`afterClose`, for a weekday) a market's
 * close say past, a deadline says to come; else the tense of its sentence.
 */
export function tenseAt(text: string, at: number, language: Language, afterClose: boolean): Tense | null {
  const bound = boundBefore(text, at);
  if (bound === 'past' || (afterClose && (CLOSE.test(text.slice(Math.max(0, at - 32), at)) || CLOSE_AFTER.test(text.slice(at, at + 24))))) return 'past';
  // (`By Friday night, fighting had reached…`, `had already voted by Monday`: a deadline in a pluperfect is past.)
  if (bound === 'future' && (PLUPERFECT.test(text.slice(at, at + 80).split(/[.!?]\s/u)[0]!) || (language === 'en' && PLUPERFECT.test(text.slice(Math.max(0, at - 50), at).split(/[.!?,;:]\s/u).at(-1)!)))) return 'past';
  return bound ?? tenseNear(text, at, language);
}

/**
 * Whether the words right before a date make it past (`since`, `depuis`, a participle, a score) or to come (`until`,
 * `by`, `jusqu’au`): for a day and month without a year, which otherwise take the year nearest the article's date.
 */
export function boundBefore(text: string, at: number): Tense | null {
  const before = text.slice(Math.max(0, at - 14), at);
  if (SINCE.test(before)) return 'past';
  if (UNTIL.test(before)) return 'future';
  return pastByWordsBefore(text, at) ? 'past' : null;
}
