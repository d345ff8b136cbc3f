import { formatSize } from '../../contract/shared/sizes.ts';
import type { CommandContext } from '../context.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { runCliJob } from '../job.ts';
import { message } from '../messages.ts';
import { print, printError, printJson } from '../terminal.ts';
import type { Command } from './index.ts';

const USAGE = `Usage:
  apostille team init <address>
  apostille team members list <address>
  apostille team members add <address> <name> [--owner] [--display-name TEXT]
  apostille team members remove <address> <name>
  apostille team join <address> --library <new folder>
  apostille team sync [--library DIR]
  apostille team status [--library DIR]

A team library is shared through PostgreSQL. <address> is a PostgreSQL address, postgres://member@host:port/database;
the password comes from the address, PGPASSWORD or ~/.pgpass, and is never kept in the library. "init" creates the
team's schema, roles and row-level security in an empty database (as its owner); "members add" creates a member's
PostgreSQL role (its password from APOSTILLE_MEMBER_PASSWORD, at least 8 characters); "join" makes a new, empty library
follow the team and brings in what it holds; "sync" sends this library's changes and brings the team's.`;

/** Where the CLI tells what a member's new password is: never on the command line, where others could read it. */
const MEMBER_PASSWORD = 'APOSTILLE_MEMBER_PASSWORD';

export const teamCommand: Command = {
  usage: USAGE,
  options: { owner: { type: 'boolean' }, 'display-name': { type: 'string' } },
  async run(context) {
    const [action, ...rest] = context.args;
    switch (action) {
      case 'init': return init(context, rest);
      case 'members': return members(context, rest);
      case 'join': return join(context, rest);
      case 'sync': return sync(context, rest);
      case 'status': return status(context, rest);
      default: throw new UsageError(action ? `unknown team action “${action}”` : 'give an action: init, members, join, sync or status');
    }
  },
};

async function init(context: CommandContext, args: string[]): Promise<number> {
  if (args.length !== 1) throw new UsageError('give the database’s address: apostille team init postgres://owner@host:port/db');
  const { result } = await runCliJob(context, 'team.init', { address: args[0]! });
  if (context.json) printJson(result);
  else print(message(context.language, 'teamInitialised', { address: result!.address, owner: result!.owner }));
  return EXIT.ok;
}

async function members(context: CommandContext, args: string[]): Promise<number> {
  const [action, address, name, ...extra] = args;
  if (!address || extra.length || (action === 'list' ? name !== undefined : !name)) throw new UsageError('apostille team members list|add|remove <address> [name]');
  let input;
  if (action === 'list') input = { action, address } as const;
  else if (action === 'remove') input = { action, address, name: name! } as const;
  else if (action === 'add') {
    const memberPassword = process.env[MEMBER_PASSWORD];
    if (!memberPassword) throw new UsageError(`set ${MEMBER_PASSWORD} to the new member’s password (at least 8 characters)`);
    const displayName = context.options['display-name'];
    input = { action, address, name: name!, memberPassword, owner: context.options.owner === true, ...(typeof displayName === 'string' && { displayName }) } as const;
  } else throw new UsageError(`unknown members action “${action ?? ''}”: list, add or remove`);
  const { result } = await runCliJob(context, 'team.members', input);
  if (context.json) return (printJson(result), EXIT.ok);
  if (action === 'add') print(message(context.language, 'teamMemberAdded', { name: name! }));
  if (action === 'remove') {
    if (!result!.changed) return (printError(message(context.language, 'teamNoSuchMember', { name: name! })), EXIT.notFound);
    print(message(context.language, 'teamMemberRemoved', { name: name! }));
  }
  if (action === 'list') {
    for (const m of result!.members) {
      const label = m.displayName === m.role ? m.role : `${m.role} (${m.displayName})`;
      print(`${label}${m.owner ? ` — ${message(context.language, 'teamOwner')}` : ''}`);
    }
  }
  return EXIT.ok;
}

async function join(context: CommandContext, args: string[]): Promise<number> {
  if (args.length !== 1 || typeof context.options.library !== 'string') throw new UsageError('apostille team join <address> --library <new folder>');
  const { result } = await runCliJob(context, 'team.join', { address: args[0]! });
  if (context.json) return (printJson(result), EXIT.ok);
  const { status: s, pulled } = result!;
  print(message(context.language, 'teamJoined', { dir: context.libraryDir, address: s.address, member: s.member, rows: pulled.rows, size: formatSize(pulled.bytes) }));
  return EXIT.ok;
}

async function sync(context: CommandContext, args: string[]): Promise<number> {
  if (args.length) throw new UsageError(`unexpected argument “${args[0]}”`);
  const outcome = await runCliJob(context, 'team.sync', {});
  if (outcome.state === 'cancelled') return (printError(message(context.language, 'stopped')), EXIT.cancelled);
  const { pushed, pulled } = outcome.result!;
  if (context.json) return (printJson(outcome.result), EXIT.ok);
  print(message(context.language, 'teamSynced', { pushed: pushed.rows, size: formatSize(pushed.bytes), pulled: pulled.rows, conflicts: pushed.conflicts }));
  if (pushed.refused.length) printError(message(context.language, 'teamRefused', { count: pushed.refused.length }));
  if (pulled.heldBack) print(message(context.language, 'teamHeldBack', { count: pulled.heldBack }));
  if (pulled.refused.length) printError(message(context.language, 'teamRowsRefused', { count: pulled.refused.length, first: pulled.refused[0]!.reason }));
  return EXIT.ok;
}

async function status(context: CommandContext, args: string[]): Promise<number> {
  if (args.length) throw new UsageError(`unexpected argument “${args[0]}”`);
  const s = await context.call('team.status', {});
  if (context.json) return (printJson(s), EXIT.ok);
  if (!s) return (print(message(context.language, 'teamPrivate')), EXIT.ok);
  const last = s.lastSync ? s.lastSync.replace('T', ' ').slice(0, 19) : message(context.language, 'teamNever');
  print(message(context.language, 'teamStatus', { address: s.address, member: s.member, last, pending: s.pending, revisions: s.revisions }));
  if (s.lastError) print(message(context.language, 'teamLastError', { error: s.lastError }));
  return EXIT.ok;
}
