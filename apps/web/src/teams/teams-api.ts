import type { MemberSummary, Team, TeamBody, UpdateTeamBody } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';

const partnership = (pid: string) => `/partnerships/${encodeURIComponent(pid)}`;
const team = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;

/** The REST calls of the teams page (see docs/api.md, "Teams"). */
export const teamsApi = {
  teams: (pid: string) => apiRequest<Team[]>('GET', `${partnership(pid)}/teams`),
  /** Everyone in the partnership (staff only): where the builder finds its pupils. */
  members: (pid: string) => apiRequest<MemberSummary[]>('GET', `${partnership(pid)}/members`),
  create: (pid: string, body: TeamBody) => apiRequest<Team>('POST', `${partnership(pid)}/teams`, body),
  /** A whole builder result, all or nothing. */
  createMany: (pid: string, teams: TeamBody[]) => apiRequest<Team[]>('POST', `${partnership(pid)}/teams/batch`, { teams }),
  update: (teamId: string, body: UpdateTeamBody) => apiRequest<Team>('PATCH', team(teamId), body),
  archive: (teamId: string) => apiRequest<void>('DELETE', team(teamId)),
  restore: (teamId: string) => apiRequest<Team>('POST', `${team(teamId)}/restore`),
};
