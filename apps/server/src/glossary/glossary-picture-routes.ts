import { canGlossary } from '@kopa/protocol';
import { Router, type Request } from 'express';
import { memberOfPartnership } from '../access/partnership-member.js';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import { demand, HttpError } from '../http/http-error.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { UploadRepository } from '../uploads/upload-repository.js';
import { receivePicture } from '../uploads/upload-routes.js';
import type { UploadStore } from '../uploads/upload-store.js';

export interface GlossaryPictureRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  spaces: Pick<SpaceRepository, 'spacesOf'>;
  uploads: UploadRepository;
  store: UploadStore;
}

/**
 * `POST /api/partnerships/:pid/glossary/pictures`: a picture for a term, the raw bytes as the body,
 * through the same pipeline as every upload (type from the bytes, upright, metadata stripped, WebP
 * variants). Whoever may propose a term may bring its picture, pupils outside any team too: it is
 * kept in the partnership's own space. Mount it before the JSON body parser.
 */
export function glossaryPictureRoutes(deps: GlossaryPictureRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  router.post('/partnerships/:pid/glossary/pictures', signedIn, async (request: Request<{ pid: string }>, response) => {
    const { user } = currentAuth(response);
    const { member, partnership, archived } = memberOfPartnership(deps, user.id, request.params.pid);
    // Asked before the bytes are read: nobody without the right makes the server decode anything.
    demand(canGlossary(member, 'propose', { type: 'partnership', partnershipId: partnership.id, archived }));
    const space = deps.spaces.spacesOf(partnership.id).find((each) => each.kind === 'partnership');
    if (!space) throw new HttpError(409, 'conflict', 'The partnership has no space of its own for pictures.');
    const image = await receivePicture(request, response, deps, { partnershipId: partnership.id, spaceId: space.id, uploadedBy: user.id });
    response.status(201).json(image);
  });

  return router;
}
