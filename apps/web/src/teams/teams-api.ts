import type { Team, TeamBody, UpdateTeamBody } from '@kopa/protocol';
import { apiRequest } from '../api/api-client';
import { partnershipPath } from '../api/api-paths';

const team = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;

/** The REST calls of the teams page (see docs/api.md, "Teams"). */
export const teamsApi = {
  teams: (pid: string) => apiRequest<Team[]>('GET', `${partnershipPath(pid)}/teams`),
  create: (pid: string, body: TeamBody) => apiRequest<Team>('POST', `${partnershipPath(pid)}/teams`, body),
  /** A whole builder result, all or nothing. */
  createMany: (pid: string, teams: TeamBody[]) => apiRequest<Team[]>('POST', `${partnershipPath(pid)}/teams/batch`, { teams }),
  update: (teamId: string, body: UpdateTeamBody) => apiRequest<Team>('PATCH', team(teamId), body),
  archive: (teamId: string) => apiRequest<void>('DELETE', team(teamId)),
  restore: (teamId: string) => apiRequest<Team>('POST', `${team(teamId)}/restore`),
};
