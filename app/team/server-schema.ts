import type { ClientBase } from 'pg';
import { SYNCED_TABLES, VERSIONED_NOTES } from './tables.ts';

/** The version of the server's schema this Apostille writes; a newer one is refused (`team_schema_newer`). */
export const SERVER_SCHEMA_VERSION = 2;
export const SCHEMA = 'apostille';
/** The channel members listen on: a batch of changes was committed (a push notifies it, with the newest version). */
export const CHANGES_CHANNEL = 'apostille_changes';

/** The team's group roles, named after its database: roles are the server's, shared by its databases. */
export function teamRoles(database: string): { member: string; owner: string; schema: string } {
  const base = `apostille_${database}`;
  return { member: `${base}_member`, owner: `${base}_owner`, schema: `${base}_schema` };
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function sharedTable(name: string): string {
  const table = `${SCHEMA}.${name}`;
  return `
    CREATE TABLE ${table} (
      id text PRIMARY KEY,
      version bigint NOT NULL,
      deleted boolean NOT NULL DEFAULT false,
      author name NOT NULL DEFAULT current_user,
      edited_by name NOT NULL DEFAULT current_user,
      modified timestamptz NOT NULL DEFAULT now(),
      origin text NOT NULL,
      fields jsonb NOT NULL
    );
    CREATE INDEX ON ${table} (version);
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}.stamp();
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY read ON ${table} FOR SELECT USING (true);
    CREATE POLICY add ON ${table} FOR INSERT WITH CHECK (author = current_user);
    CREATE POLICY edit ON ${table} FOR UPDATE USING (${EDIT_RULE[name] ?? 'true'});`;
}

/**
 * Who may change a row, beyond reading and adding: an annotation, its author; an earlier version of an annotation's
 * note, that annotation's author (who alone may take it back). Everything else, every member.
 */
const EDIT_RULE: Record<string, string> = {
  annotations: 'author = current_user',
  note_revisions: `fields->>'target_table' <> 'annotations'
    OR EXISTS (SELECT 1 FROM ${SCHEMA}.annotations a WHERE a.id = note_revisions.fields->>'target_id' AND a.author = current_user)`,
};

/**
 * An earlier version of a note says who wrote it, and the server decides: the member who last wrote that text on the
 * row it belongs to (the version is kept before the row takes the new note), or else the member keeping it (their
 * own note, refused on another's annotation). Its text, its author and its row never change afterwards; only whether
 * it is kept (a tombstone when taken back).
 */
function revisionStamp(): string {
  const tables = VERSIONED_NOTES.map(literal).join(', ');
  return `CREATE FUNCTION ${SCHEMA}.revision_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target_note text;
        target_editor name;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          NEW.fields := NEW.fields || jsonb_build_object('note', OLD.fields->'note', 'author', OLD.fields->'author',
            'target_table', OLD.fields->'target_table', 'target_id', OLD.fields->'target_id');
          RETURN NEW;
        END IF;
        IF NOT (NEW.fields->>'target_table' = ANY (ARRAY[${tables}])) THEN
          RAISE EXCEPTION 'a note version belongs to a shared row' USING ERRCODE = 'check_violation';
        END IF;
        EXECUTE format('SELECT fields->>''note'', edited_by FROM ${SCHEMA}.%I WHERE id = $1', NEW.fields->>'target_table')
          INTO target_note, target_editor USING NEW.fields->>'target_id';
        NEW.fields := jsonb_set(NEW.fields, '{author}', to_jsonb(CASE
          WHEN target_editor IS NOT NULL AND target_note IS NOT DISTINCT FROM NEW.fields->>'note' THEN target_editor
          ELSE current_user END::text));
        RETURN NEW;
      END $$`;
}

/**
 * The whole schema of a team library, created in one transaction by `apostille team init`. Every shared table has the
 * same shape (sync's columns, the row as jsonb: see docs/team-library.md); versions come from one sequence; the author
 * of a row is whoever inserted it, whatever the client says.
 */
export function schemaStatements(database: string, creator: string): string[] {
  const roles = teamRoles(database);
  const [member, owner, schemaRole] = [roles.member, roles.owner, roles.schema].map(quoteIdent);
  const tables = SYNCED_TABLES.map((t) => `${SCHEMA}.${t.name}`);
  return [
    `CREATE ROLE ${schemaRole} NOLOGIN`,
    `CREATE ROLE ${member} NOLOGIN`,
    `CREATE ROLE ${owner} NOLOGIN IN ROLE ${member}`,
    `GRANT ${schemaRole} TO CURRENT_USER`,
    `GRANT ${member}, ${owner} TO ${quoteIdent(creator)} WITH ADMIN OPTION`,
    `CREATE SCHEMA ${SCHEMA} AUTHORIZATION ${schemaRole}`,
    `SET ROLE ${schemaRole}`,
    `CREATE TABLE ${SCHEMA}.meta (key text PRIMARY KEY, value text NOT NULL)`,
    `INSERT INTO ${SCHEMA}.meta VALUES ('schema_version', '${SERVER_SCHEMA_VERSION}'), ('created', now()::text)`,
    `CREATE SEQUENCE ${SCHEMA}.change_version`,
    `CREATE FUNCTION ${SCHEMA}.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := nextval('${SCHEMA}.change_version');
        NEW.modified := now();
        NEW.edited_by := current_user;
        IF TG_OP = 'INSERT' THEN NEW.author := current_user; ELSE NEW.author := OLD.author; END IF;
        RETURN NEW;
      END $$`,
    ...SYNCED_TABLES.map((t) => sharedTable(t.name)),
    revisionStamp(),
    `CREATE TRIGGER revision_stamp BEFORE INSERT OR UPDATE ON ${SCHEMA}.note_revisions FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}.revision_stamp()`,
    // A file is named by its SHA-256, checked by the server: no member can put other bytes under a file's name.
    `CREATE TABLE ${SCHEMA}.blobs (
      hash text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
      size integer NOT NULL,
      bytes bytea NOT NULL CHECK (encode(sha256(bytes), 'hex') = hash AND octet_length(bytes) = size),
      author name NOT NULL DEFAULT current_user,
      created timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE ${SCHEMA}.clients (
      client_id text PRIMARY KEY,
      member name NOT NULL DEFAULT current_user,
      pushed_seq bigint NOT NULL DEFAULT 0,
      last_batch text,
      modified timestamptz NOT NULL DEFAULT now())`,
    `ALTER TABLE ${SCHEMA}.clients ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY own ON ${SCHEMA}.clients USING (member = current_user) WITH CHECK (member = current_user)`,
    `CREATE TABLE ${SCHEMA}.members (
      role name PRIMARY KEY,
      display_name text NOT NULL,
      owner boolean NOT NULL DEFAULT false,
      added timestamptz NOT NULL DEFAULT now())`,
    `ALTER TABLE ${SCHEMA}.members ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY read ON ${SCHEMA}.members FOR SELECT USING (true)`,
    `CREATE POLICY manage ON ${SCHEMA}.members USING (pg_has_role(current_user, '${roles.owner}', 'MEMBER'))`,
    `RESET ROLE`,
    `GRANT USAGE ON SCHEMA ${SCHEMA} TO ${member}`,
    `GRANT SELECT ON ${SCHEMA}.meta TO ${member}`,
    `GRANT SELECT, INSERT, UPDATE ON ${tables.join(', ')} TO ${member}`,
    `GRANT SELECT, INSERT ON ${SCHEMA}.blobs TO ${member}`,
    `GRANT SELECT, INSERT, UPDATE ON ${SCHEMA}.clients TO ${member}`,
    `GRANT SELECT ON ${SCHEMA}.members TO ${member}`,
    `GRANT INSERT, UPDATE, DELETE ON ${SCHEMA}.members TO ${owner}`,
    `GRANT USAGE, SELECT ON SEQUENCE ${SCHEMA}.change_version TO ${member}`,
    `GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${member}`,
    `INSERT INTO ${SCHEMA}.members (role, display_name, owner) VALUES (${literal(creator)}, ${literal(creator)}, true)`,
    // The creator needed the tables' role to build them; kept, it would put the creator above row-level security.
    `REVOKE ${schemaRole} FROM CURRENT_USER`,
  ];
}

export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Creates the team library's schema in the database the client is connected to. */
export async function initSchema(client: ClientBase, database: string, creator: string): Promise<void> {
  await client.query('BEGIN');
  try {
    for (const statement of schemaStatements(database, creator)) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
