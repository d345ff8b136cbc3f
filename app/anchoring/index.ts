export { anchor, anchorAll } from './anchor.ts';
export { describe } from './describe.ts';
export { toCodePointOffset, toUtf16Offset } from '../contract/shared/code-points.ts';
export { foldForMatching } from './fold.ts';
export { CONTEXT, type Anchor, type Selectors, type TextPositionSelector, type TextQuoteSelector } from './selectors.ts';
