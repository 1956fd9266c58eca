import { can, type Action, type Member, type Resource } from '@kopa/protocol';
import type { MembershipRepository } from '../directory/membership-repository.js';
import type { ItemRecord, SpaceRecord, SpaceRepository } from '../spaces/space-repository.js';

export interface DocAccess {
  item: ItemRecord;
  space: SpaceRecord;
  canRead: boolean;
  canEdit: boolean;
}

/**
 * Loads members and resources from the database and asks the one rule, `can()`.
 * REST routes, Socket.IO handlers and the Yjs upgrade all come through here.
 */
export class AccessControl {
  constructor(
    private readonly memberships: MembershipRepository,
    private readonly spaces: SpaceRepository,
    /**
     * Documents that belong to an item without being its own (a post's versions in other
     * languages): the item whose rights they share, or null.
     */
    private readonly itemOfOtherDoc: (docId: string) => string | null = () => null,
  ) {}

  membersOf(userId: string): Member[] {
    return this.memberships.membersOf(userId);
  }

  memberIn(userId: string, partnershipId: string): Member | null {
    return this.memberships.memberIn(userId, partnershipId);
  }

  /** Asks can() for a user on a resource of some partnership. */
  can(userId: string, action: Action, resource: Resource): boolean {
    return can(this.memberIn(userId, resource.partnershipId), action, resource);
  }

  canOnSpace(userId: string, action: Action, space: SpaceRecord): boolean {
    return this.can(userId, action, spaceResource(space));
  }

  /**
   * What the user may do with a document; null when no such document exists (or its item was
   * deleted). A post's version shares the post's rights exactly (locks, live pauses, archiving).
   */
  docAccess(userId: string, docId: string): DocAccess | null {
    const item = this.spaces.findItemByDocId(docId) ?? this.ownerOf(docId);
    const space = item ? this.spaces.findSpace(item.spaceId) : null;
    if (!item || !space) return null;
    const member = this.memberIn(userId, space.partnershipId);
    const resource = itemResource(item, space);
    return { item, space, canRead: can(member, 'read', resource), canEdit: can(member, 'edit', resource) };
  }

  private ownerOf(docId: string): ItemRecord | null {
    const itemId = this.itemOfOtherDoc(docId);
    const item = itemId ? this.spaces.findItem(itemId) : null;
    return item && !item.deleted ? item : null;
  }
}

type SpaceResource = Extract<Resource, { type: 'space' }>;
type ItemResource = Extract<Resource, { type: 'item' }>;

export function spaceResource(space: SpaceRecord): SpaceResource {
  return {
    type: 'space',
    spaceId: space.id,
    partnershipId: space.partnershipId,
    spaceKind: space.kind,
    teamId: space.teamId,
    mobilityId: space.mobilityId,
    archived: space.archived,
    liveLocks: space.liveLocks ?? [],
  };
}

/** An archived item is read-only like an archived space; a locked one for pupils. */
export function itemResource(item: ItemRecord, space: SpaceRecord): ItemResource {
  const { type: _space, ...inSpace } = spaceResource(space);
  return {
    ...inSpace,
    type: 'item',
    itemId: item.id,
    archived: space.archived || item.archived,
    locked: item.locked,
    liveLocks: [...(space.liveLocks ?? []), ...(item.liveLocks ?? [])],
  };
}

export function partnershipResource(partnershipId: string, archived: boolean): Resource {
  return { type: 'partnership', partnershipId, archived };
}
