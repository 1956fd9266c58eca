import { partnershipResource, type AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { notFound } from '../http/http-error.js';
import { Router, type Request } from 'express';
import type { UploadRepository } from './upload-repository.js';
import type { UploadStore } from './upload-store.js';

export interface FileRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  uploads: UploadRepository;
  store: UploadStore;
}

/** Headers that keep a served picture a picture: never sniffed, run or framed, cached only by the browser. */
export const PICTURE_HEADERS = {
  'Content-Type': 'image/webp',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'",
  'Content-Disposition': 'inline',
  // Variants never change (a new picture gets a new id); private: they are not public.
  'Cache-Control': 'private, max-age=31536000, immutable',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const VARIANT_FILE = /^([1-9]\d{0,4})\.webp$/;

/**
 * `GET /files/:uploadId/:width.webp` for members of the upload's partnership. The session
 * cookie is checked like for the API; anyone else (signed out included) is told "not found",
 * so picture ids reveal nothing.
 */
export function fileRoutes(deps: FileRoutesDeps): Router {
  const router = Router();

  router.get('/:uploadId/:file', (request: Request<{ uploadId: string; file: string }>, response, next) => {
    const width = Number(VARIANT_FILE.exec(request.params.file)?.[1]);
    const auth = deps.authenticator.authenticate(request);
    const upload = auth && width ? deps.uploads.find(request.params.uploadId) : null;
    const readable =
      upload !== null &&
      // Every member may read all of a partnership, archived or not.
      deps.access.can(auth!.user.id, 'read', partnershipResource(upload.partnershipId, false)) &&
      upload.image.variants.some((variant) => variant.width === width);
    if (!upload || !readable) throw notFound('Picture');

    const file = deps.store.pathOf(upload.image.id, width);
    // sendFile brings conditional requests, ranges and HEAD; the headers are ours, not its defaults.
    response.sendFile(file, { headers: PICTURE_HEADERS, cacheControl: false, dotfiles: 'deny' }, (error) => {
      // Once bytes went out, the only failure left is a client that went away.
      if (!error || response.headersSent) return;
      next((error as { status?: number }).status === 404 ? notFound('Picture') : error);
    });
  });

  router.use(() => {
    throw notFound('Picture');
  });

  return router;
}
