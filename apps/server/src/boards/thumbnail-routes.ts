import { Router, type Request } from 'express';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { DocumentRegistry } from '../collab/document-registry.js';
import { withLiveDocument } from '../history/live-document.js';
import { notFound } from '../http/http-error.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import { PICTURE_HEADERS } from '../uploads/file-routes.js';
import type { BoardThumbnailKeeper } from './board-thumbnail-keeper.js';
import type { BoardThumbnailRepository } from './board-thumbnail-repository.js';

export interface ThumbnailRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  registry: DocumentRegistry;
  thumbnails: BoardThumbnailRepository;
  keeper: BoardThumbnailKeeper;
}

/**
 * `GET /api/items/:itemId/thumbnail.webp?v=…` for those who may read the board. A board
 * never drawn yet is drawn on the spot. The URL carries the drawing's time, so the
 * current drawing may be cached for good; any other `v` must be asked again.
 */
export function thumbnailRoutes(deps: ThumbnailRoutesDeps): Router {
  const router = Router();
  router.get('/items/:itemId/thumbnail.webp', requireAuth(deps.authenticator), async (request: Request<{ itemId: string }>, response) => {
    const item = deps.spaces.findItem(request.params.itemId);
    const rights = item && !item.deleted && item.type === 'board' ? deps.access.docAccess(currentAuth(response).user.id, item.docId) : null;
    if (!item || !rights?.canRead) throw notFound('Board');

    let thumbnail = deps.thumbnails.find(item.id);
    if (!thumbnail) {
      await withLiveDocument(deps.registry, item.docId, (doc) => deps.keeper.drawNow(doc));
      thumbnail = deps.thumbnails.find(item.id);
      if (!thumbnail) throw notFound('Board');
    }
    const current = request.query.v === String(thumbnail.renderedAt);
    response
      .set({ ...PICTURE_HEADERS, 'Cache-Control': current ? 'private, max-age=31536000, immutable' : 'private, no-cache' })
      .send(thumbnail.image);
  });
  return router;
}
