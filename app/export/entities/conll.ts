import { offsetConverter } from '../../contract/shared/code-points.ts';
import type { Database } from '../../store/database.ts';
import { documentMentions, entityDocument, withoutOverlaps } from './mentions.ts';
import { sentences, splitAt, tokenize } from './tokenize.ts';
import { steps, type StepControl } from '../../core/steps.ts';

// CoNLL-2003 style named-entity data, for training or evaluating taggers:
// - one token per line, two columns separated by a space: the token and its tag (`Orange B-ORG`). CoNLL-2003 has four
//   columns (token, part of speech, chunk, entity) but Apostille knows no parts of speech; readers of this format
//   (spaCy's `convert`, flair's ColumnCorpus, most scripts) take the first column as the token and the last as the tag.
//   Tokens never hold a space (they are cut at white space), so the columns are unambiguous;
// - tags are IOB2 (BIO): `B-TYPE` on the first token of a mention, `I-TYPE` on the next ones, `O` outside mentions;
//   types are the entity types' codes (PER, ORG, LOC, MONEY, PERCENT, DATE, MISC and the reader's own);
// - a blank line after each sentence; each article begins with the line `-DOCSTART- -X- O O` and a blank line, as in
//   CoNLL-2003 (the line readers look for between documents);
// - tokens and sentences as tokenize.ts makes them (French-aware); a token a mention begins or ends inside is cut
//   there, and no sentence ends inside a mention;
// - orphan mentions are left out, and so is any mention overlapping an earlier (or, starting at the same place, a
//   longer) one: BIO cannot nest.

export const DOCSTART = '-DOCSTART- -X- O O';

/** One article as CoNLL lines. */
export function conllDocument(text: string, language: string, mentions: readonly { start: number; end: number; type: string }[]): string {
  const convert = offsetConverter(text);
  const spans = withoutOverlaps(mentions.map((m) => ({ start: convert.toUtf16(m.start), end: convert.toUtf16(m.end), type: m.type })));
  const cuts = spans.flatMap((m) => [m.start, m.end]);
  const lines: string[] = [`${DOCSTART}\n\n`];
  let next = 0;
  let begun: (typeof spans)[number] | undefined;
  for (const sentence of sentences(text, language, spans)) {
    const tokens = splitAt(text, tokenize(text, sentence, language), cuts);
    if (tokens.length === 0) continue;
    const out: string[] = [];
    for (const token of tokens) {
      while (next < spans.length && spans[next]!.end <= token.start) next++;
      const m = spans[next];
      let tag = 'O';
      if (m && m.start <= token.start && token.end <= m.end) {
        tag = `${begun === m ? 'I' : 'B'}-${m.type}`;
        begun = m;
      }
      out.push(`${token.text} ${tag}\n`);
    }
    lines.push(`${out.join('')}\n`);
  }
  return lines.join('');
}

/** The CoNLL file of some articles. */
export async function conllFile(db: Database, ids: readonly string[], control: StepControl = {}): Promise<string> {
  const parts: string[] = [];
  for await (const id of steps(ids, control)) {
    const doc = entityDocument(db, id);
    if (!doc) continue;
    const mentions = documentMentions(db, doc.id).filter((m) => !m.orphan);
    parts.push(conllDocument(doc.text, doc.language ?? 'fr', mentions));
  }
  return parts.join('');
}
