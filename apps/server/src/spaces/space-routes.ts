import {
  can,
  createItemBodySchema,
  isStaffRole,
  itemLanguageBodySchema,
  reorderItemsBodySchema,
  updateItemBodySchema,
  type ItemDetail,
  type ItemSummary,
  type Member,
  type PostStatus,
  type BoardLayout,
  type SpaceSummary,
} from '@kopa/protocol';
import { Router, type Request } from 'express';
import { itemResource, spaceResource, type AccessControl } from '../access/access-control.js';
import type { AccessChanges } from '../access/access-changes.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import { demand, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { DocumentStore } from '../storage/document-store.js';
import { createDocumentItem } from './document-items.js';
import type { ItemRecord, SpaceRecord, SpaceRepository } from './space-repository.js';

export interface SpaceRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  accessChanges: AccessChanges;
  spaces: SpaceRepository;
  store: DocumentStore;
  db: SqliteDatabase;
  /** Runs in the transaction that inserts a new item (a post gets its own row). */
  alongsideNewItem?: (item: ItemRecord, creator: Member) => void;
  /** A post's review status for item lists (null for other items). */
  postStatusOf?: (itemId: string) => PostStatus | null;
  /** The first content of a new board (the layout and the wall's columns). */
  boardContent?: (layout: BoardLayout, columns: readonly string[]) => Uint8Array;
  /** When a board's thumbnail was last drawn (null: not yet), to version its URL. */
  thumbnailVersionOf?: (itemId: string) => number | null;
  /** Tells the space's open pages that an item was renamed or given another language. */
  onItemChanged?: (item: ItemRecord) => void;
  /** Records who locked or unlocked an item (the moderation audit log). */
  onLockChanged?: (change: { item: ItemRecord; space: SpaceRecord; actorId: string; locked: boolean }) => void;
}

/** `/api/spaces` and the items inside them: list, create, rename, reorder, archive, delete, restore. */
export function spaceRoutes(deps: SpaceRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  /** The space and the caller's membership, or 404 when the caller may not even read it. */
  const readable = (userId: string, spaceId: string): { space: SpaceRecord; member: Member } => {
    const space = deps.spaces.findSpace(spaceId);
    const member = space ? deps.access.memberIn(userId, space.partnershipId) : null;
    // A space the user may not read is "not found": its existence is not theirs to know.
    if (!space || !member || !can(member, 'read', spaceResource(space))) throw notFound('Space');
    return { space, member };
  };

  const readableItem = (userId: string, itemId: string, includeDeleted = false) => {
    const item = deps.spaces.findItem(itemId);
    if (!item || (item.deleted && !includeDeleted)) throw notFound('Item');
    return { item, ...readable(userId, item.spaceId) };
  };

  router.get('/spaces', signedIn, (_request, response) => {
    const { user } = currentAuth(response);
    const visible: SpaceSummary[] = [];
    for (const member of deps.access.membersOf(user.id)) {
      for (const space of deps.spaces.spacesOf(member.partnershipId)) {
        if (can(member, 'read', spaceResource(space))) visible.push(summarizeSpace(deps, member, space));
      }
    }
    response.json(visible);
  });

  router.get('/spaces/:spaceId', signedIn, (request: Request<{ spaceId: string }>, response) => {
    const { space, member } = readable(currentAuth(response).user.id, request.params.spaceId);
    response.json(summarizeSpace(deps, member, space));
  });

  router.post('/spaces/:spaceId/items', signedIn, async (request: Request<{ spaceId: string }>, response) => {
    const { user } = currentAuth(response);
    const { space, member } = readable(user.id, request.params.spaceId);
    demand(can(member, 'edit', spaceResource(space)));
    const body = validateBody(createItemBodySchema, request.body);
    const item = await createDocumentItem(deps, space.id, body.title, user.id, {
      type: body.type,
      ...(body.type === 'board' && deps.boardContent ? { content: deps.boardContent(body.layout ?? 'canvas', body.columns ?? []) } : {}),
      alongside: (created) => deps.alongsideNewItem?.(created, member),
    });
    // Read back: a post's language comes from the post row made alongside it.
    response.status(201).json(summarizeItem(deps, deps.spaces.findItem(item.id) ?? item, true));
  });

  router.post('/spaces/:spaceId/items/order', signedIn, (request: Request<{ spaceId: string }>, response) => {
    const { space, member } = readable(currentAuth(response).user.id, request.params.spaceId);
    demand(can(member, 'edit', spaceResource(space)));
    const { itemIds } = validateBody(reorderItemsBodySchema, request.body);
    const known = new Set(deps.spaces.itemsOf(space.id).map((item) => item.id));
    const stranger = itemIds.find((id) => !known.has(id));
    if (stranger) {
      throw new HttpError(400, 'invalid_request', `itemIds: ${stranger} is not in this space`, {
        field: 'itemIds',
        problem: { kind: 'not_in_partnership' },
      });
    }
    deps.spaces.reorderItems(space.id, itemIds);
    response.json(summarizeSpace(deps, member, space));
  });

  router.get('/spaces/:spaceId/bin', signedIn, (request: Request<{ spaceId: string }>, response) => {
    const { space, member } = readable(currentAuth(response).user.id, request.params.spaceId);
    demand(can(member, 'manage', spaceResource(space)));
    response.json(deps.spaces.deletedItemsOf(space.id).map((item) => summarizeItem(deps, item, false)));
  });

  router.get('/items/:itemId', signedIn, (request: Request<{ itemId: string }>, response) => {
    const { item, space, member } = readableItem(currentAuth(response).user.id, request.params.itemId);
    const resource = itemResource(item, space);
    const detail: ItemDetail = {
      ...summarizeItem(deps, item, can(member, 'edit', resource)),
      space: { id: space.id, title: space.title, kind: space.kind },
      canModerate: can(member, 'moderate', resource),
    };
    response.json(detail);
  });

  router.patch('/items/:itemId', signedIn, (request: Request<{ itemId: string }>, response) => {
    const { item, space, member } = readableItem(currentAuth(response).user.id, request.params.itemId);
    const body = validateBody(updateItemBodySchema, request.body);
    // Archiving is a change to the space's contents; renaming a change to the item (not while archived).
    if (body.archived !== undefined) demand(can(member, 'edit', spaceResource(space)));
    if (body.title !== undefined) {
      demand(can(member, 'edit', itemResource({ ...item, archived: body.archived ?? item.archived }, space)));
      deps.spaces.renameItem(item.id, body.title);
    }
    // Locking is the teachers' (moderation); it goes into the audit log with the change.
    if (body.locked !== undefined) demand(can(member, 'moderate', itemResource(item, space)));
    if (body.archived !== undefined && body.archived !== item.archived) {
      deps.spaces.setItemArchived(item.id, body.archived);
    }
    if (body.locked !== undefined && body.locked !== item.locked) {
      const locked = body.locked;
      deps.db.transaction(() => {
        deps.spaces.setItemLocked(item.id, locked ? member.userId : null);
        deps.onLockChanged?.({ item, space, actorId: member.userId, locked });
      })();
    }
    // Whoever has it open gets their rights asked anew: read-only within a moment, or writing again.
    if ((body.archived ?? item.archived) !== item.archived || (body.locked ?? item.locked) !== item.locked) {
      deps.accessChanges.notify(space.partnershipId);
    }
    if (body.title !== undefined && body.title !== item.title) deps.onItemChanged?.(item);
    const updated = deps.spaces.findItem(item.id)!;
    response.json(summarizeItem(deps, updated, can(member, 'edit', itemResource(updated, space))));
  });

  // A document's or board's language (a post keeps its own in its details): whoever may change the item.
  router.put('/items/:itemId/language', signedIn, (request: Request<{ itemId: string }>, response) => {
    const { item, space, member } = readableItem(currentAuth(response).user.id, request.params.itemId);
    demand(can(member, 'edit', itemResource(item, space)));
    const { language } = validateBody(itemLanguageBodySchema, request.body);
    if (item.type === 'post') {
      throw new HttpError(400, 'invalid_request', 'A post’s language is set in its details.', { field: 'language' });
    }
    deps.spaces.setItemLanguage(item.id, language);
    if (language !== (item.language ?? '')) deps.onItemChanged?.(item);
    response.json(summarizeItem(deps, { ...item, language }, true));
  });

  router.delete('/items/:itemId', signedIn, (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const { item, space, member } = readableItem(user.id, request.params.itemId);
    demand(can(member, 'edit', spaceResource(space)));
    deps.spaces.deleteItem(item.id, user.id);
    // Anyone with it open loses it now; a teacher can restore it from the space's bin.
    deps.accessChanges.notify(space.partnershipId);
    response.status(204).end();
  });

  router.post('/items/:itemId/restore', signedIn, (request: Request<{ itemId: string }>, response) => {
    const { item, space, member } = readableItem(currentAuth(response).user.id, request.params.itemId, true);
    demand(can(member, 'manage', spaceResource(space)));
    if (!item.deleted) throw new HttpError(409, 'conflict', 'The item is not deleted.');
    deps.spaces.restoreItem(item.id);
    // Open pages of the space show it again (and the rights that come back with it).
    deps.accessChanges.notify(space.partnershipId);
    const restored = deps.spaces.findItem(item.id)!;
    response.json(summarizeItem(deps, restored, can(member, 'edit', itemResource(restored, space))));
  });

  return router;
}

