import { offsetConverter } from '../contract/shared/code-points.ts';
import { CONTEXT, type Selectors } from './selectors.ts';

/**
 * The selectors for the passage [start, end) of `text` (code point offsets over the NFC canonical text): the exact
 * quote with up to 32 code points of context on each side, and its position. Describing many passages of one text,
 * pass one `offsetConverter(text)` to all the calls.
 */
export function describe(text: string, start: number, end: number, convert = offsetConverter(text)): Selectors {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end)) {
    throw new RangeError(`not a passage: [${start}, ${end})`);
  }
  const from = convert.toUtf16(start);
  const to = convert.toUtf16(end);
  if (convert.toCodePoint(to) !== end) throw new RangeError(`[${start}, ${end}) is outside the text`);
  const before = [...text.slice(Math.max(0, from - CONTEXT * 2), from)];
  const after = [...text.slice(to, to + CONTEXT * 2)];
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(from, to), prefix: before.slice(-CONTEXT).join(''), suffix: after.slice(0, CONTEXT).join('') },
    position: { type: 'TextPositionSelector', start, end },
  };
}
