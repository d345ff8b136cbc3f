import type { Migration } from './types.ts';

// An area highlight (a figure or a table on a PDF's page) keeps its page and rectangle (JSON) and the picture of it
// taken when it was made (PNG or JPEG bytes): the picture is what the notes and the exports show, and it stays when
// the passage moves to a new version whose page may differ. Appended, as regions were.
export const pdfAreas: Migration = {
  version: 140,
  name: 'annotations: PDF areas and their pictures',
  up: `ALTER TABLE annotations ADD COLUMN area TEXT;
       ALTER TABLE annotations ADD COLUMN snapshot BLOB;`,
};
