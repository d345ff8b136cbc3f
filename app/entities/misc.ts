/**
 * Other proper names (MISC) where the words around say what they are, in French and English:
 * - laws, treaties and agreements, the whole name: `loi Macron`, `traité de Lisbonne`, `accord de Paris`, `Patriot
 *   Act`, `Treaty of Rome`, `Paris Agreement`, `Kyoto Protocol`, `Marshall Plan`;
 * - works after what they are, their title without its quotation marks: `le film « Intouchables »`, `le livre Dune`,
 *   `the novel “Dune”`;
 * - missions, spacecraft, plans, programmes and projects after their kind: `la mission Rosetta`, `le plan Juncker`,
 *   `le programme Erasmus`, `the Artemis mission`, `the Curiosity rover`;
 * - named events: `Jeux olympiques`, `Coupe du monde 2014`, `Euro 2016`, `Olympic Games`, `World Cup`, `COP21`.
 * A name found so is outermost: the place or the year inside it (`Lisbonne`, `2016`) is not suggested apart.
 */
import type { Suggestion } from './types.ts';

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}’'.-]*";
/** Capitalised words, joined by short lower-case particles (`Treaty of Rome`, `Plan Eau DOM`). */
const NAME = `${NAME_WORD}(?:[ \\u00a0](?:(?:de|du|des|d’|d'|la|le|of|the|and|et|sur)[ \\u00a0])?(?:${NAME_WORD}|\\d{1,4})){0,7}`;
const QUOTED = '[«“"]\\s*([^«»“”"\\n]{1,80}?)\\s*[»”"]';
const B = '(?<![\\p{L}\\p{N}])';

/** Laws, works and events, which their kind word names for sure: they outrank a place list and the name rules. */
export const SURE_MISC_SCORE = 0.8;
/** Missions, plans and programmes: the name after the kind word may be an organisation's (`la mission de l’ONU`). */
const KIND_SCORE = 0.65;

interface Rule {
  pattern: RegExp;
  /** The group holding the name (0: the whole match). */
  group: number;
  score: number;
}

const RULES: Record<'fr' | 'en', Rule[]> = {
  fr: [
    { pattern: new RegExp(`${B}(?:[Ll]oi|[Tt]raité|[Aa]ccord|[Pp]acte|[Cc]onvention|[Dd]irective|[Pp]rotocole)(?:[ \\u00a0](?:de|du|des|d’|d'|sur la|sur le))?[ \\u00a0]${NAME}`, 'gu'), group: 0, score: SURE_MISC_SCORE },
    { pattern: new RegExp(`${B}(?:film|livre|roman|série|album|chanson|documentaire|pièce|opéra|spectacle|jeu vidéo|essai|ouvrage|tableau|exposition)[ \\u00a0](?:${QUOTED}|(${NAME}))`, 'gu'), group: 1, score: SURE_MISC_SCORE },
    { pattern: new RegExp(`${B}(?:mission|sonde|fusée|satellite|navette|rover|lanceur|télescope|plan|programme|projet)[ \\u00a0](${NAME})`, 'gu'), group: 1, score: KIND_SCORE },
    { pattern: new RegExp(`${B}(?:Jeux (?:olympiques|Olympiques|paralympiques|Paralympiques)(?: d’été| d'été| d’hiver| d'hiver)?(?: de ${NAME_WORD})?|Coupe du monde(?: de (?:football|rugby))?|Euro|Mondial|Tour de France|Festival de Cannes|COP ?\\d{1,2})(?:[ \\u00a0]\\d{4})?(?![\\p{L}\\p{N}])`, 'gu'), group: 0, score: SURE_MISC_SCORE },
  ],
  en: [
    { pattern: new RegExp(`${B}${NAME}[ \\u00a0](?:Act|Treaty|Accord|Agreement|Convention|Protocol|Directive|Plan|Programme|Program|Initiative|Doctrine)(?![\\p{L}])`, 'gu'), group: 0, score: SURE_MISC_SCORE },
    { pattern: new RegExp(`${B}(?:Treaty|Act|Convention|Protocol|Accords?) of (?:the )?${NAME}`, 'gu'), group: 0, score: SURE_MISC_SCORE },
    { pattern: new RegExp(`${B}(?:film|movie|book|novel|album|song|series|show|documentary|play|opera|game|painting|exhibition)[ \\u00a0](?:${QUOTED}|(${NAME}))`, 'gu'), group: 1, score: SURE_MISC_SCORE },
    { pattern: new RegExp(`(?<=\\b[Tt]he[ \\u00a0])(${NAME})[ \\u00a0](?:mission|rover|probe|spacecraft|telescope|rocket|satellite|lander|capsule|space station|programme|program)(?![\\p{L}])`, 'gu'), group: 1, score: KIND_SCORE },
    { pattern: new RegExp(`${B}(?:Olympic Games|Olympics|Paralympics|World Cup|Tour de France|Cannes Film Festival|Super Bowl|COP ?\\d{1,2})(?:[ \\u00a0]\\d{4})?(?![\\p{L}\\p{N}])`, 'gu'), group: 0, score: SURE_MISC_SCORE },
  ],
};

/** MISC suggestions of `text` (UTF-16 offsets), in text order. */
export function findMisc(text: string, language: 'fr' | 'en'): Suggestion[] {
  const found: Suggestion[] = [];
  for (const rule of RULES[language]) {
    for (const m of text.matchAll(rule.pattern)) {
      // The first group that took part: a quoted title or a bare name.
      const index = rule.group === 0 ? 0 : m.findIndex((g, i) => i >= rule.group && g !== undefined);
      const name = index >= 0 ? m[index] : undefined;
      if (!name) continue;
      // `The Patriot Act` at a sentence's start: the article is no part of the name.
      const lead = rule.group === 0 ? /^(?:The|Le|La|Les)[ \u00a0]/u.exec(name)?.[0].length ?? 0 : 0;
      const start = m.index + m[0].indexOf(name) + lead;
      const trimmed = name.slice(lead).replace(/[’'.,-]+$/u, '');
      if (!/\p{L}/u.test(trimmed)) continue;
      // `la mission ONU`, `the NASA program`: an acronym after a kind word is the organisation's.
      if (rule.score === KIND_SCORE && !/\p{Ll}/u.test(trimmed)) continue;
      found.push({ type: 'MISC', start, end: start + trimmed.length, text: trimmed, source: 'pattern', score: rule.score });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
