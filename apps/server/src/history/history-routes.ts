import { readDocumentContent } from '@kopa/editor';
import { can, versionNameBodySchema, type VersionDetail } from '@kopa/protocol';
import { Router, type Request } from 'express';
import * as Y from 'yjs';
import { z } from 'zod';
import { itemResource, type AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { DocumentRegistry } from '../collab/document-registry.js';
import { demand, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { ItemRecord, SpaceRepository } from '../spaces/space-repository.js';
import type { DocumentAuthors } from './document-authors.js';
import { withLiveDocument } from './live-document.js';
import { diffTexts, plainTextOf } from './version-diff.js';
import { restoreVersion } from './version-restore.js';
import type { StoredVersion, VersionRepository } from './version-repository.js';
import { isVersioned } from './versioned-items.js';

export interface HistoryRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  registry: DocumentRegistry;
  versions: VersionRepository;
  authors: DocumentAuthors;
}

const diffQuerySchema = z.object({ against: z.string().min(1).max(64).default('current') });

type ItemParams = { itemId: string };
type VersionParams = { itemId: string; versionId: string };

/**
 * `/api/items/:itemId/versions…` and `/api/items/:itemId/authors`: the history of a
 * document or post (list, name, read, compare, restore) and who wrote it.
 * Reading needs can(read) on the item, naming and restoring can(edit).
 */
export function historyRoutes(deps: HistoryRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  /** The item and whether the caller may change it; 404 when they may not read it. */
  const readableItem = (userId: string, itemId: string): { item: ItemRecord; canEdit: boolean } => {
    const item = deps.spaces.findItem(itemId);
    const space = item && !item.deleted ? deps.spaces.findSpace(item.spaceId) : null;
    const member = space ? deps.access.memberIn(userId, space.partnershipId) : null;
    // An item the user may not read is "not found": its existence is not theirs to know.
    if (!item || !space || !can(member, 'read', itemResource(item, space))) throw notFound('Item');
    if (!isVersioned(item)) throw new HttpError(404, 'not_found', 'Only documents and blog posts keep versions.');
    return { item, canEdit: can(member, 'edit', itemResource(item, space)) };
  };

  const versionOf = (item: ItemRecord, versionId: string): StoredVersion => {
    const version = deps.versions.find(item.id, versionId);
    if (!version) throw notFound('Version');
    return version;
  };

  const liveState = (item: ItemRecord) => withLiveDocument(deps.registry, item.docId, (doc) => Y.encodeStateAsUpdate(doc.ydoc));

  router.get('/items/:itemId/versions', signedIn, (request: Request<ItemParams>, response) => {
    const { item } = readableItem(currentAuth(response).user.id, request.params.itemId);
    response.json(deps.versions.list(item.id));
  });

  router.post('/items/:itemId/versions', signedIn, async (request: Request<ItemParams>, response) => {
    const { user } = currentAuth(response);
    const { item, canEdit } = readableItem(user.id, request.params.itemId);
    demand(canEdit);
    const { name } = validateBody(versionNameBodySchema, request.body);
    const state = await liveState(item);
    response.status(201).json(deps.versions.save({ itemId: item.id, kind: 'named', state, createdBy: user.id, name }));
  });

  router.patch('/items/:itemId/versions/:versionId', signedIn, (request: Request<VersionParams>, response) => {
    const { item, canEdit } = readableItem(currentAuth(response).user.id, request.params.itemId);
    demand(canEdit);
    const { name } = validateBody(versionNameBodySchema, request.body);
    const { id } = versionOf(item, request.params.versionId);
    response.json(deps.versions.rename(item.id, id, name));
  });

  router.get('/items/:itemId/versions/:versionId', signedIn, async (request: Request<VersionParams>, response) => {
    const { item } = readableItem(currentAuth(response).user.id, request.params.itemId);
    const { state, itemId: _itemId, ...summary } = versionOf(item, request.params.versionId);
    const detail: VersionDetail = { ...summary, content: await readDocumentContent(state) };
    response.json(detail);
  });

  router.get('/items/:itemId/versions/:versionId/diff', signedIn, async (request: Request<VersionParams>, response) => {
    const { item } = readableItem(currentAuth(response).user.id, request.params.itemId);
    const { against } = validateBody(diffQuerySchema, request.query);
    const before = versionOf(item, request.params.versionId);
    const after = against === 'current' ? await liveState(item) : versionOf(item, against).state;
    response.json(diffTexts(plainTextOf(before.state), plainTextOf(after)));
  });

  router.post('/items/:itemId/versions/:versionId/restore', signedIn, async (request: Request<VersionParams>, response) => {
    const { user } = currentAuth(response);
    const { item, canEdit } = readableItem(user.id, request.params.itemId);
    demand(canEdit);
    const version = versionOf(item, request.params.versionId);
    response.status(201).json(await restoreVersion(deps, item, version, user.id));
  });

  router.get('/items/:itemId/authors', signedIn, async (request: Request<ItemParams>, response) => {
    const { item } = readableItem(currentAuth(response).user.id, request.params.itemId);
    response.json(deps.authors.authors(item.docId, await liveState(item)));
  });

  return router;
}
