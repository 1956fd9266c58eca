import { can, canShowcase, isStaffRole, type Member, type PicturePeople } from '@kopa/protocol';
import { Router, type Request } from 'express';
import { partnershipResource, type AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import { demand, HttpError, notFound } from '../http/http-error.js';
import type { AuditLog } from '../moderation/audit-log.js';
import type { UploadRepository } from '../uploads/upload-repository.js';
import type { ShowcaseRepository } from './showcase-repository.js';

export interface PicturePeopleRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  memberships: MembershipRepository;
  uploads: UploadRepository;
  repository: ShowcaseRepository;
  auditLog: AuditLog;
}

type PersonParams = { uploadId: string; userId: string };

/**
 * `/api/uploads/:uploadId/people`: which pupils a picture shows. Every member of the picture's
 * partnership sees the marks (by display name and country); teachers mark and unmark any pupil
 * of the partnership and see who lacks photo consent; a pupil may mark themselves (a mark can
 * only keep a picture private), never take a mark away. Marks and unmarks are audited.
 */
export function picturePeopleRoutes(deps: PicturePeopleRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  /** The picture and the caller as a member of its partnership; 404 to anyone else. */
  const picture = (userId: string, uploadId: string) => {
    const upload = deps.uploads.find(uploadId);
    const member = upload ? deps.access.memberIn(userId, upload.partnershipId) : null;
    const partnership = upload && member ? deps.partnerships.find(upload.partnershipId) : null;
    if (!upload || !member || !partnership) throw notFound('Picture');
    const resource = partnershipResource(partnership.id, partnership.state === 'archived');
    if (!can(member, 'read', resource)) throw notFound('Picture');
    return { upload, member, resource, partnershipId: partnership.id };
  };

  const describe = (uploadId: string, member: Member, resource: ReturnType<typeof partnershipResource>): PicturePeople => {
    const staff = isStaffRole(member.role);
    return {
      uploadId,
      people: deps.repository.markedOn(uploadId).map((person) => ({
        userId: person.userId,
        displayName: person.displayName,
        country: person.country,
        // Whether a pupil's family consented is for teachers to know.
        photoConsent: staff ? person.photo : null,
        canUnmark: canShowcase(member, 'unmark_person', resource, person.userId),
      })),
      canMarkOthers: canShowcase(member, 'mark_person', resource),
      canMarkSelf: member.role === 'pupil' && canShowcase(member, 'mark_person', resource, member.userId),
    };
  };

  /** Only pupils of the picture's partnership are marked (adults decide for themselves). */
  const pupilOf = (partnershipId: string, userId: string) => {
    const person = deps.memberships.memberIn(userId, partnershipId);
    if (!person || person.role !== 'pupil') {
      throw new HttpError(400, 'invalid_request', `${userId} is not a pupil of this partnership.`, {
        field: 'userId',
        // A teacher or guest is never among the people offered to mark; a stranger is not in the partnership at all.
        problem: { kind: person ? 'invalid_choice' : 'not_in_partnership' },
      });
    }
  };

  router.get('/uploads/:uploadId/people', signedIn, (request: Request<{ uploadId: string }>, response) => {
    const { upload, member, resource } = picture(currentAuth(response).user.id, request.params.uploadId);
    response.json(describe(upload.image.id, member, resource));
  });

  router.put('/uploads/:uploadId/people/:userId', signedIn, (request: Request<PersonParams>, response) => {
    const { user } = currentAuth(response);
    const { upload, member, resource, partnershipId } = picture(user.id, request.params.uploadId);
    const { userId } = request.params;
    demand(canShowcase(member, 'mark_person', resource, userId));
    pupilOf(partnershipId, userId);
    deps.repository.transaction(() => {
      if (!deps.repository.mark(upload.image.id, userId, user.id)) return;
      deps.auditLog.record({ partnershipId, actorId: user.id, action: 'picture.mark', targetType: 'upload', targetId: upload.image.id, subjectUserId: userId });
    });
    response.json(describe(upload.image.id, member, resource));
  });

  router.delete('/uploads/:uploadId/people/:userId', signedIn, (request: Request<PersonParams>, response) => {
    const { user } = currentAuth(response);
    const { upload, member, resource, partnershipId } = picture(user.id, request.params.uploadId);
    const { userId } = request.params;
    demand(canShowcase(member, 'unmark_person', resource, userId));
    deps.repository.transaction(() => {
      if (!deps.repository.unmark(upload.image.id, userId)) return;
      deps.auditLog.record({ partnershipId, actorId: user.id, action: 'picture.unmark', targetType: 'upload', targetId: upload.image.id, subjectUserId: userId });
    });
    response.json(describe(upload.image.id, member, resource));
  });

  return router;
}
