import { randomUUID } from 'node:crypto';
import { can, mobilityBodySchema, type MobilityBody, type Resource } from '@kopa/protocol';
import { Router, type Request } from 'express';
import { spaceResource, type AccessControl } from '../access/access-control.js';
import type { AccessChanges } from '../access/access-changes.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import { memberOfPartnership } from '../access/partnership-member.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import { requireWorkingMembers } from '../directory/partnership-people.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import { demand, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { MobilityRepository } from './mobility-repository.js';

export interface MobilityRoutesDeps {
  db: SqliteDatabase;
  authenticator: Authenticator;
  access: AccessControl;
  accessChanges: AccessChanges;
  partnerships: PartnershipRepository;
  memberships: MembershipRepository;
  mobilities: MobilityRepository;
  spaces: SpaceRepository;
}

/**
 * The partnership's calendar of visits: `/api/partnerships/:pid/mobilities` and `/api/mobilities/:id`.
 * Every mobility has a diary space, created with it in one transaction. Pupils write in
 * the diaries of the visits they travel on, so changing travellers changes rights.
 *
 * Who plans visits: planning a visit is managing its diary space, so the rule asked is
 * can(member, 'manage', <the diary space>): every teacher of the partnership (not only
 * the coordinator: the host school's teacher usually organises the visit), never pupils
 * or guests, and nobody once the partnership or the diary is archived.
 */
export function mobilityRoutes(deps: MobilityRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  const visible = (userId: string, mobilityId: string) => {
    const mobility = deps.mobilities.find(mobilityId);
    const diary = mobility ? deps.spaces.findSpace(mobility.spaceId) : null;
    const member = mobility ? deps.access.memberIn(userId, mobility.partnershipId) : null;
    if (!mobility || !diary || !member || !can(member, 'read', spaceResource(diary))) throw notFound('Mobility');
    return { mobility, diary, member };
  };

  /**
   * The host must take part in the partnership, travellers belong to it (guests visit nobody),
   * and the visit happens while the partnership runs (the timeline has no phase outside it).
   */
  const checkVisit = (partnershipId: string, body: MobilityBody) => {
    const partnership = deps.partnerships.find(partnershipId);
    if (partnership?.startDate && body.startDate < partnership.startDate) {
      throw new HttpError(400, 'invalid_request', `startDate: the partnership starts on ${partnership.startDate}; the visit cannot start before`, {
        field: 'startDate',
        problem: { kind: 'outside_partnership_dates' },
      });
    }
    if (partnership?.endDate && body.endDate > partnership.endDate) {
      throw new HttpError(400, 'invalid_request', `endDate: the partnership ends on ${partnership.endDate}; the visit cannot end after`, {
        field: 'endDate',
        problem: { kind: 'outside_partnership_dates' },
      });
    }
    if (!deps.partnerships.schoolsOf(partnershipId).some((school) => school.id === body.hostSchoolId)) {
      throw new HttpError(400, 'invalid_request', 'hostSchoolId: the host is not a school of this partnership', {
        field: 'hostSchoolId',
        problem: { kind: 'not_in_partnership' },
      });
    }
    requireWorkingMembers(deps.memberships, partnershipId, body.travellerIds, 'travellerIds');
  };

  router.get('/partnerships/:pid/mobilities', signedIn, (request: Request<{ pid: string }>, response) => {
    memberOfPartnership(deps, currentAuth(response).user.id, request.params.pid);
    response.json(deps.mobilities.mobilitiesOf(request.params.pid));
  });

  router.post('/partnerships/:pid/mobilities', signedIn, (request: Request<{ pid: string }>, response) => {
    const partnershipId = request.params.pid;
    const { member, archived } = memberOfPartnership(deps, currentAuth(response).user.id, partnershipId);
    const mobilityId = randomUUID();
    const spaceId = randomUUID();
    const diary: Resource = {
      type: 'space',
      spaceId,
      spaceKind: 'mobility',
      teamId: null,
      mobilityId,
      partnershipId,
      archived,
    };
    demand(can(member, 'manage', diary));
    const body = validateBody(mobilityBodySchema, request.body);
    checkVisit(partnershipId, body);

    deps.db.transaction(() => {
      deps.mobilities.insert({ id: mobilityId, partnershipId, ...body });
      deps.spaces.insertSpace({ id: spaceId, partnershipId, kind: 'mobility', teamId: null, mobilityId, title: body.title });
    })();
    // Travellers may now write in the new diary, and everyone's home lists it.
    deps.accessChanges.notify(partnershipId);
    response.status(201).json(deps.mobilities.find(mobilityId));
  });

  router.patch('/mobilities/:mobilityId', signedIn, (request: Request<{ mobilityId: string }>, response) => {
    const { mobility, diary, member } = visible(currentAuth(response).user.id, request.params.mobilityId);
    demand(can(member, 'manage', spaceResource(diary)));
    // Only the fields sent change; the whole visit is then checked as one (dates in order).
    const current: MobilityBody = {
      title: mobility.title,
      hostSchoolId: mobility.hostSchoolId,
      city: mobility.city,
      startDate: mobility.startDate,
      endDate: mobility.endDate,
      travellerIds: mobility.travellerIds,
    };
    const sent: unknown = request.body;
    const changes = typeof sent === 'object' && sent !== null && !Array.isArray(sent) ? sent : {};
    const body = validateBody(mobilityBodySchema, { ...current, ...changes });
    checkVisit(mobility.partnershipId, body);

    deps.db.transaction(() => {
      deps.mobilities.update({ id: mobility.id, ...body });
      if (body.title !== diary.title) deps.spaces.renameSpace(diary.id, body.title);
    })();
    const before = new Set(mobility.travellerIds);
    const travellersChanged = before.size !== body.travellerIds.length || body.travellerIds.some((id) => !before.has(id));
    // Added travellers may write in the diary now, removed ones no longer: open connections are asked again.
    if (travellersChanged) deps.accessChanges.notify(mobility.partnershipId);
    response.json(deps.mobilities.find(mobility.id));
  });

  router.delete('/mobilities/:mobilityId', signedIn, (request: Request<{ mobilityId: string }>, response) => {
    const { mobility, diary, member } = visible(currentAuth(response).user.id, request.params.mobilityId);
    // Asked as if the diary were still open (removing twice is fine); an archived partnership still refuses.
    const partnershipArchived = deps.partnerships.find(mobility.partnershipId)?.state === 'archived';
    demand(can(member, 'manage', { ...spaceResource(diary), archived: partnershipArchived }));
    if (mobility.archived) return void response.status(204).end();
    // Taken off the calendar: the diary stays, read-only, with everything written in it.
    deps.spaces.setSpaceArchived(mobility.spaceId, true);
    // Whoever has the diary open keeps reading it, no longer writing.
    deps.accessChanges.notify(mobility.partnershipId);
    response.status(204).end();
  });

  return router;
}
