export { getLink, type TeamLink } from './bookkeeping.ts';
export { connectTeam, parseAddress, type TeamClient } from './connect.ts';
export { addMember, listMembers, removeMember, type Member } from './members.ts';
export { initTeam, joinTeam, syncLibrary, teamStatus, type SyncOptions, type SyncReport, type TeamStatus } from './sync.ts';
