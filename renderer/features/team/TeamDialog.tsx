import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape, TeamMember } from '../../../app/contract/index.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { client, toErrorShape } from '../../api/client.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import type { Team } from './useTeam.ts';

interface Props {
  team: Team;
  onClose(): void;
}

/**
 * The team library this library follows: where, as whom, when it last synced, what waits to be sent, notes kept in
 * several versions; sync now; the password for this session; the members (added and removed by owners). Joining a
 * team (from a private library, or another team's) makes a new library for it, and the page starts again there.
 */
export function TeamDialog({ team, onClose }: Props) {
  const { t } = useTranslation();
  const { status } = team;
  const [another, setAnother] = useState(false);
  return (
    <Dialog title={t('team.title')} closeLabel={t('importer.close')} onClose={onClose} testId="team-dialog">
      {status === undefined ? null : status === null || another ? <JoinForm team={team} /> : <TeamStatusView team={team} onJoinAnother={() => setAnother(true)} />}
    </Dialog>
  );
}

/** The database an address names: the new library's name until the reader gives one. */
function databaseOf(address: string): string {
  return /^postgres(?:ql)?:\/\/[^/]*\/([^?#]+)/.exec(address.trim())?.[1] ?? '';
}

function ErrorLine({ error }: { error: AppErrorShape | null }) {
  const { language } = useSettings();
  if (!error) return null;
  return <p className="team-error" role="alert" data-testid="team-error">{formatError(language, error)}</p>;
}

function JoinForm({ team }: { team: Team }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState<string | null>(null);
  const libraryName = (name ?? safeDecode(databaseOf(address))).trim();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // On success the page starts again in the new library.
      await team.join(address.trim(), password, libraryName);
    } catch (e) {
      setError(toErrorShape(e));
      setBusy(false);
    }
  };
  return (
    <form className="team-form" onSubmit={(e) => void submit(e)} data-testid="team-join">
      <p className="hint">{t('team.joinHint')}</p>
      <label className="field">
        <span>{t('team.address')}</span>
        <input type="text" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="postgres://member@host:5432/database"
          spellCheck={false} autoComplete="off" required data-testid="team-address" />
      </label>
      <label className="field">
        <span>{t('team.password')}</span>
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required data-testid="team-password" />
      </label>
      <p className="hint">{t('team.passwordKept')}</p>
      <label className="field">
        <span>{t('team.libraryName')}</span>
        <input type="text" value={name ?? libraryName} onChange={(e) => setName(e.target.value)} maxLength={80} autoComplete="off" required data-testid="team-library-name" />
      </label>
      <ErrorLine error={error} />
      <button type="submit" className="primary" disabled={busy || !address.trim() || !password || !libraryName} data-testid="team-join-submit">
        {busy ? t('team.joining') : t('team.join')}
      </button>
    </form>
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function TeamStatusView({ team, onJoinAnother }: { team: Team; onJoinAnother(): void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const status = team.status!;
  const [password, setPassword] = useState('');
  const needsPassword = team.error?.code === 'team_auth_failed';
  const when = status.lastSync
    ? new Date(status.lastSync).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })
    : t('team.never');
  return (
    <div className="team-status" data-testid="team-status">
      <dl className="team-facts">
        <dt>{t('team.address')}</dt><dd className="team-address" data-testid="team-status-address">{status.address}</dd>
        <dt>{t('team.member')}</dt><dd data-testid="team-status-member">{status.member}</dd>
        <dt>{t('team.lastSync')}</dt><dd data-testid="team-last-sync">{team.syncing ? t('team.syncing') : when}</dd>
        <dt>{t('team.pending')}</dt><dd data-testid="team-pending">{status.pending}</dd>
        <dt>{t('team.revisions')}</dt><dd data-testid="team-revisions">{status.revisions}</dd>
      </dl>
      <ErrorLine error={team.error} />
      {needsPassword && (
        <form className="team-unlock" onSubmit={(e) => (e.preventDefault(), void team.unlock(password))}>
          <label className="field">
            <span>{t('team.password')}</span>
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" data-testid="team-unlock-password" />
          </label>
          <button type="submit" disabled={!password} data-testid="team-unlock">{t('team.unlock')}</button>
        </form>
      )}
      <div className="dialog-row">
        <button type="button" disabled={team.syncing} onClick={() => void team.syncNow()} data-testid="team-sync-now">{t('team.syncNow')}</button>
        <button type="button" className="link-button" onClick={onJoinAnother} data-testid="team-join-another">{t('team.joinAnother')}</button>
      </div>
      <Members address={status.address} member={status.member} />
    </div>
  );
}

function Members({ address, member }: { address: string; member: string }) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<TeamMember[] | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [owner, setOwner] = useState(false);
  const run = useCallback(async (input: Parameters<typeof client.runJob<'team.members'>>[1]) => {
    const outcome = await (await client.runJob('team.members', input)).outcome;
    if (outcome.state === 'done') {
      setMembers(outcome.result!.members);
      setError(null);
    } else if (outcome.state === 'failed') {
      setError(outcome.error ?? null);
    }
    return outcome.state === 'done';
  }, []);
  useEffect(() => void run({ action: 'list', address }), [run, address]);
  const isOwner = members?.some((m) => m.role === member && m.owner) ?? false;
  return (
    <section className="team-members" aria-labelledby="team-members-title" data-testid="team-members">
      <h3 id="team-members-title">{t('team.members')}</h3>
      <ErrorLine error={error} />
      {members && (
        <ul>
          {members.map((m) => (
            <li key={m.role} data-testid="team-member">
              <span>{m.displayName}{m.displayName !== m.role && <span className="muted"> ({m.role})</span>}</span>
              {m.owner && <span className="badge">{t('team.owner')}</span>}
              {m.role === member && <span className="badge">{t('team.you')}</span>}
              {isOwner && m.role !== member && (
                <button type="button" className="link-button" onClick={() => void run({ action: 'remove', address, name: m.role })}
                  aria-label={t('team.removeMember', { name: m.displayName })}>{t('team.remove')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {isOwner && (
        <form className="team-add" onSubmit={(e) => {
          e.preventDefault();
          void run({ action: 'add', address, name: name.trim(), memberPassword: secret, owner }).then((ok) => ok && (setName(''), setSecret(''), setOwner(false)));
        }}>
          <label className="field"><span>{t('team.newMember')}</span>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" data-testid="team-new-member" /></label>
          <label className="field"><span>{t('team.newPassword')}</span>
            <input type="password" value={secret} onChange={(e) => setSecret(e.target.value)} autoComplete="new-password" minLength={8} data-testid="team-new-password" /></label>
          <label className="toggle"><input type="checkbox" checked={owner} onChange={(e) => setOwner(e.target.checked)} />{t('team.makeOwner')}</label>
          <button type="submit" disabled={!name.trim() || secret.length < 8} data-testid="team-add-member">{t('team.add')}</button>
        </form>
      )}
    </section>
  );
}
