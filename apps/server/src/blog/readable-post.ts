import { can, type Member } from '@kopa/protocol';
import { itemResource, type AccessControl } from '../access/access-control.js';
import type { PostRecord, PostRepository } from './post-repository.js';
import { HttpError, notFound } from '../http/http-error.js';
import type { ItemRecord, SpaceRecord, SpaceRepository } from '../spaces/space-repository.js';

export interface ReadablePostDeps {
  access: AccessControl;
  spaces: SpaceRepository;
  posts: PostRepository;
}

/** A post the caller may read, with what can() needs to decide the rest. */
export interface ReadablePost {
  item: ItemRecord;
  space: SpaceRecord;
  post: PostRecord;
  member: Member;
  resource: ReturnType<typeof itemResource>;
}

/**
 * The post `itemId` as `userId` sees it, or null for anything else (no such item, not a
 * post, deleted, in a partnership the caller is not in, not theirs to read).
 */
export function findReadablePost(deps: ReadablePostDeps, userId: string, itemId: string): ReadablePost | null {
  const item = deps.spaces.findItem(itemId);
  const space = item && !item.deleted && item.type === 'post' ? deps.spaces.findSpace(item.spaceId) : null;
  const post = space ? deps.posts.find(itemId) : null;
  const member = space ? deps.access.memberIn(userId, space.partnershipId) : null;
  if (!item || !space || !post || !member) return null;
  const resource = itemResource(item, space);
  if (!deps.access.can(userId, 'read', resource)) return null;
  return { item, space, post, member, resource };
}

/** The same for REST routes: anything but a readable post is "not found". */
export function readablePost(deps: ReadablePostDeps, userId: string, itemId: string): ReadablePost {
  const found = findReadablePost(deps, userId, itemId);
  if (!found) throw notFound('Post');
  return found;
}

/** Comments and reactions belong to what the partnership reads: the published version. */
export function requirePublished(post: PostRecord): void {
  if (post.publishedVersionId === null) {
    throw new HttpError(409, 'wrong_status', 'This post is not published: comments and reactions open once it is.');
  }
}

/** Teachers see hidden comments, flagged, also once the partnership is archived and nothing changes any more. */
export function seesHiddenComments({ member, resource }: Pick<ReadablePost, 'member' | 'resource'>): boolean {
  return can(member, 'moderate', { ...resource, archived: false });
}
