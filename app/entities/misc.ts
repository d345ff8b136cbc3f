/**
 * Other proper names (MISC) where the words around say what they are, in French and English:
 * - laws, treaties and agreements, the whole name: `loi Macron`, `traité de Lisbonne`, `accord de Paris`, `Patriot
 *   Act`, `Human Rights Act 1998`, `Treaty of Rome`, `European Convention on Human Rights`, `Paris Agreement`,
 *   `Marshall Plan`, `the Piantedosi decree`; prizes (`prix Goncourt`);
 * - works after what they are, their title without its quotation marks: `le film « Intouchables »`, `le livre Dune`,
 *   `the novel “Dune”`;
 * - missions, spacecraft, ships, vaccines, storms, festivals, plans, programmes and projects beside their kind:
 *   `la mission Rosetta`, `le plan Juncker`, `la tempête Ciarán`, `the Artemis mission`, `the rescue ship Ocean Viking`;
 * - named events: `Jeux olympiques`, `Coupe du monde 2014`, `Euro 2016`, `Ligue 2`, `Olympic Games`, `World Cup`,
 *   `Europa League`, `COP21`; events, prizes, charts and bills by their last word (`Madrid Grand Prix`, `Mercury Prize`);
 * - products by their kind or their maker (`Nvidia's Instinct MI308 accelerators`, `its Claude models`, `Nvidia's
 *   H20`, `MTN's MoMo`), model numbers after a determiner (`the PS6`, `la K2`), a product its apposition names
 *   (`Aldentra, a twice-yearly injection`);
 * - titles in quotation marks shaped like titles, not like speech (`"Small Hours in Hanoi"`, `pour « Le Fleuve sans
 *   rive »`);
 * - drugs by their generic name in lower case, by the WHO stem of their class (`zoraxitinib`, `docétaxel`);
 * - a well-known maker and a model number (`une Audi RS3`, `a Gulfstream G280`).
 * A name found by its kind, its shape or its quotation marks is that thing throughout the text (`elsewhere`).
 * - some 650 well-known names news writes with no kind word (`iPhone`, `Rafale`, `Ligue des champions`, `Brexit`):
 *   names/misc-list.ts, hand-made; those that are also words or other names (`Windows`, `Apollo`) need a kind word
 *   or a version after them (`Chrome 10`, `Switch 2`).
 * A capitalised word and a number (`Windows 11`) was tried as a product and left out: it found more counts than names.
 * A name found so is outermost: the place or the year inside it (`Lisbonne`, `2016`) is not suggested apart.
 */
import { compileKnown, type KnownMatcher } from './known.ts';
import { WEEKDAYS } from './values/calendar.ts';
import { MISC_TEXT } from './names/misc-list.ts';
import { camelCaseName, isDemonymWord } from './names/doc.ts';
import { isEnglishWord } from './names/english-words.ts';
import { foldKey, foldWord } from './names/fold.ts';
import { gazetteer } from './names/gazetteer.ts';
import { WORK_MAKERS } from './names/lexicon.ts';
import { listedNames, organisation } from './names/organisations.ts';
import type { Suggestion } from './types.ts';

// A full stop only inside a word (`U.S`), never at its end: `Asylum. The` is two sentences, not one name.
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}’'-]*(?:\\.\\p{L}[\\p{L}\\p{M}\\p{N}’'-]*)*";
/** Capitalised words, joined by short lower-case particles (`Treaty of Rome`, `Plan Eau DOM`, `Fit for Growth`). */
const NAME = `${NAME_WORD}(?:[ \\u00a0](?:(?:(?:de|du|des|d’|d'|la|le|of|the|and|et|sur|for)[ \\u00a0])?${NAME_WORD}|\\d{1,4}\\p{Lu}?)){0,7}`;
/** A product's name: capitalised words and model numbers, nothing joined (`Nvidia's H20 and AMD's …` is two). */
const PRODUCT = `${NAME_WORD}(?:[ \\u00a0](?:${NAME_WORD}|\\d{1,4}\\p{Lu}?)){0,3}`;
/**
 * A model number: letters then digits, or a letter, a hyphen and digits (`PS6`, `MCL41`, `SF-27`, `FA-50PL`, `K2`);
 * not a disease, a gas or a group (`COVID-19`, `CO2`, `G20`), nor a road's letter and number (`the M25`, `l’A7`).
 */
