import { postRefSchema, postRoom } from '@kopa/protocol';
import type { AccessControl } from '../access/access-control.js';
import { postModeratorsRoom } from '../blog/post-events.js';
import type { PostRepository } from '../blog/post-repository.js';
import { findReadablePost, seesHiddenComments } from '../blog/readable-post.js';
import type { Logger } from '../logger.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { KopaSocket } from './control-types.js';

export interface PostWatchDeps {
  access: AccessControl;
  spaces: SpaceRepository;
  posts: PostRepository;
  logger: Logger;
}

/** Whether `userId` may follow the post live, and whether as one of its moderators; null: not for them. */
function watchAs(deps: PostWatchDeps, userId: string, itemId: string): { partnershipId: string; moderator: boolean } | null {
  // The same post the REST routes let this user read, and the same moderators (who see hidden comments).
  const found = findReadablePost(deps, userId, itemId);
  return found ? { partnershipId: found.space.partnershipId, moderator: seesHiddenComments(found) } : null;
}

/**
 * 'post:watch' / 'post:unwatch': follow a post's comments, reactions and status live.
 * The socket joins postRoom(itemId) only when the user may read the post (else the ack
 * says not_found, like the REST API), and the moderators' room beside it when a teacher.
 */
export function handlePostWatch(socket: KopaSocket, deps: PostWatchDeps): void {
  const { user } = socket.data.auth;

  socket.on('post:watch', async (payload, ack) => {
    if (typeof ack !== 'function') return;
    try {
      const parsed = postRefSchema.safeParse(payload);
      if (!parsed.success) return ack({ ok: false, error: 'itemId is required', code: 'invalid_request' });
      const { itemId } = parsed.data;
      const watch = watchAs(deps, user.id, itemId);
      if (!watch) return ack({ ok: false, error: 'Post not found', code: 'not_found' });
      await socket.join(postRoom(itemId));
      if (watch.moderator) await socket.join(postModeratorsRoom(itemId));
      ack({ ok: true });
    } catch (error) {
      deps.logger.error({ err: error }, 'post:watch failed');
      ack({ ok: false, error: 'Something went wrong on the server.', code: 'internal' });
    }
  });

  socket.on('post:unwatch', async (payload) => {
    const parsed = postRefSchema.safeParse(payload);
    if (!parsed.success) return;
    await unwatch(socket, parsed.data.itemId);
  });
}

async function unwatch(socket: KopaSocket, itemId: string): Promise<void> {
  await socket.leave(postRoom(itemId));
  await socket.leave(postModeratorsRoom(itemId));
}

export function watchedPosts(socket: KopaSocket): string[] {
  const prefix = postRoom('');
  return [...socket.rooms].filter((room) => room.startsWith(prefix)).map((room) => room.slice(prefix.length));
}

/**
 * After access changed in a partnership: a socket stops following the posts its user may no
 * longer read (or that were deleted), and enters or leaves their moderators' rooms as the role says.
 */
export async function recheckPostWatches(socket: KopaSocket, partnershipId: string, deps: PostWatchDeps): Promise<void> {
  const { user } = socket.data.auth;
  for (const itemId of watchedPosts(socket)) {
    const item = deps.spaces.findItem(itemId);
    const space = item ? deps.spaces.findSpace(item.spaceId) : null;
    if (space && space.partnershipId !== partnershipId) continue;
    const watch = watchAs(deps, user.id, itemId);
    if (!watch) await unwatch(socket, itemId);
    else if (watch.moderator) await socket.join(postModeratorsRoom(itemId));
    else await socket.leave(postModeratorsRoom(itemId));
  }
}