/** A space as the member sees it, with what they may do and whether it is theirs. */
type SummaryDeps = Pick<SpaceRoutesDeps, 'postStatusOf' | 'thumbnailVersionOf'>;

export function summarizeSpace(deps: SummaryDeps & Pick<SpaceRoutesDeps, 'spaces'>, member: Member | null, space: SpaceRecord): SpaceSummary {
  const resource = spaceResource(space);
  return {
    id: space.id,
    title: space.title,
    partnershipId: space.partnershipId,
    kind: space.kind,
    teamId: space.teamId,
    mobilityId: space.mobilityId,
    canEdit: can(member, 'edit', resource),
    canManage: can(member, 'manage', resource),
    mine: isMine(member, space),
    items: deps.spaces.itemsOf(space.id).map((item) => summarizeItem(deps, item, can(member, 'edit', itemResource(item, space)))),
  };
}

function isMine(member: Member | null, space: SpaceRecord): boolean {
  if (!member) return false;
  if (isStaffRole(member.role) || space.kind === 'partnership') return true;
  if (space.kind === 'team') return space.teamId !== null && member.teamIds.includes(space.teamId);
  return space.mobilityId !== null && member.mobilityIds.includes(space.mobilityId);
}

function summarizeItem(deps: SummaryDeps, item: ItemRecord, canEditItem: boolean): ItemSummary {
  const summary: ItemSummary = {
    id: item.id,
    type: item.type,
    title: item.title,
    docId: item.docId,
    canEdit: canEditItem,
    archived: item.archived,
    locked: item.locked,
    language: item.language ?? '',
  };
  if (item.type === 'board') summary.thumbnailUrl = `/api/items/${item.id}/thumbnail.webp?v=${deps.thumbnailVersionOf?.(item.id) ?? 0}`;
  const postStatus = item.type === 'post' ? deps.postStatusOf?.(item.id) : null;
  return postStatus ? { ...summary, postStatus } : summary;
}
