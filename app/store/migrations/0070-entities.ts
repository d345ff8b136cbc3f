import type { Migration } from './types.ts';

// Entities: a registry of people, organisations, places, amounts… (built-in and user-defined types, each with a
// colour), and their mentions, which are annotations with the motivation `identifying` linked to one entity; amounts,
// percentages and dates carry a normalised value. Suggestions the reader rejected are remembered.
export const entities: Migration = {
  version: 70,
  name: 'entities',
  up: `
    CREATE TABLE entity_types (
      code TEXT PRIMARY KEY CHECK (code GLOB '[A-Z]*' AND length(code) <= 24),
      label TEXT,
      color TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
      position INTEGER NOT NULL
    ) STRICT;
    INSERT INTO entity_types (code, label, color, builtin, position) VALUES
      ('PER', NULL, '#c2410c', 1, 1), ('ORG', NULL, '#1d4ed8', 1, 2), ('LOC', NULL, '#15803d', 1, 3),
      ('MONEY', NULL, '#b45309', 1, 4), ('PERCENT', NULL, '#9333ea', 1, 5), ('DATE', NULL, '#0e7490', 1, 6),
      ('MISC', NULL, '#4b5563', 1, 7);
    CREATE TABLE entities (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL REFERENCES entity_types (code) ON UPDATE CASCADE,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      aliases TEXT NOT NULL DEFAULT '[]',
      note TEXT,
      external_id TEXT,
      created TEXT NOT NULL,
      modified TEXT NOT NULL
    ) STRICT;
    CREATE INDEX entities_by_name ON entities (name COLLATE NOCASE);
    ALTER TABLE annotations ADD COLUMN entity_id TEXT REFERENCES entities (id) ON DELETE CASCADE;
    ALTER TABLE annotations ADD COLUMN value TEXT;
    CREATE INDEX annotations_by_entity ON annotations (entity_id, document_id) WHERE entity_id IS NOT NULL;
    CREATE TABLE rejected_suggestions (
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      type TEXT NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (document_id, start, end, type)
    ) STRICT;
  `,
};
