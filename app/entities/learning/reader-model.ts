/**
 * What the reader's decisions teach the suggester. Each accepted suggestion or hand-tagged mention is an example of
 * its type, each rejected suggestion an example of NONE, described by the words of the mention and around it
 * (`features`); an averaged perceptron learns from them. Applied to the rules' suggestions, the model drops those it
 * is sure the reader would reject there (`Executive` as a person, a year in a plan's name), for words the reader
 * decided on before; everything else is left as the rules said. Names the reader tagged are suggested again
 * everywhere, as the type they gave, by the registry (known.ts), not here.
 */
import { foldText } from '../names/fold.ts';
import type { Suggestion } from '../types.ts';
import { AveragedPerceptron, type Example } from './perceptron.ts';

export const NONE = 'NONE';
/** How much surer than the rule's type the model must be that the reader would reject a suggestion. */
const MARGIN = 1;
/** Features of the words of the mention and around it (not of its shape, length or rule). */
const LEXICAL = /^(?:text|first|last|prev|prev2|next|suffix)[=+]/;

/** A decision of the reader on words of a text: accepted or tagged as `label`, or rejected (NONE). */
export interface Decision {
  text: string;
  start: number;
  end: number;
  /** The type the rules suggested (for a rejection, or an acceptance), or null for a mention tagged by hand. */
  suggested: string | null;
  label: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function shape(s: string): string {
  return s.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\p{N}/gu, 'd').replace(/(.)\1+/gu, '$1');
}

/** The features of words [start, end) of `text` as the rules suggested them (`suggested`: their type, or null). */
export function features(text: string, start: number, end: number, suggested: string | null): string[] {
  const span = text.slice(start, end);
  const words = [...span.matchAll(WORD)].map((m) => foldText(m[0]));
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = [...text.slice(Math.max(lineStart, start - 60), start).matchAll(WORD)].map((m) => foldText(m[0]));
  const lineEnd = text.indexOf('\n', end);
  const after = [...text.slice(end, Math.min(lineEnd === -1 ? text.length : lineEnd, end + 60)).matchAll(WORD)].map((m) => foldText(m[0]));
  const rule = suggested ?? 'hand';
  const p1 = before.at(-1) ?? '^';
  const n1 = after[0] ?? '$';
  const atStart = /(?:^|[.!?:«“"]\s*)$/u.test(text.slice(lineStart, start));
  return [
    'bias', `rule=${rule}`, `text=${words.join(' ')}`, `text+rule=${words.join(' ')}|${rule}`, `first=${words[0] ?? ''}`, `last=${words.at(-1) ?? ''}`,
    `words=${Math.min(words.length, 4)}`, `shape=${shape(span)}`, `shape+rule=${shape(span)}|${rule}`, `prev=${p1}`, `prev+rule=${p1}|${rule}`,
    `prev2=${before.at(-2) ?? '^'} ${p1}`, `next=${n1}`, `next+rule=${n1}|${rule}`, `suffix=${(words.at(-1) ?? '').slice(-3)}`,
    ...(atStart ? ['sentence-start', `sentence-start+rule=${rule}`] : []),
  ];
}

export interface ReaderModel {
  /** How many decisions it learnt from. */
  decisions: number;
  /** The suggestions as the reader's decisions would have them: those the reader would reject there dropped. */
  apply(text: string, suggestions: readonly Suggestion[]): Suggestion[];
}

/** A model trained on the reader's decisions (trained once; a new decision means a new model, in milliseconds). */
export function trainReaderModel(decisions: readonly Decision[]): ReaderModel {
  const examples: Example[] = decisions.map((d) => ({ features: features(d.text, d.start, d.end, d.suggested), label: d.label }));
  const perceptron = new AveragedPerceptron().train(examples);
  return {
    decisions: examples.length,
    apply(text, suggestions) {
      if (examples.length === 0) return [...suggestions];
      const out: Suggestion[] = [];
      for (const s of suggestions) {
        // Names the reader already tagged, or linked to one, are theirs: the registry found them again.
        if (s.source === 'known' || s.entityId) {
          out.push(s);
          continue;
        }
        const all = features(text, s.start, s.end, s.type);
        const guess = perceptron.predict(all, [s.type]);
        // The words themselves, or those around, must say so: a few places rejected must not silence every place.
        const lexical = perceptron.predict(all.filter((f) => LEXICAL.test(f)), [s.type]);
        // Only words the reader has decided on before: a model of a few hundred decisions knows nothing of others.
        const seen = perceptron.knows(all.find((f) => f.startsWith('text='))!);
        const sure = seen && guess.margin >= MARGIN && guess.label !== s.type && lexical.label === guess.label && lexical.margin >= MARGIN;
        // Only dropped: a name the reader typed is suggested as that type by the registry (known.ts) already.
        if (!sure || guess.label !== NONE) out.push(s);
      }
      return out;
    },
  };
}