const MODEL_NUMBER = '(?!(?:COVID|Covid|CO|CH|NO|SO|PM|G|B|[ADEIMN](?=\\d))-?\\d)\\p{Lu}[\\p{L}]*-?\\d+[\\p{L}\\d]*(?:-[\\p{L}\\d]+)?';
/** A party to a court case: capitalised words, an abbreviation's full stop kept (`Penn Central Transportation Co.`). */
const CASE_PARTY = `${NAME_WORD}(?:[ \\u00a0](?:of[ \\u00a0])?${NAME_WORD}){0,5}\\.?`;
/** A work's title, capitalised words joined by the short words titles keep in lower case (`Lessons from the 2026 Interior Fires`). */
const TITLE = `${NAME_WORD}(?:[ \\u00a0](?:(?:of|the|and|for|from|in|on|to|with|at|a|an|de|du|des|la|le|les|et|sur)[ \\u00a0]){0,2}(?:${NAME_WORD}|\\d{1,4})){0,9}`;
/** A title's subtitle after its colon: `Bronze and Ash: Benin After 1897`. */
const SUBTITLE = `(?::[ \\u00a0]${TITLE})?`;
const QUOTED = '[«“"]\\s*([^«»“”"\\n]{1,80}?)\\s*[»”"]';
const B = '(?<![\\p{L}\\p{N}])';
/** Kinds of products written after the name: `the MoMo wallet`, `Instinct MI308 accelerators`, `the Magellan probe`. */
const EN_PRODUCTS = 'rovers?|probes?|spacecraft|orbiters?|(?:space )?telescopes?|rockets?|satellites?|landers?|capsules?|vaccines?|drugs?|pills?|' +
  'smartphones?|phones?|handsets?|laptops?|tablets?|chips?|processors?|accelerators?|models?|wallets?|apps?|messenger|assistants?|chatbots?|' +
  'browsers?|consoles?|headsets?|airliners?|jets?|aircraft|air tankers?|tankers?|(?:water )?bombers?|fighters?|helicopters?|drones?|missiles?|cars?|trucks?|engines?';
const EN_WORKS = 'book|film|movie|novel|documentary|album|song|play|series|memoir|biography|opera|musical|collection|poem';
const FR_WORKS = 'film|livre|roman|album|documentaire|essai|recueil|spectacle|série|pièce|chanson|disque|bande dessinée|biographie|opéra';
/** A French title in sentence case, article first: `Les Heures salées`, `Le Dernier Phare`, `Les Routes du sel`. */
const FR_TITLE = "(?:Le|La|Les|L['’]|Un|Une)[ \\u00a0]?\\p{L}[\\p{L}’'-]*(?:[ \\u00a0][\\p{L}’'-]+){0,6}";

/** Laws, works and events, which their kind word names for sure: they outrank a place list and the name rules. */
export const SURE_MISC_SCORE = 0.8;
/** Missions, plans and programmes: the name after the kind word may be an organisation's (`la mission de l’ONU`). */
const KIND_SCORE = 0.65;
/** A ship its apposition names: surer than a cue word's, as the rules' `patron du Ker Anna` is only a role's. */
const APPOSITION_SCORE = 0.75;
/** A title known only by its quotation marks: below the name rules' cues (`"Ekopay"` is still the company). */
const QUOTED_TITLE_SCORE = 0.6;
/** A name of the hand-made list: above the name rules' guesses, below their cues (`le groupe Mars`). */
const LISTED_SCORE = 0.7;

interface Rule {
  pattern: RegExp;
  /** The group holding the name (0: the whole match). */
  group: number;
  score: number;
  /** Only a name shaped like a model: a number in a word (`H20`, `AT-802`, `Ascend 910B`) or a capital inside one (`MoMo`). */
  model?: true;
  /** Only a quotation shaped like a title, not like speech (see `titleLike`). */
  title?: true;
  /** Only a court case, not a match: `England v Wales` (two places or organisations) is none. */
  court?: true;
  /** The kind word follows the name (`its SLIM lander`): an acronym there is the thing's, not an organisation's. */
  kindAfter?: true;
  /** What a text must hold for the rule to be tried (a cheap scan that spares the costly one). */
  needs?: RegExp;
}

/** A title in quotation marks, kept if shaped like one (`titleLike`, by language). */
const QUOTED_TITLE_RULE: Rule = { pattern: new RegExp(QUOTED, 'gu'), group: 1, score: QUOTED_TITLE_SCORE, title: true };
/** An English weekday or month, which `on` or `of` after a law's name dates it by (`the Act on Tuesday`). */
const EN_CALENDAR = `(?:${WEEKDAYS.en.join('|')}|January|February|March|April|May|June|July|August|September|October|November|December)(?![\\p{L}])`;
/** Determiners and possessives before an English product's name: `the`, `a`, `its`… */
const EN_OWNERS = '[Tt]he|an?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur';

