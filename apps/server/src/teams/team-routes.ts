import { randomUUID } from 'node:crypto';
import {
  can,
  createTeamsBodySchema,
  teamBodySchema,
  updateTeamBodySchema,
  type Resource,
  type Team,
  type TeamBody,
} from '@kopa/protocol';
import { Router, type Request } from 'express';
import type { AccessChanges } from '../access/access-changes.js';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import { memberOfPartnership } from '../access/partnership-member.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import { requireWorkingMembers } from '../directory/partnership-people.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import { demand, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { TeamRepository } from './team-repository.js';

export interface TeamRoutesDeps {
  db: SqliteDatabase;
  authenticator: Authenticator;
  access: AccessControl;
  accessChanges: AccessChanges;
  partnerships: PartnershipRepository;
  memberships: MembershipRepository;
  spaces: SpaceRepository;
  teams: TeamRepository;
}

/**
 * Teams of a partnership: everyone in it may list them; its teachers create,
 * rename, re-staff, archive and restore them. Each team has one space, created
 * and renamed with it in the same transaction.
 */
export function teamRoutes(deps: TeamRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  /** The team and the caller's membership in its partnership, or 404. */
  const teamFor = (userId: string, teamId: string) => {
    const team = deps.teams.find(teamId);
    if (!team) throw notFound('Team');
    try {
      return { team, ...memberOfPartnership(deps, userId, team.partnershipId) };
    } catch {
      throw notFound('Team');
    }
  };

  const teamResource = (partnershipId: string, teamId: string, archived: boolean): Resource => ({
    type: 'team',
    teamId,
    partnershipId,
    archived,
  });

  /** Teams and their spaces, all or none. */
  const createTeams = (partnershipId: string, bodies: readonly TeamBody[]): Team[] => {
    const ids = bodies.map(() => randomUUID());
    deps.db.transaction(() => {
      bodies.forEach((body, index) => {
        const teamId = ids[index]!;
        deps.teams.insert({ id: teamId, partnershipId, name: body.name, memberIds: body.memberIds });
        deps.spaces.insertSpace({ id: randomUUID(), partnershipId, kind: 'team', teamId, mobilityId: null, title: body.name });
      });
    })();
    // The members may now write in a new space: their open connections learn it too.
    deps.accessChanges.notify(partnershipId);
    return ids.map((id) => deps.teams.find(id)!);
  };

  router.get('/partnerships/:pid/teams', signedIn, (request: Request<{ pid: string }>, response) => {
    memberOfPartnership(deps, currentAuth(response).user.id, request.params.pid);
    response.json(deps.teams.teamsOf(request.params.pid));
  });

  router.post('/partnerships/:pid/teams', signedIn, (request: Request<{ pid: string }>, response) => {
    const { pid } = request.params;
    const { member, archived } = memberOfPartnership(deps, currentAuth(response).user.id, pid);
    demand(can(member, 'manage', teamResource(pid, '', archived)));
    const body = validateBody(teamBodySchema, request.body);
    requireWorkingMembers(deps.memberships, pid, body.memberIds, 'memberIds');
    response.status(201).json(createTeams(pid, [body])[0]);
  });

  /** A whole team-builder result in one transaction: a half-saved set of teams would unbalance the mix. */
  router.post('/partnerships/:pid/teams/batch', signedIn, (request: Request<{ pid: string }>, response) => {
    const { pid } = request.params;
    const { member, archived } = memberOfPartnership(deps, currentAuth(response).user.id, pid);
    demand(can(member, 'manage', teamResource(pid, '', archived)));
    const body = validateBody(createTeamsBodySchema, request.body);
    body.teams.forEach((team, index) => requireWorkingMembers(deps.memberships, pid, team.memberIds, `teams.${index}.memberIds`));
    response.status(201).json(createTeams(pid, body.teams));
  });

  router.patch('/teams/:teamId', signedIn, (request: Request<{ teamId: string }>, response) => {
    const { team, member, archived } = teamFor(currentAuth(response).user.id, request.params.teamId);
    // An archived team is read-only like its space: restore it first.
    demand(can(member, 'manage', teamResource(team.partnershipId, team.id, archived || team.archived)));
    const body = validateBody(updateTeamBodySchema, request.body);
    if (body.memberIds) requireWorkingMembers(deps.memberships, team.partnershipId, body.memberIds, 'memberIds');
    deps.db.transaction(() => {
      deps.teams.update(team.id, body);
      if (body.name !== undefined) deps.spaces.renameSpace(team.spaceId, body.name);
    })();
    // After the commit: a pupil taken out loses writing in the team's documents within moments.
    if (body.memberIds) deps.accessChanges.notify(team.partnershipId);
    response.json(deps.teams.find(team.id));
  });

  router.delete('/teams/:teamId', signedIn, (request: Request<{ teamId: string }>, response) => {
    const { team, member, archived } = teamFor(currentAuth(response).user.id, request.params.teamId);
    // Archiving twice is harmless, so the team's own archived state does not stand in the way.
    demand(can(member, 'manage', teamResource(team.partnershipId, team.id, archived)));
    if (!team.archived) {
      deps.spaces.setSpaceArchived(team.spaceId, true);
      deps.accessChanges.notify(team.partnershipId);
    }
    response.status(204).end();
  });

  router.post('/teams/:teamId/restore', signedIn, (request: Request<{ teamId: string }>, response) => {
    const { team, member, archived } = teamFor(currentAuth(response).user.id, request.params.teamId);
    demand(can(member, 'manage', teamResource(team.partnershipId, team.id, archived)));
    if (team.archived) {
      deps.spaces.setSpaceArchived(team.spaceId, false);
      deps.accessChanges.notify(team.partnershipId);
    }
    response.json(deps.teams.find(team.id));
  });

  return router;
}
