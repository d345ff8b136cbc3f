import { decodeText } from '../import/decode.ts';
import { looksLikeHypothesis, parseHypothesis } from './hypothesis.ts';
import { looksLikeInstapaper, parseInstapaper } from './instapaper.ts';
import { looksLikeKindle, parseKindle } from './kindle.ts';
import { looksLikeOmnivore, parseOmnivore } from './omnivore.ts';
import { looksLikePocket, parsePocket } from './pocket.ts';
import { looksLikeReadwise, parseReadwise } from './readwise.ts';
import type { ToolExport } from './types.ts';

const HEAD = 8192;

const TEXT_FORMATS = [
  { looksLike: looksLikePocket, parse: parsePocket },
  { looksLike: looksLikeInstapaper, parse: parseInstapaper },
  { looksLike: looksLikeReadwise, parse: parseReadwise },
  { looksLike: looksLikeHypothesis, parse: parseHypothesis },
  { looksLike: looksLikeKindle, parse: parseKindle },
];

/**
 * A file exported by another tool (Pocket, Instapaper, Omnivore, Readwise, Hypothesis, Kindle), recognised by its
 * content whatever its name, read whole; null when it is none of them (an article, to import as such). A file that is
 * recognised but malformed throws invalid_tool_export, naming the line or entry.
 */
export function readToolExport(name: string, bytes: Uint8Array): ToolExport | null {
  if (looksLikeOmnivore(name, bytes)) return parseOmnivore(bytes, name);
  if (bytes.length === 0) return null;
  // A quick look at the start before decoding the whole file: most files are articles.
  const head = headText(bytes);
  const format = TEXT_FORMATS.find((f) => f.looksLike(name, head));
  return format ? format.parse(decodeText(bytes).text, name) : null;
}

function headText(bytes: Uint8Array): string {
  try {
    return decodeText(bytes.subarray(0, HEAD)).text;
  } catch {
    return '';
  }
}
