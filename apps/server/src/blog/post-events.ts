import { postRoom, type PostComment, type ReactionCount } from '@kopa/protocol';
import type { KopaIo } from '../control/control-types.js';

/**
 * Tells everyone reading a post (the Socket.IO room postRoom(itemId), joined with
 * 'post:watch') what changed, after the change is stored.
 */
export class PostEvents {
  constructor(private readonly io: KopaIo) {}

  comment(itemId: string, comment: PostComment): void {
    this.io.to(postRoom(itemId)).emit('post:comment', { itemId, comment });
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