const RULES: Record<'fr' | 'en', Rule[]> = {
  fr: [
    { pattern: new RegExp(`${B}(?:[Ll]oi|[Tt]raité|[Aa]ccord|[Pp]acte|[Cc]onvention|[Dd]irective|[Pp]rotocole)(?:[ \\u00a0](?:de|du|des|d’|d'|sur la|sur le))?[ \\u00a0]${NAME}`, 'gu'), group: 0, score: SURE_MISC_SCORE },
    // A title in sentence case runs to its comma: `la comédie Les Voisins d’en haut, de…`.
    { pattern: new RegExp(`${B}(?:film|(?:long|court)[ -]métrage|livre|roman|série|album|chanson|documentaire|comédie|drame|téléfilm|pièce|opéra|spectacle|jeu vidéo|essai|ouvrage|tableau|exposition)[ \\u00a0](?:${QUOTED}|(${FR_TITLE})(?=,)|(${NAME}))`, 'gu'), group: 1, score: SURE_MISC_SCORE },
    // A title between commas after its kind (`son premier roman, Les Heures salées, a reçu`), or before it (`pour Le
    // Dernier Phare, un album de 240 pages`).
    { pattern: new RegExp(`${B}(?:${FR_WORKS}),[ \\u00a0](${FR_TITLE}),`, 'gu'), group: 1, score: SURE_MISC_SCORE },
    { pattern: new RegExp(`(?<=(?:pour|de|dans|avec|sur)[ \\u00a0])(${FR_TITLE}),[ \\u00a0](?:un|une|son|sa|le|la)[ \\u00a0](?:[\\p{Ll}\\p{N}-]+[ \\u00a0])?(?:${FR_WORKS})(?![\\p{L}])`, 'gu'), group: 1, score: SURE_MISC_SCORE },
    { pattern: new RegExp(`${B}(?:mission|sonde|fusée|satellite|navette|rover|lanceur|télescope|plan|programme|projet|navire|bateau|paquebot|pétrolier|cargo|frégate|porte-avions|chalutier|voilier|remorqueur|caboteur|canot|vaccin|médicament|smartphone|téléphone|capteur|logiciel|console|processeur|robot|drone|hélicoptère|festival|salon|[Tt]empête|[Oo]uragan|[Cc]yclone|[Tt]yphon)[ \\u00a0](${NAME})`, 'gu'), group: 1, score: KIND_SCORE },
    { pattern: new RegExp(`(?<=(?:\\b(?:[Ll][ae]|[Ll]es|[Uu]ne?|[Ss][ao]n|[Ss]es|[Dd]u|[Dd]es)[ \\u00a0]|\\b[LlDd]['’]))(${MODEL_NUMBER})(?![\\p{L}\\p{N}-]|[ \\u00a0](?:autoroute|route|nationale))`, 'gu'), group: 1, score: KIND_SCORE },
    // A ship its apposition names: `du Ker Anna, un chalutier de 24 mètres`.
    { pattern: new RegExp(`(?<=(?:\\b(?:[Ll][ae]|[Dd]u|[Aa]u)[ \\u00a0]))(${NAME}),[ \\u00a0](?:un|une)[ \\u00a0](?:chalutier|navire|bateau|cargo|pétrolier|ferry|voilier|remorqueur|porte-conteneurs|paquebot|caboteur|méthanier|vraquier)(?![\\p{L}])`, 'gu'), group: 1, score: APPOSITION_SCORE },
    // An English law by its last word, as French news writes it: `le Digital Services Act`, `l’Inflation Reduction Act`.
    { pattern: new RegExp(`${B}(?![LlDd]['’])${NAME}[ \\u00a0](?:Act|Bill)(?![\\p{L}\\p{N}])`, 'gu'), group: 0, score: SURE_MISC_SCORE, needs: /[ \u00a0](?:Act|Bill)(?![\p{L}])/u },
    // A title in quotation marks, in sentence case and shaped like no speech: `pour « Les Nuits de Kerhervé »`.
    QUOTED_TITLE_RULE,
    // `le Goncourt`, `un Femina`: the prize by its name alone (`l’académie Goncourt` is the jury); `le Grand prix du roman
    // de l’Académie française`.
    { pattern: new RegExp(`(?<=\\b(?:[Ll]e|[Dd]u|[Aa]u|[Uu]n)[ \\u00a0])(?:Goncourt|Renaudot|Femina|Médicis|Interallié)(?![\\p{L}’'-])|${B}Grand [Pp]rix (?:du|de la|des|de l’|de l')[ \\u00a0]?\\p{Ll}+(?:[ \\u00a0](?:de la|du|des|de)[ \\u00a0]${NAME}|[ \\u00a0](?:de l’|de l')${NAME}(?:[ \\u00a0](?:française|nationale|européenne))?)?`, 'gu'), group: 0, score: SURE_MISC_SCORE },
    // `prix Goncourt`, `prix Joseph-Kessel`: the prize's name, `prix` included.
    { pattern: new RegExp(`${B}[Pp]rix[ \\u00a0]${NAME}`, 'gu'), group: 0, score: SURE_MISC_SCORE },
    { pattern: new RegExp(`${B}(?:Jeux (?:olympiques|Olympiques|paralympiques|Paralympiques)(?: d’été| d'été| d’hiver| d'hiver)?(?: de ${NAME_WORD})?|Coupe du monde(?: de (?:football|rugby))?|Coupe (?:d['’]Afrique des [Nn]ations|d['’]Asie des [Nn]ations|d['’]Europe|de France|de la Ligue|Davis|Stanley|des [Cc]onfédérations)|Euro|Mondial|Tour de France|Festival de Cannes|Ligue (?:\\d|Europa|des [Cc]hampions|des [Nn]ations)|Top 14|Pro D2|COP ?\\d{1,2})(?:[ \\u00a0]\\d{4})?(?![\\p{L}\\p{N}])`, 'gu'), group: 0, score: SURE_MISC_SCORE },
  ],
  en: [
    // `Human Rights Act 1998`, `Strikes (Minimum Service Levels) Act 2023`.
    // Laws and plans by their last word (`Human Rights Act 1998`, `Strikes (Minimum Service Levels) Act 2023`), and
    // festivals, cups and telescopes (`the BFI London Film Festival`, `the FA Cup`, `the Nancy Grace Roman Space Telescope`).
    { pattern: new RegExp(`${B}${NAME}(?:[ \\u00a0]\\([^()\\n]{1,60}\\))?[ \\u00a0](?:Act|Treaty|Accord|Agreement|Convention|Protocol|Directive|Plan|Programme|Program|Initiative|Doctrine|Festival|Cup|Trophy|Index|Telescope|Grand Prix|Prize|Awards|Chart|Bill|Regulation|Rule|Code|Fair|Biennale|Marathon|Declaration|Accords|Agreements)(?:[ \\u00a0](?:1[89]|20)\\d\\d)?(?![\\p{L}\\p{N}])`, 'gu'), group: 0, score: SURE_MISC_SCORE },
    // `Treaty of Rome`, `European Convention on Human Rights`, `Pact on Migration and Asylum`.
    // (Not the day it passed: `the USA Freedom Act on Tuesday`.)
    { pattern: new RegExp(`${B}(?:${NAME_WORD}[ \\u00a0])?(?:Treaty|Act|Convention|Protocol|Accords?|Pact|Charter|Declaration) (?:of|on) (?:the )?(?!${EN_CALENDAR})${NAME}`, 'gu'), group: 0, score: SURE_MISC_SCORE },
    // `Taylor Swift's The Tortured Poets Department`: a capitalised `The` after a possessive opens a work's title.
    { pattern: new RegExp(`(?<=\\p{L}['’]s[ \\u00a0])(The[ \\u00a0]${TITLE})`, 'gu'), group: 1, score: KIND_SCORE, title: true, needs: /['’]s[ \u00a0]The[ \u00a0]/u },
    // `the Piantedosi decree`.
    { pattern: new RegExp(`(?<=\\b[Tt]he[ \\u00a0])${NAME_WORD}[ \\u00a0](?:decree|doctrine)(?![\\p{L}])`, 'gu'), group: 0, score: KIND_SCORE },
    // (`play`, `show`, `game`, `series` are verbs or plain nouns too: `England play Wales`; only after a determiner.)
    { pattern: new RegExp(`(?:${B}(?:film|movie|book|novel|album|EP|mixtape|song|documentary|opera|painting|exhibition|memoir|podcast)|(?<=\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|new|latest|hit)[ \\u00a0])(?:play|show|game|series))[ \\u00a0](?:${QUOTED}|(${NAME}${SUBTITLE}))`, 'gu'), group: 1, score: SURE_MISC_SCORE },
    // `Wolf Hall author Hilary Mantel`, `Succession creator Jesse Armstrong`: a work before its maker's trade and name.
    // (Not opening a sentence, but after `The`: `Bestselling author Stephen King`, `Yesterday Succession creator…`.)
    { pattern: new RegExp(`(?<![.!?:\\n][ \\u00a0]*|^[ \\u00a0]*|\\p{Lu}[\\p{L}’'-]*[ \\u00a0])(?<=[ \\u00a0(“"]|(?:^|[.!?:\\n][ \\u00a0]*)The[ \\u00a0])(${NAME_WORD}(?:[ \\u00a0]${NAME_WORD}){0,4})(?=[ \\u00a0](?:${WORK_MAKERS})[ \\u00a0]\\p{Lu})`, 'gu'), group: 1, score: KIND_SCORE },
    // `The 312-page report, titled Before the Smoke: Lessons from the 2026 Interior Fires`.
    { pattern: new RegExp(`${B}(?:titled|entitled)[ \\u00a0](?:${QUOTED}|(${TITLE}${SUBTITLE}))`, 'gu'), group: 1, score: SURE_MISC_SCORE },
    // `"The Dark Between", a documentary by…`, `"The Invisible Scaffold", a 2026 book`.
    { pattern: new RegExp(`${QUOTED},[ \\u00a0](?:a|an|the|his|her|their|its)[ \\u00a0](?:[\\p{L}\\p{N}-]+[ \\u00a0]){0,3}?(?:${EN_WORKS})(?![\\p{L}])`, 'gu'), group: 1, score: SURE_MISC_SCORE },
    // Court cases: `State v. Hargrove`, `Roe v Wade`, `Penn Central Transportation Co. v. New York City`.
    { pattern: new RegExp(`${B}${CASE_PARTY}[ \\u00a0]v(?:s)?\\.?[ \\u00a0]${CASE_PARTY}`, 'gu'), group: 0, score: SURE_MISC_SCORE, court: true, needs: /[ \u00a0]vs?\.?[ \u00a0]\p{Lu}/u },
    // Ballot measures, amendments, resolutions, bankruptcy chapters: `Proposition 142`, `Prop. 22`, `Amendment 4`, `the
    // Fifth Amendment`, `the 14th Amendment`, `Resolution 2765`, `Chapter 11`.
    { pattern: new RegExp(`${B}(?:(?:Proposition|Prop\\.|Measure|Amendment)[ \\u00a0]\\d{1,3}[A-Z]?|Resolution[ \\u00a0]\\d{3,4}|Chapter[ \\u00a0](?:7|9|11|13|15)(?![\\p{N}])|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-\\p{Ll}+|\\d{1,2}(?:st|nd|rd|th))[ \\u00a0]Amendment)(?![\\p{L}\\p{N}])`, 'gu'), group: 0, score: SURE_MISC_SCORE },
    // (After a possessive too: `the bank said its Fit for Growth programme`, `the league's International Player Pathway program`.)
    { pattern: new RegExp(`(?<=(?:\\b(?:${EN_OWNERS})|['’]s)[ \\u00a0])(${NAME})[ \\u00a0](?:mission|space station|programme|program|festival|summit|storm|hurricane|typhoon|cyclone)(?![\\p{L}])`, 'gu'), group: 1, score: KIND_SCORE },
    // A product before its kind, after a determiner or its maker (`the Curiosity rover`, `Nvidia's Instinct MI308
    // accelerators`, `its Claude models`); a model number needs no determiner (`nine Air Tractor AT-802 air tankers`).
    { pattern: new RegExp(`(?<=(?:\\b(?:${EN_OWNERS}|new|latest)|['’]s)[ \\u00a0])(${NAME})[ \\u00a0](?:${EN_PRODUCTS})(?![\\p{L}])`, 'gu'), group: 1, score: KIND_SCORE, kindAfter: true },
    { pattern: new RegExp(`(?<=[\\p{Ll}\\p{N}][ \\u00a0])(${PRODUCT})[ \\u00a0](?:${EN_PRODUCTS})(?![\\p{L}])`, 'gu'), group: 1, score: KIND_SCORE, model: true },
    // A model number after a determiner or a possessive: `the PS6`, `his MCL41`, `the SF-27`, `the KF-21's engines`.
    { pattern: new RegExp(`(?<=(?:\\b(?:${EN_OWNERS})|['’]s)[ \\u00a0])(${MODEL_NUMBER})(?![\\p{L}\\p{N}-]|[ \\u00a0](?:motorway|highway|road|freeway|expressway))`, 'gu'), group: 1, score: KIND_SCORE },
    // A title in quotation marks, every word capitalised: `"Harmattan" wins`, `for "Small Hours in Hanoi"`.
    QUOTED_TITLE_RULE,
    // A model name after its maker's possessive, however written: `Nvidia's H20`, `Huawei's Ascend 910B`, `MTN's MoMo`.
    { pattern: new RegExp(`(?<=\\p{Lu}[\\p{L}\\p{N}.&-]*['’]s[ \\u00a0])(${PRODUCT})`, 'gu'), group: 1, score: KIND_SCORE, model: true },
    // `the rescue ship Ocean Viking`, `Storm Ciarán`, `the vaccine Qdenga`.
    { pattern: new RegExp(`${B}(?:ship|vessel|tanker|frigate|destroyer|ferry|yacht|liner|[Ss]torm|[Hh]urricane|[Tt]yphoon|[Cc]yclone|vaccine|drug|pill|treatment|medicine|therapy|rocket|spacecraft|probe|orbiter|rover|festival)[ \\u00a0](${NAME})`, 'gu'), group: 1, score: KIND_SCORE },
    // Its kind in an apposition: `approved Aldentra, a twice-yearly injection from…`, `Mangalyaan, the Mars orbiter`.
    // (The kind word ends the noun: `Nvidia, the chip designer` is no chip.)
    { pattern: new RegExp(`${B}(${PRODUCT}),[ \\u00a0](?:an?|the|its|their)[ \\u00a0](?:[\\p{L}\\p{N}-]+[ \\u00a0]){0,3}?(?:${EN_PRODUCTS}|injection|jab|treatment|therapy|medicine)(?=[,.;:)]|[ \\u00a0](?:from|by|made|that|which|developed|designed|sold|built|approved|for|against|to|in|with|launched)(?![\\p{L}]))`, 'gu'), group: 1, score: KIND_SCORE },
    // Between commas after its kind: `Takeda’s two-dose vaccine, Qdenga, to…`, `its best-selling heart drug, Entresto.`
    { pattern: new RegExp(`${B}(?:vaccine|drug|pill|treatment|medicine|therapy|spacecraft|probe|orbiter|rocket|ship|vessel),[ \\u00a0](${PRODUCT})(?=[,.;:)])`, 'gu'), group: 1, score: KIND_SCORE },
    // (`the Paris Olympics`, `the Winter Paralympics`: the city or the season is the Games' name too.)
    { pattern: new RegExp(`${B}(?:(?:${NAME_WORD}[ \\u00a0])?(?:(?:Summer|Winter|Youth)[ \\u00a0])?(?:Olympic Games|Olympics|Paralympics)|World Cup|Tour de France|Cannes Film Festival|Super Bowl|Black (?:Monday|Tuesday|Wednesday|Thursday|Friday)|Cyber Monday|Super Tuesday|Bloody Sunday|Nobel (?:Peace )?Prize(?: in (?:Physics|Chemistry|Physiology or Medicine|Medicine|Literature|Economic Sciences|Economics))?|Champions League|Europa League|Conference League|Nations League|Primeira Liga|La Liga|Serie A|Bundesliga|Ligue 1|COP ?\\d{1,2})(?:[ \\u00a0]\\d{4})?(?![\\p{L}\\p{N}])`, 'gu'), group: 0, score: SURE_MISC_SCORE },
  ],
};

let listed: KnownMatcher | null = null;
let ambiguous: Set<string> | null = null;

/** A version or an edition after a name: ` 10`, ` 3.6`, ` 2024` (not a score, a share or an amount). */
const VERSION_AFTER = /^[ \u00a0]\d{1,4}(?:\.\d{1,2})?(?![\p{L}\p{N}%]|[.,]\d|[ \u00a0]?[-–]\d|[ \u00a0](?:per|pour|percent|million|billion|milliards?|millions?)(?![\p{L}]))/u;
/** A space before a number (scanned for first: cheaper than trying a name at every capital). */
const SPACE_THEN_DIGIT = /[ \u00a0](?=[0-9])/g;
/** One to three capitalised words ending where the number's space starts. */
const WORDS_BEFORE = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}'’-]*[ \u00a0]){0,2}\p{Lu}[\p{L}\p{N}'’-]*$/u;

