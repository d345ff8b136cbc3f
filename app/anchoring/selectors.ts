/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) over an article's canonical text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets in Unicode code points over the NFC canonical text, as the model prescribes. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export interface Anchor {
  /** Code point offsets in the text anchored against. */
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  /** 1 for a certain match; lower as the quote, its context or its place differ. */
  score: number;
}

/** How much context a quote selector keeps on each side, in code points. */
export const CONTEXT = 32;
