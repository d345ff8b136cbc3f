/**
 * Step 4b of names.ts, clubs named after their town: in a sports report, `Southampton meet Leeds`, `beat Young Boys
 * 3-1`, `signed from Lille`, `a lead against Toulouse`, `Leeds' manager` name clubs, not places. A town read so once
 * is a club everywhere in the article (ORG 0.75); other towns (`in Lisbon`), countries and regions (national sides are
 * read as their countries) are left as they are.
 */
import { inCapitals, keyOf, label, place, wordIndices, type Candidate, type Doc } from './doc.ts';
import { isEnglishWord } from './english-words.ts';
import { PLACE_ENDINGS } from './lexicon.ts';

/** Words of a match report, in both languages. */
const SPORT_WORDS = /(?<![\p{L}])(?:match|matches|goals?|scored|striker|midfielder|defender|goalkeeper|penalty|kick-off|league|cup|derby|fixture|coach|manager|stadium|final|semi-final|play-off|relegation|referee|squad|transfer|buts?|buteur|attaquant|milieu|défenseur|gardien|entraîneur|championnat|coupe|stade|finale|ligue|transfert|arbitre)(?![\p{L}])/giu;
/** A score: `3-1`, `2–0`. */
const SCORE = /(?<![\p{N}-])\d{1,2}[-–]\d{1,2}(?![\p{N}-])/u;

/** Words before a club: `beat X`, `against X`, `contre X`, `signed from X`. */
const BEFORE = new Set(['against', 'meet', 'meets', 'play', 'plays', 'beat', 'beats', 'beating', 'vs', 'v', 'versus', 'face', 'faces', 'facing', 'faced', 'host', 'hosts', 'hosted', 'hosting', 'visit', 'visits', 'visited', 'defeated', 'edged', 'thrashed', 'eliminated', 'contre', 'battu', 'bat', 'battre', 'reçoit', 'recevra', 'affronte', 'affrontera', 'affronté', 'éliminé']);
/** Words before `from`/`de` that make it a club's: `signed from X`, `recruté de X`. */
const MOVE = new Set(['signed', 'joined', 'loan', 'arrived', 'moved', 'recruited', 'recruté', 'arrivé', 'prêté']);
/** A result or a bid, then its preposition, before a club: `defeat by X`, `win over X`, `an offer from X`. */
const RESULTS = new Map<string, Set<string>>([
  ['by', new Set(['defeat', 'defeated', 'beaten', 'thrashed', 'knocked'])],
  ['to', new Set(['defeat', 'loss', 'lost'])],
  ['over', new Set(['win', 'victory', 'triumph'])],
  ['with', new Set(['draw', 'drew', 'stalemate'])],
  ['from', new Set(['offer', 'bid', 'approach', 'interest', 'move', 'transfer'])],
]);
/** Words after a club: `X beat`, `X meet`, `X's manager`. */
const AFTER = new Set(['beat', 'beats', 'drew', 'draw', 'lost', 'won', 'meet', 'meets', 'face', 'faces', 'host', 'hosts', 'visit', 'visits', 'defend', 'defends', 'trail', 'trails', 'led', 'lead', 'leads', 'scored', 'bat', 'battu', 'reçoit', 'affronte', 'mène']);
/** Nouns after a club's possessive: `Leeds' manager`, `Southampton's striker`. */
const PEOPLE = new Set(['manager', 'coach', 'striker', 'fans', 'supporters', 'goalkeeper', 'captain', 'midfielder', 'defender', 'players', 'side', 'squad', 'academy', 'chairman', 'owner', 'boss', 'forward', 'winger']);

function isSportsReport(doc: Doc): boolean {
  const words = doc.text.match(SPORT_WORDS)?.length ?? 0;
  return words >= 10 || (words >= 5 && SCORE.test(doc.text));
}

/** Whether the candidate stands where a club does. */
function clubPosition(doc: Doc, c: Candidate): boolean {
  const { tokens } = doc;
  const prev = tokens[c.a - 1];
  const next = tokens[c.b + 1];
  if (prev?.kind === 'word' && !tokens[c.a]!.afterNewline) {
    if (BEFORE.has(prev.folded)) return true;
    if ((prev.folded === 'from' || prev.folded === 'de') && MOVE.has(tokens[c.a - 2]?.folded ?? '')) return true;
    if (RESULTS.get(prev.folded)?.has(tokens[c.a - 2]?.folded ?? '')) return true;
  }
  if (next && !next.afterNewline) {
    if (next.kind === 'word' && AFTER.has(next.folded)) return true;
    if (next.kind === 'possessive' && PEOPLE.has(tokens[c.b + 2]?.folded ?? '')) return true;
    if (SCORE.test(doc.text.slice(next.start - 1, next.start + 6)) && /^[ \u00a0]\d/u.test(doc.text.slice(tokens[c.b]!.end, tokens[c.b]!.end + 2))) return true;
  }
  return false;
}

/** Plurals after a town that name no team: `London Olympics`, `Grand Rapids` (a place's own last words are PLACE_ENDINGS). */
const NOT_TEAMS = new Set(['olympics', 'paralympics', 'games', 'talks', 'news', 'times', 'riots', 'protests', 'floods', 'attacks', 'accords', 'rapids', 'springs', 'heights', 'plains', 'woods', 'sands', 'keys', 'palms', 'shoals', 'fields']);