/**
 * The well-known names of names/misc-list.ts (`iPhone`, `Ligue des champions`, `Brexit`); the ambiguous ones only with
 * a version or an edition after them (`Chrome 10`, `Safari 5`, `Switch 2`, `Wimbledon 2024`).
 */
function wellKnown(text: string): Suggestion[] {
  ambiguous ??= new Set(listedNames(MISC_TEXT).filter((n) => n.ambiguous).map(({ name }) => foldKey(name)));
  const versions: Suggestion[] = [];
  for (const space of text.matchAll(SPACE_THEN_DIGIT)) {
    const end = space.index;
    const run = WORDS_BEFORE.exec(text.slice(Math.max(0, end - 60), end));
    if (!run) continue;
    const version = VERSION_AFTER.exec(text.slice(end, end + 24))?.[0].length ?? 0;
    if (version === 0) continue;
    // The longest listed name ending the run: `Google Chrome 10`, `Chrome 10`.
    for (let start = end - run[0].length; start < end; start = text.indexOf(' ', start) + 1 || end) {
      if (!ambiguous.has(foldKey(text.slice(start, end)))) continue;
      versions.push({ type: 'MISC', start, end: end + version, text: text.slice(start, end + version), source: 'pattern', score: LISTED_SCORE });
      break;
    }
  }
  return [...versions, ...unambiguousNames(text)];
}

