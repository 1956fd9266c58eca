import { can, createItemBodySchema, type ItemDetail, type ItemSummary, type Member, type SpaceSummary } from '@kopa/protocol';
import { Router, type Request } from 'express';
import { itemResource, spaceResource, type AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import { forbidden, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { DocumentStore } from '../storage/document-store.js';
import { createDocumentItem } from './document-items.js';
import type { ItemRecord, SpaceRecord, SpaceRepository } from './space-repository.js';

export interface SpaceRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  store: DocumentStore;
}

/** `/api/spaces` and the items inside them. */
export function spaceRoutes(deps: SpaceRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  router.get('/spaces', signedIn, (_request, response) => {
    const { user } = currentAuth(response);
    const visible: SpaceSummary[] = [];
    for (const member of deps.access.membersOf(user.id)) {
      for (const space of deps.spaces.spacesOf(member.partnershipId)) {
        if (!can(member, 'read', spaceResource(space))) continue;
        visible.push(summarizeSpace(deps, member, space));
      }
    }
    response.json(visible);
  });

  router.get('/spaces/:spaceId', signedIn, (request: Request<{ spaceId: string }>, response) => {
    const { user } = currentAuth(response);
    const space = readableSpace(deps, user.id, request.params.spaceId);
    response.json(summarizeSpace(deps, deps.access.memberIn(user.id, space.partnershipId), space));
  });

  router.get('/items/:itemId', signedIn, (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const item = deps.spaces.findItem(request.params.itemId);
    const space = item ? deps.spaces.findSpace(item.spaceId) : null;
    const member = space ? deps.access.memberIn(user.id, space.partnershipId) : null;
    if (!item || !space || !can(member, 'read', itemResource(item, space))) throw notFound('Item');
    const detail: ItemDetail = {
      ...summarizeItem(item, can(member, 'edit', itemResource(item, space))),
      space: { id: space.id, title: space.title, kind: space.kind },
    };
    response.json(detail);
  });

  router.post('/spaces/:spaceId/items', signedIn, async (request: Request<{ spaceId: string }>, response) => {
    const { user } = currentAuth(response);
    const space = readableSpace(deps, user.id, request.params.spaceId);
    if (!deps.access.canOnSpace(user.id, 'edit', space)) throw forbidden();
    const body = validateBody(createItemBodySchema, request.body);
    const item = await createDocumentItem(deps, space.id, body.title, user.id);
    response.status(201).json(summarizeItem(item, true));
  });

  return router;
}

function readableSpace(deps: SpaceRoutesDeps, userId: string, spaceId: string): SpaceRecord {
  const space = deps.spaces.findSpace(spaceId);
  // A space the user may not read is "not found": its existence is not theirs to know.
  if (!space || !deps.access.canOnSpace(userId, 'read', space)) throw notFound('Space');
  return space;
}

function summarizeSpace(deps: SpaceRoutesDeps, member: Member | null, space: SpaceRecord): SpaceSummary {
  return {
    id: space.id,
    title: space.title,
    partnershipId: space.partnershipId,
    kind: space.kind,
    canEdit: can(member, 'edit', spaceResource(space)),
    items: deps.spaces
      .itemsOf(space.id)
      .map((item) => summarizeItem(item, can(member, 'edit', itemResource(item, space)))),
  };
}

function summarizeItem(item: ItemRecord, canEditItem: boolean): ItemSummary {
  return { id: item.id, type: item.type, title: item.title, docId: item.docId, canEdit: canEditItem };
}
