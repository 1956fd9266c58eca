import { postRoom, type PostComment, type ReactionCount } from '@kopa/protocol';
import type { KopaIo } from '../control/control-types.js';

/**
 * The watchers of a post who may moderate it (joined beside postRoom(itemId) on
 * 'post:watch'): they see hidden comments, flagged, and may delete any comment.
 */
export const postModeratorsRoom = (itemId: string): string => `post-moderators:${itemId}`;

/**
 * Tells everyone reading a post (the Socket.IO room postRoom(itemId), joined with
 * 'post:watch') what changed, after the change is stored.
 */
export class PostEvents {
  constructor(private readonly io: KopaIo) {}

  /**
   * A comment was added, hidden or shown again. A hidden comment reaches only the
   * moderators; for everyone else it is gone. `canDelete` in the broadcast is the
   * moderators' (true) or the other readers' (false): a reader's own comments are
   * theirs to delete, which their client knows.
   */
  comment(itemId: string, comment: PostComment): void {
    const readers = this.io.to(postRoom(itemId)).except(postModeratorsRoom(itemId));
    if (comment.hidden) readers.emit('post:comment', { itemId, deleted: comment.id });
    else readers.emit('post:comment', { itemId, comment: { ...comment, canDelete: false } });
    this.io.to(postModeratorsRoom(itemId)).emit('post:comment', { itemId, comment: { ...comment, canDelete: true } });
  }

  commentDeleted(itemId: string, commentId: string): void {
    this.io.to(postRoom(itemId)).emit('post:comment', { itemId, deleted: commentId });
  }

  /** Counts only: each reader keeps track of their own reactions. */
  reactions(itemId: string, reactions: ReactionCount[]): void {
    this.io.to(postRoom(itemId)).emit('post:reactions', { itemId, reactions: reactions.map((reaction) => ({ ...reaction, mine: false })) });
  }

  changed(itemId: string): void {
    this.io.to(postRoom(itemId)).emit('post:changed', { itemId });
  }
}
