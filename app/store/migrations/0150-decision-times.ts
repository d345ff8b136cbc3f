import type { Migration } from './types.ts';

// What the reader rejected teaches the suggester (app/entities/learning/): a rejection now keeps when it was made, so
// that "forget what was learnt" can leave out the decisions made before. Rows from before this step have no time ('')
// and count as made before any such reset.
export const decisionTimes: Migration = {
  version: 150,
  name: 'rejected suggestions: when',
  up: `ALTER TABLE rejected_suggestions ADD COLUMN created TEXT NOT NULL DEFAULT '';`,
};
