export { getLink, type TeamLink } from './bookkeeping.ts';
export { connectTeam, parseAddress, type TeamClient } from './connect.ts';
export { addMember, listMembers, removeMember, type Member } from './members.ts';
export { teamStatus, type TeamStatus } from './status.ts';
export { initTeam, joinTeam, syncLibrary, withMembers, type SyncOptions, type SyncReport } from './sync.ts';
export { listen } from './listen.ts';
export { rememberPassword, sessionPassword } from './session.ts';
