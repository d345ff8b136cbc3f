// Names a capitalised run's shape gives at once, with punctuation the run leaves out: a US state as the Associated Press
// abbreviates it (`(D-Ariz.)`, `Albany, N.Y.`), a company named by its site (`JD.com`) and a ruler by a given name and
// an epithet (`Peter the Great`, `Pierre le Grand`). And the web addresses that are no names at all
// (`Scientology.org`). Arguments are token indices of a run, i its first, j its last.
import { candidate, isCapWord, label, place, type Candidate, type Doc } from './doc.ts';
import { foldWord, isLowerChar } from './fold.ts';
import { isFirstName } from './first-names.ts';
import { TITLE_IN_SEQUENCE, US_STATE_ABBREVIATIONS } from './lexicon.ts';

const WEB_COMPANY = /^(?:com|net|io|ai)$/u;
/** What may follow a company's site name: a space, the end, a possessive, punctuation before a space. */
const SITE_END = /^(?:$|\s|['’]s|[.,;:!?)»”"](?:\s|$))/u;

export function shapedName(doc: Doc, i: number, j: number): Candidate | null {
  return usState(doc, i, j) ?? siteCompany(doc, i, j) ?? epithet(doc, i, j);
}

/** Whether the run ending at j goes on into a web address (`Scientology.org`, `Example.com/path`). */
export function partOfWebAddress(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const dot = tokens[j + 1];
  return dot?.text === '.' && dot.start === tokens[j]!.end && tokens[j + 2]?.start === dot.end && isLowerChar(tokens[j + 2]!.text[0]);
}

/** `(D-Calif.)`, `Phoenix, Ariz.`, `Albany, N.Y.`: a state, with its full stop, after a party's letter or a town. */
function usState(doc: Doc, i: number, j: number): Candidate | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  if (i !== j || doc.language === 'fr') return null;
  const dotted = t.text.endsWith('.');
  const key = foldWord(dotted ? t.text.slice(0, -1) : t.text);
  const dot = tokens[j + 1];
  const end = dotted ? j : dot?.text === '.' && dot.start === t.end ? j + 1 : -1;
  if (end < 0 || !US_STATE_ABBREVIATIONS.has(key)) return null;
  const prev = tokens[i - 1];
  const party = prev?.text === '-' && /^[DRI]$/u.test(tokens[i - 2]?.text ?? '');
  const afterTown = prev?.text === ',' && isCapWord(doc, tokens[i - 2]) && place(doc, i - 2, i - 2) !== undefined;
  if (!party && !afterTown) return null;
  const c = candidate(doc, i, end);
  label(c, 'LOC', 0.8, 'cue', true);
  return c;
}

/** `JD.com`, `Booking.com`: a company named by its site, when it stands as a name (no path, no `www.` before it). */
function siteCompany(doc: Doc, i: number, j: number): Candidate | null {
  const { tokens } = doc;
  if (i !== j || !partOfWebAddress(doc, j) || !WEB_COMPANY.test(tokens[j + 2]!.text)) return null;
  if (tokens[i - 1]?.text === '.' && tokens[i - 1]!.end === tokens[i]!.start) return null;
  if (!SITE_END.test(doc.text.slice(tokens[j + 2]!.end, tokens[j + 2]!.end + 2))) return null;
  const c = candidate(doc, i, j + 2);
  label(c, 'ORG', 0.75, 'cue');
  return c;
}

const RULERS = new Set(['tsar', 'czar', 'emperor', 'empress', 'empereur', 'imperatrice', 'saint', 'tsarine']);
const EPITHETS = new Set(['great', 'elder', 'younger', 'conqueror', 'bold', 'wise', 'pious', 'magnificent', 'terrible', 'confessor', 'grand', 'bel', 'hardi', 'jeune', 'pieux', 'magnifique', 'sage', 'conquerant', 'chauve', 'simple']);

/** `Peter the Great`, `Tsar Peter the Great`, `Pierre le Grand`: a given name, an article and an epithet, one person. */
function epithet(doc: Doc, i: number, j: number): Candidate | null {
  const { tokens } = doc;
  // (The run may hold the epithet already: `Pierre le Grand` joins as a surname with its particle.)
  const given = j - 2 >= i && ['the', 'le'].includes(tokens[j - 1]!.folded) ? j - 2 : j;
  const article = tokens[given + 1];
  const word = tokens[given + 2];
  if (!article || !word || !['the', 'le'].includes(article.folded) || !word.capitalised || !EPITHETS.has(word.folded) || word.afterNewline) return null;
  if (!isFirstName(tokens[given]!.folded)) return null;
  for (let k = i; k < given; k++) if (!TITLE_IN_SEQUENCE.has(tokens[k]!.folded) && !RULERS.has(tokens[k]!.folded)) return null;
  const c = candidate(doc, given, given + 2, given > i ? 'role' : null);
  label(c, 'PER', 0.75, 'cue');
  return c;
}
