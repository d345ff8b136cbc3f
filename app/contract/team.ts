import { z } from 'zod';

// A team library (docs/team-library.md): its jobs' inputs, progress and results, and the library's link to it.

const count = z.number().int().nonnegative();

/** A PostgreSQL address, `postgres://member@host:port/database` (a password in it is never kept). */
const address = z.string().trim().min(12).max(2048).regex(/^postgres(ql)?:\/\//, 'a postgres:// address');
/** The member's password when the address does not carry it (else PGPASSWORD or ~/.pgpass on this machine). */
const password = z.string().min(1).max(1024).optional();

export const teamMember = z.object({ role: z.string(), displayName: z.string(), owner: z.boolean(), added: z.string() });
export type TeamMember = z.infer<typeof teamMember>;

export const teamStatus = z.object({
  /** The team's address, without password. */
  address: z.string(),
  member: z.string(),
  lastSync: z.string().nullable(),
  /** The error code of the last sync, when it failed. */
  lastError: z.string().nullable(),
  /** Rows changed here and not yet sent. */
  pending: count,
  pulledVersion: count,
  /** Notes kept in more than one version. */
  revisions: count,
});
export type TeamStatusOutput = z.infer<typeof teamStatus>;

const pushed = z.object({
  rows: count,
  conflicts: count,
  refused: z.array(z.object({ table: z.string(), id: z.string(), code: z.literal('team_not_author') })),
  bytes: count,
});
const pulled = z.object({
  rows: count,
  bytes: count,
  heldBack: count,
  /** Rows this library could not take (damaged, or of a newer version): left out, the others taken. */
  refused: z.array(z.object({ table: z.string(), id: z.string(), reason: z.string() })),
});

const syncProgress = z.object({ phase: z.enum(['push', 'pull']), rows: count });

export const teamJobs = {
  /** A new team library's schema, roles and row-level security, in the (empty) database the address names. */
  'team.init': {
    input: z.object({ address, password }).strict(),
    progress: z.object({}),
    result: z.object({ address: z.string(), owner: z.string() }),
  },
  /** The team's members: listed by anyone; added (with a password) and removed by an owner. */
  'team.members': {
    input: z.discriminatedUnion('action', [
      z.object({ action: z.literal('list'), address, password }).strict(),
      z.object({
        action: z.literal('add'), address, password, name: z.string().min(1).max(63), memberPassword: z.string().min(8).max(1024),
        owner: z.boolean().default(false), displayName: z.string().trim().min(1).max(200).optional(),
      }).strict(),
      z.object({ action: z.literal('remove'), address, password, name: z.string().min(1).max(63) }).strict(),
    ]),
    progress: z.object({}),
    result: z.object({ members: z.array(teamMember), changed: z.boolean() }),
  },
  /** This library (empty) follows the team from now on: everything the team has comes in. */
  'team.join': {
    input: z.object({ address, password }).strict(),
    progress: syncProgress,
    result: z.object({ status: teamStatus, pulled }),
  },
  /**
   * Waits for the team's changes while connected (PostgreSQL's LISTEN): each is a progress event, on which a front end
   * syncs. Runs until cancelled.
   */
  'team.listen': {
    input: z.object({ password }).strict(),
    progress: z.object({ notifications: count }),
    result: z.object({ notifications: count }),
  },
  /** One round with the team: this library's changes go, the team's come. */
  'team.sync': {
    input: z.object({ password }).strict(),
    progress: syncProgress,
    result: z.object({ pushed, pulled }),
  },
} as const;

/** The member's password for this session, kept in memory by the core (null forgets it). */
export const teamUnlock = z.object({ password: z.string().min(1).max(1024).nullable() }).strict();

/** An earlier version of a note, kept when two members changed it at once. */
export const noteRevision = z.object({ id: z.uuid(), targetId: z.string(), note: z.string(), author: z.string().nullable(), created: z.string() });
export type NoteRevision = z.infer<typeof noteRevision>;
