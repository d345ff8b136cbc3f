// Capitalised runs that name nothing, however often they come: a disease named after someone, a currency multiplier,
// a title cut off by its full stop. Arguments are token indices of a run, i its first, j its last.
import { abbreviatedTitle } from './cues.ts';
import { type Doc } from './doc.ts';

const DISEASE_WORDS = new Set(['disease', 'syndrome', 'disorder', 'maladie']);
const EPONYMS = new Set(['alzheimer', 'parkinson', 'huntington', 'crohn', 'asperger', 'hodgkin', 'tourette']);

/** Languages with no country of their name, capitalised in English (`a Gaelic singer`): no organisation seen often. */
const LANGUAGES = new Set(['gaelic', 'yiddish', 'esperanto', 'sanskrit', 'latin', 'swahili', 'quechua', 'aymara', 'guarani', 'tamil', 'telugu', 'hindi', 'urdu', 'bengali', 'punjabi', 'gujarati', 'marathi', 'kannada', 'malayalam', 'pashto', 'dari', 'farsi', 'kurdish', 'berber', 'amharic', 'tigrinya', 'yoruba', 'igbo', 'hausa', 'zulu', 'xhosa', 'tagalog', 'cantonese', 'mandarin', 'creole', 'basque', 'catalan', 'breton', 'occitan', 'corsican', 'frisian', 'romani', 'sami', 'inuktitut', 'maori', 'hawaiian']);

export function notAName(doc: Doc, i: number, j: number): boolean {
  return eponymousDisease(doc, i, j) || multiplierLetter(doc, i, j) || titleAlone(doc, i, j) || (i === j && doc.language !== 'fr' && LANGUAGES.has(doc.tokens[i]!.folded));
}

/** `Alzheimer’s disease`, `Crohn disease`, `maladie d’Alzheimer`, `syndrome de Down`: a disease, no name. */
function eponymousDisease(doc: Doc, i: number, j: number): boolean {
  const { tokens } = doc;
  const after = tokens[j + 1]?.kind === 'possessive' ? tokens[j + 2] : tokens[j + 1];
  if (after?.kind === 'word' && !after.capitalised && DISEASE_WORDS.has(after.folded)) return true;
  // `Alzheimer’s and multiple sclerosis medicines`: a disease's eponym, with its possessive.
  if (i === j && tokens[j + 1]?.kind === 'possessive' && EPONYMS.has(tokens[i]!.folded)) return true;
  const link = tokens[i - 1];
  return (link?.folded === "d'" || link?.folded === 'de') && DISEASE_WORDS.has(tokens[i - 2]?.folded ?? '');
}

/** `1,2 M€`, `300 M$`, `5 Md€`: a multiplier glued to a currency symbol. */
function multiplierLetter(doc: Doc, i: number, j: number): boolean {
  const next = doc.tokens[j + 1];
  return i === j && doc.tokens[i]!.text.length <= 3 && next !== undefined && next.start === doc.tokens[j]!.end && /^[€$£¥]/u.test(next.text);
}

/** `Sen.`, `Gov.`, `Dr.` alone: a title cut off by its full stop. */
function titleAlone(doc: Doc, i: number, j: number): boolean {
  return i === j && abbreviatedTitle(doc.tokens[i]!, doc.tokens[j + 1]);
}
