import type { Migration } from './types.ts';

// Entity colours apart from each other and from the highlight colours: Person and Amount were two oranges, Organisation
// and Date two blues. Only colours still as shipped change; one the reader chose stays.
export const entityColours: Migration = {
  version: 100,
  name: 'distinct entity colours',
  up: `
    UPDATE entity_types SET color = '#be185d' WHERE code = 'PER' AND color = '#c2410c';
    UPDATE entity_types SET color = '#4338ca' WHERE code = 'ORG' AND color = '#1d4ed8';
    UPDATE entity_types SET color = '#a21caf' WHERE code = 'PERCENT' AND color = '#9333ea';
  `,
};
