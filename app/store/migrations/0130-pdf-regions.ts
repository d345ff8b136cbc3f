import type { Migration } from './types.ts';

// A highlight made on a PDF's page keeps where the page drew it (its page and rectangles, as JSON), so that it is
// written exactly into an annotated PDF. Its text selectors stay what anchors it; the regions are dropped when it
// moves to a new version. Appended: annotation rows are short, and nothing lists them by this column.
export const pdfRegions: Migration = {
  version: 130,
  name: 'annotations: PDF regions',
  up: `ALTER TABLE annotations ADD COLUMN regions TEXT;`,
};