/** The names of the list that are not ambiguous, wherever they are written. */
function unambiguousNames(text: string): Suggestion[] {
  listed ??= compileKnown(listedNames(MISC_TEXT).filter((n) => !n.ambiguous).map(({ name }) => ({ entityId: '', type: 'MISC', name })));
  // A model number before or after is part of the name: `787 Dreamliner`, `iPhone 15`, `Apple Watch Series 9`. A
  // listed name ranks as the name rules do: a place list (`Mars`, the planet) and the registry win over it.
  return listed.find(text).map(({ start, end }) => {
    // (Not a count before a name with its own number: `40 Airbus A350`.)
    const before = /\d/u.test(text.slice(start, end)) ? 0 : /(?<![\p{L}\p{N},.])\d{2,4}(?:-\d{1,3})?[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 10), start))?.[0].length ?? 0;
    const after = /^[ \u00a0](?:Series[ \u00a0]\d{1,2}(?![\p{L}\p{N}])|\d{1,4}[\p{L}]?(?![\p{N}%,.]\d|[\p{N}%])|(?=[IVXLC]{2,7}(?![\p{L}\p{N}]))C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}]))/u.exec(text.slice(end, end + 12))?.[0].length ?? 0;
    return { type: 'MISC', start: start - before, end: end + after, text: text.slice(start - before, end + after), source: 'pattern', score: LISTED_SCORE };
  });
}

