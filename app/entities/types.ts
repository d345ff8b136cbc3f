// The vocabulary of entities, shared by the registry, the suggesters, the exports and the evaluation.

/** Built-in entity types (CoNLL/MUC style). Users may add their own types, each with a colour. */
export const BUILTIN_ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MONEY', 'PERCENT', 'DATE', 'MISC'] as const;
export type BuiltinEntityType = (typeof BUILTIN_ENTITY_TYPES)[number];

/**
 * A mention's value in a form machines can compare: `500 millions d’euros` → { kind: 'money', amount: 500000000,
 * currency: 'EUR' }; `44,4 %` → { kind: 'percent', ratio: 0.444 }; `26/01/2012` → { kind: 'date', date: '2012-01-26' };
 * `lundi 27 juillet` → '--07-27', or '2015-07-27' when the article's date gives the year.
 */
export type NormalisedValue =
  | { kind: 'money'; amount: number; currency: string }
  | { kind: 'percent'; ratio: number }
  | { kind: 'date'; date: string };

/** Where a suggestion comes from (shown to the reader, used by the evaluation). */
export type SuggestionSource = 'recogniser' | 'known' | 'gazetteer' | 'pattern';

/**
 * Why a suggestion is made, as the reader is told: a name the reader tagged before (a known entity, as the type they
 * gave it), a value recognised, a place from the lists, or the name rules (cue words around, a name's shape, a name
 * repeated). What the reader rejected is not suggested again in the same words and context (learning/).
 */
export type SuggestionReason = 'known' | 'value' | 'place' | 'pattern';

/** The reason a suggestion's source gives, when nothing more precise is known. */
export const REASON_OF_SOURCE: Record<SuggestionSource, SuggestionReason> = { known: 'known', recogniser: 'value', gazetteer: 'place', pattern: 'pattern' };

/**
 * A suggested mention in an article's canonical text. Offsets are UTF-16 indices into the text given to the suggester
 * (the text as stored: NFC); front ends convert them to code points like annotation offsets.
 */
export interface Suggestion {
  type: BuiltinEntityType | string;
  start: number;
  end: number;
  /** text.slice(start, end). */
  text: string;
  value?: NormalisedValue;
  source: SuggestionSource;
  /** For a name already in the registry: the entity it would be linked to. */
  entityId?: string;
  /** The linked entity's name, when the words name it in part (`M. Badrinath` for `Vivek Badrinath`). */
  entityName?: string;
  /** 0..1: how sure the suggester is (pattern guesses lower than recogniser results or known names). */
  score: number;
  /** Why it is suggested; when absent, as its source says (known → known, recogniser → value, gazetteer → place). */
  reason?: SuggestionReason;
}

/** A name (canonical or alias) of an entity in the registry, as the known-entity finder needs it. */
export interface KnownName {
  entityId: string;
  type: string;
  name: string;
}

/** What a suggester may know about the article besides its text. */
export interface SuggestContext {
  /** 'fr' or 'en' (others: treated as English); null when unknown. */
  language: string | null;
  /** The article's date (ISO, `2015-07-27` or `2015-07-27T10:00:00`), used to give a year to `lundi 27 juillet`. */
  published: string | null;
  /** Names in the registry, found again in this article as "unlinked mentions". */
  known?: readonly KnownName[];
}
