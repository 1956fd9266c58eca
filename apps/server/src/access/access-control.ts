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
  ) {}

  membersOf(userId: string): Member[] {
    return this.memberships.membersOf(userId);
  }

  memberIn(userId: string, partnershipId: string): Member | null {
    return this.memberships.memberIn(userId, partnershipId);
  }

  canOnSpace(userId: string, action: Action, space: SpaceRecord): boolean {
    return can(this.memberIn(userId, space.partnershipId), action, spaceResource(space));
  }

  /** What the user may do with a document; null when no such document exists. */
  docAccess(userId: string, docId: string): DocAccess | null {
    const item = this.spaces.findItemByDocId(docId);
    const space = item ? this.spaces.findSpace(item.spaceId) : null;
    if (!item || !space) return null;
    const member = this.memberIn(userId, space.partnershipId);
    const resource = itemResource(item, space);
    return { item, space, canRead: can(member, 'read', resource), canEdit: can(member, 'edit', resource) };
  }
}

type SpaceResource = Extract<Resource, { type: 'space' }>;

export function spaceResource(space: SpaceRecord): SpaceResource {
  return {
    type: 'space',
    spaceId: space.id,
    partnershipId: space.partnershipId,
    spaceKind: space.kind,
    teamId: space.teamId,
    archived: space.archived,
  };
}

export function itemResource(item: ItemRecord, space: SpaceRecord): Resource {
  const { type: _space, ...inSpace } = spaceResource(space);
  return { ...inSpace, type: 'item', itemId: item.id };
}