/**
 * A name its kind word named is that thing throughout the text: `the vaccine Qdenga` … `Supplies of Qdenga`, `an LVM3
 * rocket` … `when an LVM3 is due`.
 */
function elsewhere(text: string, found: Suggestion[]): Suggestion[] {
  const named = new Map<string, number>();
  // (Not the names of the list, found everywhere already, nor the sure ones: `le Goncourt` is the prize, `l’académie
  // Goncourt` its jury.)
  for (const s of found) if (s.score < LISTED_SCORE || s.score === APPOSITION_SCORE) named.set(s.text, Math.max(named.get(s.text) ?? 0, s.score));
  const more: Suggestion[] = [];
  for (const [name, score] of named) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      more.push({ type: 'MISC', start: m.index, end: m.index + name.length, text: name, source: 'pattern', score });
    }
  }
  return more;
}

/** A grade and its number: `Category 3`, `Level 4`, `Phase 2`, `catégorie 5`. */
const GRADE = /^(?:Category|Level|Phase|Stage|Grade|Tier|Type|Class|Division|Catégorie|Niveau|Classe)[ \u00a0]\d{1,2}$/iu;

/** Letters in brackets right after a name: `Digital Services Act (DSA)`, `Coupe d’Afrique des nations (CAN)`. */
const LETTERS_AFTER = /^[ \u00a0]*\(([\p{Lu}][\p{Lu}\p{N}&-]{1,7})\)/u;

/** The letters in brackets after a MISC, which name it there and wherever else the text writes them. */
function lettersOf(text: string, found: Suggestion[]): Suggestion[] {
  const letters = new Map<string, number>();
  for (const s of found) {
    const m = LETTERS_AFTER.exec(text.slice(s.end, s.end + 16));
    if (m && !organisation(foldKey(m[1]!))) letters.set(m[1]!, s.score);
  }
  const more: Suggestion[] = [];
  for (const [name, score] of letters) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[&-]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'))) {
      more.push({ type: 'MISC', start: m.index, end: m.index + name.length, text: name, source: 'pattern', score });
    }
  }
  return more;
}