/** Teams' names that are no plurals: `Boston Red Sox`, `Miami Heat`, `Tampa Bay Lightning`. */
const SINGULAR_TEAMS = new Set(['sox', 'heat', 'magic', 'jazz', 'thunder', 'lightning', 'wild', 'galaxy', 'crew', 'storm', 'fever', 'sparks', 'dream', 'mercury', 'liberty', 'lynx', 'sky']);

/**
 * `Detroit Lions`, `Green Bay Packers`, `Toronto Blue Jays`: a town and a capitalised plural name a team (ORG 0.8), and
 * the plural alone is that team anywhere in the text (`the Lions`, `Lions coach Russ Tillman`, ORG 0.75).
 */
function findTeams(doc: Doc, candidates: Candidate[]): void {
  const { tokens } = doc;
  const nicknames = new Set<string>();
  for (const c of candidates) {
    const words = wordIndices(doc, c.a, c.b);
    const last = tokens[words[words.length - 1]!]!;
    if (words.length < 2 || words.length > 4 || c.type === 'PER' || inCapitals(doc, c.a, c.b) || place(doc, c.a, c.b)) continue;
    const singular = SINGULAR_TEAMS.has(last.folded) && last.capitalised;
    if (!singular && (!last.capitalised || !/^\p{Lu}\p{Ll}{2,}s$/u.test(last.text) || NOT_TEAMS.has(last.folded) || PLACE_ENDINGS.has(last.folded))) continue;
    if (!singular && !(isEnglishWord(last.folded) || isEnglishWord(last.folded.slice(0, -1)) || /(?:er|an)s$/u.test(last.folded))) continue;
    // (The nickname may take two words: `Boston Red Sox`, `Toronto Blue Jays`.)
    const town = (k: number | undefined) => k !== undefined && k >= c.a && place(doc, c.a, k)?.kind === 'city';
    const nickname = town(words[words.length - 2]) ? words.length - 1 : words.length >= 3 && town(words[words.length - 3]) ? words.length - 2 : 0;
    if (nickname === 0) continue;
    label(c, 'ORG', 0.8, 'cue');
    nicknames.add(keyOf(doc, words[nickname]!, c.b));
  }
  if (nicknames.size === 0) return;
  for (const c of candidates) {
    if (wordIndices(doc, c.a, c.b).length <= 2 && nicknames.has(c.key) && c.type !== 'ORG') label(c, 'ORG', 0.75, 'cue');
  }
}

/** Verbs of a result between two sides: `Arsenal beat Brentford 2-1`. */
const RESULT_VERBS = new Set(['beat', 'defeated', 'edged', 'thrashed', 'overcame', 'routed', 'battu', 'bat', 'dominé', 'écrasé']);
/** A set of a racket sport after the first (`6-3, 6-4`): the sides are players. */
const SECOND_SET = /^[\s\u00a0]*\d{1,2}[-–]\d{1,2}[,\s\u00a0]+\d{1,2}[-–]\d{1,2}/u;

/**
 * `Arsenal beat Brentford 2-1`, `Le Havre a battu Brest 3-0`: the two sides of a result with its score are clubs, though
 * no other word of sport is near (ORG 0.75); not countries or regions (national sides), not people a list knows, not the
 * players of a racket sport's sets.
 */
function findResults(doc: Doc, candidates: Candidate[]): void {
  const { tokens } = doc;
  const byStart = new Map(candidates.map((c) => [c.a, c]));
  const side = (c: Candidate | undefined): c is Candidate => c !== undefined && wordIndices(doc, c.a, c.b).length <= 3 && (c.type === null || (c.type === 'LOC' && place(doc, c.a, c.b)?.kind === 'city') || (c.type === 'ORG'));
  for (const a of candidates) {
    let k = a.b + 1;
    if (tokens[k]?.folded === 'a' && doc.language === 'fr') k++;
    if (tokens[k]?.kind !== 'word' || !RESULT_VERBS.has(tokens[k]!.folded)) continue;
    const b = byStart.get(k + 1);
    if (!side(a) || !side(b)) continue;
    const after = doc.text.slice(tokens[b.b]!.end, tokens[b.b]!.end + 24);
    if (!/^[\s\u00a0]+\d{1,3}[-–]\d{1,3}(?![\p{N}])/u.test(after) || SECOND_SET.test(after)) continue;
    for (const c of [a, b]) if (c.type !== 'ORG') label(c, 'ORG', 0.75, 'cue');
  }
}

/** Relabels as ORG the towns and unlabelled names a sports report uses as clubs, everywhere they appear. */
export function findClubs(doc: Doc, candidates: Candidate[]): void {
  findTeams(doc, candidates);
  findResults(doc, candidates);
  // (Towns only: `beat Alcaraz` in a tennis report is a player, whom no list tells from a club; `England` a nation.)
  const town = (c: Candidate) => place(doc, c.a, c.b)?.kind === 'city' && (c.type === 'LOC' || !c.type);
  const eligible = (c: Candidate) => wordIndices(doc, c.a, c.b).length <= 3 && !(inCapitals(doc, c.a, c.b) && doc.tokens[c.a]!.afterNewline) && town(c);
  const clubs = new Set(candidates.filter((c) => eligible(c) && clubPosition(doc, c)).map((c) => c.key));
  // (The words of the text are counted only when some town stands where a club would.)
  if (clubs.size === 0 || !isSportsReport(doc)) return;
  for (const c of candidates) {
    if (!clubs.has(c.key) || !eligible(c)) continue;
    label(c, 'ORG', 0.75, 'cue');
  }
}
