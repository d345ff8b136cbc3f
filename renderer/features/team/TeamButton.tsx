import { useTranslation } from 'react-i18next';
import type { Team } from './useTeam.ts';

/** The top bar's way into the Team dialog, saying how the team library stands: synced, sending, offline. */
export function TeamButton({ team, onOpen }: { team: Team; onOpen(): void }) {
  const { t } = useTranslation();
  const { status, syncing, error } = team;
  const state = !status ? 'private' : error ? 'error' : syncing ? 'syncing' : status.pending > 0 ? 'pending' : 'synced';
  const detail = state === 'private' ? '' : t(`team.state.${state}`, { count: status?.pending ?? 0 });
  return (
    <button type="button" className={`team-button team-${state}`} onClick={onOpen} title={detail || t('team.title')}
      aria-label={detail ? `${t('team.button')} — ${detail}` : t('team.button')} data-testid="team-button" data-state={state}>
      {state !== 'private' && <span className="team-dot" aria-hidden="true" />}
      {t('team.button')}
    </button>
  );
}