/** The length of the owner before a possessive, with its space, but a common word's (`Children’s Online Privacy Code`). */
function ownerLength(name: string): number {
  const owner = /^(.*?)(\p{L}+)['’]s[ \u00a0]/u.exec(name);
  return owner && (owner[1] !== '' || !isEnglishWord(foldWord(owner[2]!)) || gazetteer().places.has(foldKey(owner[2]!))) ? owner[0].length : 0;
}

/** The length of the nationality words opening a name, with their space: `South Korean ` in `South Korean KF-21`; 0 if none. */
function nationality(name: string): number {
  const m = /^(?:(?:North|South|East|West)[ \u00a0])?(\p{Lu}\p{Ll}+)(?:[ \u00a0]|$)/u.exec(name);
  return m && isDemonymWord(foldWord(m[1]!), gazetteer()) ? m[0].length : 0;
}

const TITLE_JOINERS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'with', 'and', 'at', 'from', 'by', 'or', 'de', 'du', 'des', 'la', 'le', 'y', 'za', 'na']);
/** Words of speech, not of titles: `« C’est la fin »`, `« Nous sommes prêts »`. */
const FR_SPEECH = new Set(['je', 'j’', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'c’est', "c'est", 'est', 'sont', 'a', 'ont', 'ai', 'avons', 'était', 'sera', 'pas', 'ne', 'n’', "n'", 'ce', 'cette', 'ça', 'cela', 'qui', 'que', 'qu’', "qu'", 'mais', 'si', 'oui', 'non', 'très', 'plus', 'nos', 'notre', 'mon', 'ma', 'mes', 'leur']);

/**
 * Whether a quotation is shaped like a title rather than speech or a scare-quoted word: one to six words, no sentence
 * punctuation; in English every word capitalised but the joiners (`"Small Hours in Hanoi"`); in French the first word
 * capitalised and no word of speech (`« Le Fleuve sans rive »`, not `« Nous sommes prêts »`).
 */
