import { createPartnershipBodySchema, type AdminPartnership, type CreatedPartnership } from '@kopa/protocol';
import { Router, type RequestHandler } from 'express';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import type { PartnershipRecord } from '../directory/partnership-repository.js';
import { forbidden } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import { describeInvite } from './invite-repository.js';
import { setUpPartnership, type PartnershipSetupDeps } from './partnership-setup.js';

export interface AdminRoutesDeps extends PartnershipSetupDeps {
  authenticator: Authenticator;
  memberships: MembershipRepository;
}

/**
 * `/api/admin`: the instance administrator (made with `npm run kopa -- admin create`)
 * starts partnerships and hands each one to its coordinator. They are no member of
 * any partnership, and see nothing inside one.
 */
export function adminRoutes(deps: AdminRoutesDeps): Router {
  const router = Router();
  const admin: RequestHandler[] = [
    requireAuth(deps.authenticator),
    (_request, response, next) => next(currentAuth(response).user.isAdmin ? undefined : forbidden()),
  ];

  router.get('/admin/partnerships', ...admin, (_request, response) => {
    const adminId = currentAuth(response).user.id;
    response.json(deps.partnerships.all().map((record) => describeForAdmin(deps, record, adminId)));
  });

  router.post('/admin/partnerships', ...admin, (request, response) => {
    const body = validateBody(createPartnershipBodySchema, request.body);
    const adminId = currentAuth(response).user.id;
    const { partnership, invite } = setUpPartnership(deps, body, adminId);
    const created: CreatedPartnership = { partnership: describeForAdmin(deps, partnership, adminId), invite: describeInvite(invite, true) };
    response.status(201).json(created);
  });

  return router;
}

function describeForAdmin(deps: AdminRoutesDeps, record: PartnershipRecord, adminId: string): AdminPartnership {
  const members = deps.memberships.membersOfPartnership(record.id);
  return {
    id: record.id,
    title: record.title,
    referenceCode: record.referenceCode,
    startDate: record.startDate,
    endDate: record.endDate,
    state: record.state,
    schoolCount: deps.partnerships.schoolsOf(record.id).length,
    memberCount: members.length,
    coordinators: members.filter((member) => member.role === 'coordinator').map((member) => member.displayName),
    invites: deps.invites
      .invitesOf(record.id)
      .filter((invite) => invite.kind === 'coordinator')
      .map((invite) => describeInvite(invite, invite.createdBy === adminId)),
  };
}
