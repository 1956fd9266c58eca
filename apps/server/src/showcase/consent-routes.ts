import { canShowcase, isStaffRole, pupilConsentBodySchema, type PupilConsent, type Resource } from '@kopa/protocol';
import { Router, type Request } from 'express';
import type { AccessControl } from '../access/access-control.js';
import { memberOfPartnership } from '../access/partnership-member.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import { demand, forbidden, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { AuditLog } from '../moderation/audit-log.js';
import type { ConsentRecord, ShowcaseRepository } from './showcase-repository.js';

export interface ConsentRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  memberships: MembershipRepository;
  credits: CreditDirectory;
  repository: ShowcaseRepository;
  auditLog: AuditLog;
}

const schoolResource = (partnershipId: string, schoolId: string, archived: boolean): Resource => ({
  type: 'school',
  schoolId,
  partnershipId,
  archived,
});

/**
 * Pupils' consent for the public (photos; being named), as the school's signed forms say:
 * set by the teachers of the pupil's own school (and the coordinator, for theirs). Giving a
 * consent is a change like any other (not while archived); withdrawing one always works.
 * Every change is in the audit log as `consent.change`.
 */
export function consentRoutes(deps: ConsentRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  const describe = (consent: ConsentRecord): PupilConsent => ({
    userId: consent.userId,
    photo: consent.photo,
    publication: consent.publication,
    setAt: consent.setAt,
    setBy: deps.credits.credit(consent.setBy),
  });

  router.get('/partnerships/:pid/schools/:schoolId/consents', signedIn, (request: Request<{ pid: string; schoolId: string }>, response) => {
    const { pid, schoolId } = request.params;
    const { member } = memberOfPartnership(deps, currentAuth(response).user.id, pid);
    if (!deps.partnerships.schoolsOf(pid).some((school) => school.id === schoolId)) throw notFound('School');
    // The school's teachers read their pupils' consents, archived or not (they may always withdraw one).
    demand(canShowcase(member, 'consent_withdraw', schoolResource(pid, schoolId, false)));
    response.json(deps.repository.schoolConsents(pid, schoolId).map(describe));
  });

  router.put('/partnerships/:pid/members/:userId/consent', signedIn, (request: Request<{ pid: string; userId: string }>, response) => {
    const { pid, userId } = request.params;
    const { user } = currentAuth(response);
    const { member, archived } = memberOfPartnership(deps, user.id, pid);
    if (!isStaffRole(member.role)) throw forbidden();
    const body = validateBody(pupilConsentBodySchema, request.body);
    const person = deps.memberships.membersOfPartnership(pid).find((candidate) => candidate.userId === userId);
    if (!person) throw notFound('Member');
    if (person.role !== 'pupil' || !person.schoolId) {
      throw new HttpError(403, 'forbidden', 'Consent for the public is kept for pupils; adults decide for themselves.');
    }
    const schoolId = person.schoolId;

    const before = deps.repository.consentOf(userId);
    const next = { photo: body.photo ?? before.photo, publication: body.publication ?? before.publication };
    const gives = (next.photo && !before.photo) || (next.publication && !before.publication);
    demand(canShowcase(member, gives ? 'consent_give' : 'consent_withdraw', schoolResource(pid, schoolId, archived)));

    const saved = deps.repository.transaction(() => {
      const current = deps.repository.consentOf(userId);
      if (current.setAt !== null && current.photo === next.photo && current.publication === next.publication) return current;
      const consent = { userId, ...next, setBy: user.id, setAt: Date.now() };
      deps.repository.setConsent(consent);
      deps.auditLog.record({
        partnershipId: pid,
        actorId: user.id,
        action: 'consent.change',
        targetType: 'user',
        targetId: userId,
        subjectUserId: userId,
        detail: { photo: next.photo, publication: next.publication, before: { photo: current.photo, publication: current.publication } },
      });
      return consent;
    });
    response.json(describe(saved));
  });

  return router;
}