function titleLike(quoted: string, language: 'fr' | 'en'): boolean {
  const words = quoted.split(/[ \u00a0]+/u);
  const punctuated = /[.!?;,…]/u.test(quoted.replace(/(?<![\p{L}])(?:St|Dr|Mr|Mrs|Ms|Jr)\./gu, ''));
  if (words.length > 6 || punctuated || !(language === 'en' ? /^[\p{Lu}\p{N}]/u : /^\p{Lu}/u).test(quoted) || !words.some((w) => w.length >= 3)) return false;
  if (language === 'en') return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_JOINERS.has(w)));
  return !words.some((w) => FR_SPEECH.has(w.toLowerCase()) || FR_SPEECH.has(w.toLowerCase().replace(/^([\p{L}]+[’']).*$/u, '$1')));
}

/** A product's model: a number inside a word (`H20`, `AT-802`, `910B`), or a capital after small letters (`MoMo`, `ThinkPad`), not a surname's (`McCarthy`, `DeSantis`). */
function modelShaped(name: string): boolean {
  return name.split(/[ \u00a0]/u).some((w) => (/\p{L}/u.test(w) && /\p{N}/u.test(w) && !/^(?:G|COVID|Covid)-?\d+$/u.test(w)) || camelCaseName(w));
}

/** Whether `X v Y` names a match: both sides places or organisations (`England v Wales`, `Leeds vs. Arsenal`). */
function match(name: string): boolean {
  const sides = name.split(/[ \u00a0]vs?\.?[ \u00a0]/u);
  const named = (side: string) => gazetteer().places.has(foldKey(side)) || organisation(foldKey(side)) !== undefined;
  return sides.length === 2 && sides.every((side) => named(side.trim()));
}

/**
 * A drug's generic name, written in lower case, by the stem the WHO gives its class (`zoraxitinib`, `pembrolizumab`,
 * `docétaxel`, `denuvasiran`, `semaglutide`, `apixaban`): kinase inhibitors, antibodies, taxanes, platins, statins,
 * sartans, ACE inhibitors, beta blockers, siRNAs, GLP-1 and SGLT2 drugs, antivirals, antibiotics, anticoagulants.
 */
const DRUG_STEMS = 'tinib|ciclib|rafenib|lisib|parib|zomib|mab|taxel|platine?|rubicine?|vastatine?|sartan|pril|olol|dipine|siran|glutide|gliflozine?|gliptine?|vir|cilline?|mycine?|floxacine?|cycline|prazole|setron|dronate|lukast|xaban|gatran';
const GENERIC_DRUG = new RegExp(`(?<![\\p{L}\\p{N}-])\\p{Ll}[\\p{Ll}\\p{M}]{2,}(?:${DRUG_STEMS})(?![\\p{L}\\p{N}])`, 'gu');

/** The stems alone, to skip the texts that hold none at the cost of one scan. */
const DRUG_STEM = new RegExp(`(?:${DRUG_STEMS})(?![\\p{L}\\p{N}])`, 'u');

function genericDrugs(text: string): Suggestion[] {
  if (!DRUG_STEM.test(text)) return [];
  // (Not a word of the language: `penicillin` is the class as much as the drug.)
  return [...text.matchAll(GENERIC_DRUG)].filter((m) => !isEnglishWord(foldWord(m[0])))
    .map((m) => ({ type: 'MISC', start: m.index, end: m.index + m[0].length, text: m[0], source: 'pattern', score: KIND_SCORE }));
}

/** A well-known maker, then a model number: `une Audi RS3`, `a Gulfstream G280`, `Huawei Mate 60`. */
const MAKER_MODEL = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME_WORD}(?:[ \\u00a0]${NAME_WORD})?)[ \\u00a0](${MODEL_NUMBER})(?![\\p{L}\\p{N}-])`, 'gu');

/** A model number anywhere (`RS3`, `H20`, `A350`: written in ASCII): the texts without one are skipped at the cost of one scan. */
const ANY_MODEL = /[A-Z][A-Za-z]*-?[0-9]/;

function makersModels(text: string): Suggestion[] {
  if (!ANY_MODEL.test(text)) return [];
  return [...text.matchAll(MAKER_MODEL)].filter((m) => organisation(foldKey(m[1]!))?.ambiguous === false)
    .map((m) => ({ type: 'MISC', start: m.index, end: m.index + m[0].length, text: m[0], source: 'pattern', score: KIND_SCORE }));
}

/** MISC suggestions of `text` (UTF-16 offsets), in text order. */
export function findMisc(text: string, language: 'fr' | 'en'): Suggestion[] {
  const found: Suggestion[] = wellKnown(text);
  for (const rule of RULES[language]) {
    if (rule.needs && !rule.needs.test(text)) continue;
    for (const m of text.matchAll(rule.pattern)) {
      // The first group that took part: a quoted title or a bare name.
      const index = rule.group === 0 ? 0 : m.findIndex((g, i) => i >= rule.group && g !== undefined);
      const name = index >= 0 ? m[index] : undefined;
      if (!name) continue;
      // `The Patriot Act` at a sentence's start: the article is no part of the name.
      // (`Since 2007 the Andy Warhol Photographic Legacy Program has…`, `So the World Cup is…`: a sentence's opening words
      // neither.)
      const lead = rule.group === 0 ? /^(?:(?:Since|In|On|At|By|For|From|After|Before|During|Until|Under|With|When|While|As|So|And|But|Or|Yet|Then|Now|Also|Even|Only|Still|Dans|Depuis|Après|Avant|Pour|Selon|Sous|Avec|En|Et|Mais|Puis|Alors|Ainsi|Donc)[ \u00a0]+(?:\d{4}[ \u00a0]+)?(?:[Tt]he[ \u00a0]+|[Ll]e[ \u00a0]+|[Ll]a[ \u00a0]+|[Ll]es[ \u00a0]+)?|(?:The|Le|La|Les)[ \u00a0])/u.exec(name)?.[0].length ?? 0 : 0;
      // `the European Space Agency's EnVision mission`: the owner before the possessive is no part of the name (but
      // `"St. Brendan's Weather"` is a title); nor is a nationality (`the South Korean KF-21 jets`).
      // (`The Awards were…`, `The Bill passed`: the last word alone names nothing.)
      if (lead > 0 && !/[ \u00a0]/u.test(name.slice(lead).trim())) continue;
      const bare = name.slice(lead);
      const nation = nationality(bare);
      if (nation >= bare.trimEnd().length) continue;
      const owner = rule.title ? 0 : ownerLength(bare) || (modelShaped(bare.slice(nation)) ? nation : 0);
      const start = m.index + m[0].indexOf(name) + lead + owner;
      const trimmed = name.slice(lead + owner).replace(/[’'.,-]+$/u, '');
      // (`une levée de série B`, `Plan B`: a letter alone names no work; `a Category 3 hurricane`: a grade names none.)
      if (!/\p{L}/u.test(trimmed) || /^\p{Lu}$/u.test(trimmed) || GRADE.test(trimmed)) continue;
      if (rule.model && !modelShaped(trimmed)) continue;
      if (rule.court && match(trimmed)) continue;
      // (`the European Medicines Agency's drug committee`: an owner before its kind word, not a product.)
      if (/['’]s$/u.test(name)) continue;
      // (`“Cloud computing” : Orange se félicite…`: a headline's topic, before its colon, is no title.)
      // (In French, speech opens its sentence or follows a colon: `« Inacceptable », a-t-il dit`; a title follows a word.)
      if (rule.title && language === 'fr' && !/[\p{L}\p{N}’',][ \u00a0]*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      // (`they said, "Wow."`: speech ends with its full stop inside the quotes; a title does not.)
      if (rule.title && /\.$/u.test(name) && !/\.\.\.$|\p{Lu}\.$/u.test(name)) continue;
      if (rule.title && (!titleLike(trimmed, language) || /^[\s\u00a0]*[«“"][^\n]*$/u.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index + 1)) && /^[\s\u00a0]*:/u.test(text.slice(m.index + m[0].length)))) continue;
      // `la mission ONU`, `the NASA program`: an acronym after a kind word is the organisation's (but `H20`, `LVM3`).
      if (rule.score === KIND_SCORE && !rule.kindAfter && !/[\p{Ll}\p{N}]/u.test(trimmed)) continue;
      // `World Food Programme`: a well-known organisation named like a programme; `the Mars orbiter India launched`:
      // a country after a kind word is no name of it (a town may be: `la mission Rosetta`).
      if (organisation(foldKey(trimmed)) || organisation(foldKey(trimmed.replace(/^The[ \u00a0]/u, '')))) continue;
      const place = rule.score === KIND_SCORE ? gazetteer().places.get(foldKey(trimmed)) : undefined;
      if (place && !place.minor && place.kind !== 'city') continue;
      found.push({ type: 'MISC', start, end: start + trimmed.length, text: trimmed, source: 'pattern', score: rule.score });
    }
  }
  found.push(...genericDrugs(text), ...makersModels(text));
  found.push(...elsewhere(text, found));
  found.push(...lettersOf(text, found));
  // `European Convention` inside `European Convention on Human Rights`: the longer name only.
  found.sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score);
  let reach = -1;
  return found.filter((s) => {
    if (s.end <= reach) return false;
    reach = s.end;
    return true;
  });
}
