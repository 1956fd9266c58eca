import { randomUUID } from 'node:crypto';
import { can, LIMITS, type UploadedImage } from '@kopa/protocol';
import express, { Router, type Request, type Response } from 'express';
import { spaceResource, type AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import { demand, HttpError, notFound } from '../http/http-error.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import { processImage } from './image-pipeline.js';
import type { UploadRepository } from './upload-repository.js';
import type { UploadStore } from './upload-store.js';

export interface UploadRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  uploads: UploadRepository;
  store: UploadStore;
}

const MAX_MEGABYTES = LIMITS.maxUploadBytes / (1024 * 1024);

/**
 * `POST /api/spaces/:spaceId/uploads`: the body is the picture's raw bytes (whatever
 * Content-Type the browser sends; the bytes themselves say what they are).
 * Mount it before the JSON body parser.
 */
export function uploadRoutes(deps: UploadRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  router.post('/spaces/:spaceId/uploads', signedIn, async (request: Request<{ spaceId: string }>, response) => {
    const { user } = currentAuth(response);
    const space = deps.spaces.findSpace(request.params.spaceId);
    const member = space ? deps.access.memberIn(user.id, space.partnershipId) : null;
    // Checked before the bytes are read: nobody without the right makes the server decode anything.
    if (!space || !can(member, 'read', spaceResource(space))) throw notFound('Space');
    demand(can(member, 'edit', spaceResource(space)));

    const image = await receivePicture(request, response, deps, { partnershipId: space.partnershipId, spaceId: space.id, uploadedBy: user.id });
    response.status(201).json(image);
  });

  return router;
}

/**
 * Reads the request's picture, makes its variants and stores it for a partnership, in a space: the
 * one way a picture enters Kopa (the glossary's pictures come this way too, into the partnership's space).
 * Ask the permission before calling: nobody without the right makes the server decode anything.
 */
export async function receivePicture(
  request: Request,
  response: Response,
  deps: Pick<UploadRoutesDeps, 'uploads' | 'store'>,
  place: { partnershipId: string; spaceId: string; uploadedBy: string },
): Promise<UploadedImage> {
  const bytes = await readPicture(request, response);
  const { type, variants } = await processImage(bytes);
  const largest = variants.at(-1)!;
  const id = randomUUID();
  await deps.store.save(id, variants);
  try {
    deps.uploads.insert({
      id,
      ...place,
      sourceType: type.mime,
      width: largest.width,
      height: largest.height,
      variantWidths: variants.map((variant) => variant.width),
    });
  } catch (error) {
    await deps.store.remove(id);
    throw error;
  }
  return deps.uploads.find(id)!.image;
}

const rawBody = express.raw({ type: () => true, limit: LIMITS.maxUploadBytes });

/** The request body as bytes, with the size limit told in the picture's terms. */
function readPicture(request: Request, response: Response): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    rawBody(request, response, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
        reject(
          new HttpError(413, 'payload_too_large', `The picture is bigger than ${MAX_MEGABYTES} MB: make it smaller or choose another one.`),
        );
      } else if (error) {
        reject(error);
      } else if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        reject(new HttpError(400, 'invalid_request', 'Send the picture itself as the request body.'));
      } else {
        resolve(request.body);
      }
    });
  });
}
