import { updatePartnershipBodySchema, type PartnershipSummary } from '@kopa/protocol';
import { Router, type Request } from 'express';
import type { AccessControl } from '../access/access-control.js';
import { coordinates, memberOfPartnership } from '../access/partnership-member.js';
import type { AccessChanges } from '../access/access-changes.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { PartnershipRecord, PartnershipRepository } from '../directory/partnership-repository.js';
import { forbidden, HttpError } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import { describePartnership, summarizePartnership } from './partnership-view.js';

export interface PartnershipRoutesDeps {
  db: SqliteDatabase;
  authenticator: Authenticator;
  access: AccessControl;
  accessChanges: AccessChanges;
  partnerships: PartnershipRepository;
  spaces: SpaceRepository;
}

/** `/api/partnerships`: the caller's partnerships, one in full, and the coordinator's changes to it. */
export function partnershipRoutes(deps: PartnershipRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  router.get('/partnerships', signedIn, (_request, response) => {
    const { user } = currentAuth(response);
    const summaries: PartnershipSummary[] = [];
    for (const member of deps.access.membersOf(user.id)) {
      const record = deps.partnerships.find(member.partnershipId);
      if (record) summaries.push(summarizePartnership(record, member));
    }
    response.json(summaries);
  });

  router.get('/partnerships/:pid', signedIn, (request: Request<{ pid: string }>, response) => {
    const { partnership, member } = memberOfPartnership(deps, currentAuth(response).user.id, request.params.pid);
    response.json(describePartnership(deps.partnerships, partnership, member));
  });

  router.patch('/partnerships/:pid', signedIn, (request: Request<{ pid: string }>, response) => {
    const { partnership, member } = memberOfPartnership(deps, currentAuth(response).user.id, request.params.pid);
    const body = validateBody(updatePartnershipBodySchema, request.body);
    // Asked as if active: an archived partnership is read-only for everyone, and the one change
    // left to its coordinator is bringing it back.
    if (!coordinates(member, partnership.id)) throw forbidden();
    const onlyReactivates = Object.keys(body).every((key) => key === 'state') && body.state === 'active';
    if (partnership.state === 'archived' && !onlyReactivates) {
      throw new HttpError(403, 'forbidden', 'The partnership is archived: make it active again before changing it.');
    }

    const updated: PartnershipRecord = {
      ...partnership,
      ...Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)),
    };
    // The body's own dates are checked by the schema; one new date must also fit the one kept.
    if (updated.startDate && updated.endDate && updated.startDate > updated.endDate) {
      throw new HttpError(400, 'invalid_request', 'endDate: The end date comes before the start date', {
        field: 'endDate',
        problem: { kind: 'ends_before_start' },
      });
    }
    deps.db.transaction(() => {
      deps.partnerships.update(updated);
      if (updated.title !== partnership.title) {
        // The whole partnership's space carries its name, unless someone gave it another one.
        for (const space of deps.spaces.spacesOf(partnership.id)) {
          if (space.kind === 'partnership' && space.title === partnership.title) deps.spaces.renameSpace(space.id, updated.title);
        }
      }
    })();
    // Archiving (or reactivating) changes what everyone may do: open connections are checked again now.
    if (updated.state !== partnership.state) deps.accessChanges.notify(partnership.id);
    response.json(describePartnership(deps.partnerships, updated, member));
  });

  return router;
}
