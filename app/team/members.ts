import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { AppError } from '../contract/errors.ts';
import type { TeamClient } from './connect.ts';
import { literal, quoteIdent, SCHEMA, teamRoles } from './server-schema.ts';

export interface Member {
  role: string;
  displayName: string;
  owner: boolean;
  added: string;
}

const ROLE_NAME = /^[\p{L}\p{N}_.@-]{1,63}$/u;

function checkName(name: string): void {
  if (!ROLE_NAME.test(name)) throw new AppError('invalid_request', 'bad member name', { issue: 'a member’s name has letters, digits, “_”, “.”, “@” or “-”, at most 63' });
}

async function currentDatabase(client: TeamClient): Promise<string> {
  return ((await client.query('SELECT current_database() AS db')).rows[0] as { db: string }).db;
}

async function inTransaction<T>(client: TeamClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * A new member: a PostgreSQL role that logs in with its password (hashed by the server with SCRAM) and belongs to the
 * team's member role; an owner's role may also create and drop members' roles.
 */
export async function addMember(client: TeamClient, name: string, password: string, options: { owner?: boolean; displayName?: string } = {}): Promise<Member> {
  checkName(name);
  if (password.length < 8) throw new AppError('invalid_request', 'short password', { issue: 'a member’s password has at least 8 characters' });
  const roles = teamRoles(await currentDatabase(client));
  return inTransaction(client, async () => {
    const groups = options.owner ? `${quoteIdent(roles.member)}, ${quoteIdent(roles.owner)}` : quoteIdent(roles.member);
    await client.query(`CREATE ROLE ${quoteIdent(name)} LOGIN ${options.owner ? 'CREATEROLE' : ''} PASSWORD ${literal(scramVerifier(password))} IN ROLE ${groups}`)
      .catch((error: { code?: string }) => {
        // Roles are the server's, shared by its databases: the name may be taken by another team or program.
        if (error.code === '42710') throw new AppError('team_refused', 'role exists', { reason: `the server already has a role called “${name}”` });
        throw error;
      });
    if (options.owner) await client.query(`GRANT ${quoteIdent(roles.member)}, ${quoteIdent(roles.owner)} TO ${quoteIdent(name)} WITH ADMIN OPTION`);
    const row = (await client.query(
      `INSERT INTO ${SCHEMA}.members (role, display_name, owner) VALUES ($1, $2, $3) RETURNING role, display_name, owner, added`,
      [name, options.displayName ?? name, options.owner ?? false],
    )).rows[0];
    return toMember(row);
  });
}

/** The member's role is dropped; what they wrote stays, under their name. */
export async function removeMember(client: TeamClient, name: string): Promise<boolean> {
  checkName(name);
  return inTransaction(client, async () => {
    const removed = (await client.query(`DELETE FROM ${SCHEMA}.members WHERE role = $1`, [name])).rowCount ?? 0;
    const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])).rowCount ?? 0;
    if (removed === 0 && exists === 0) return false;
    if (removed === 0) throw new AppError('team_not_owner', 'not a member of this team', {});
    if (exists) await client.query(`DROP ROLE ${quoteIdent(name)}`);
    return true;
  });
}

/**
 * The password as PostgreSQL keeps it (RFC 5802/7677, `SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey`), made here:
 * the password itself never reaches the server's logs or its activity view, only what it stores anyway.
 */
export function scramVerifier(password: string, salt = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

export async function listMembers(client: TeamClient): Promise<Member[]> {
  const { rows } = await client.query(`SELECT role, display_name, owner, added FROM ${SCHEMA}.members ORDER BY owner DESC, role`);
  return rows.map(toMember);
}

function toMember(row: { role: string; display_name: string; owner: boolean; added: Date }): Member {
  return { role: row.role, displayName: row.display_name, owner: row.owner, added: row.added.toISOString() };
}
