import type { PostComment } from '@kopa/protocol';

/** What a 'post:comment' event carries (the post's id is checked before). */
export type CommentEvent = { comment: PostComment } | { deleted: string };

/** Who is looking: the broadcast is the same for everyone, what each may see and do is not. */
export interface CommentViewer {
  userId: string;
  canModerate: boolean;
}

/**
 * The comment list after a live event. Hidden comments stay only for teachers; a comment
 * never seen before may be deleted by its author and by teachers (the server checks again).
 */
export function applyCommentEvent(comments: readonly PostComment[], event: CommentEvent, viewer: CommentViewer): PostComment[] {
  if ('deleted' in event) return comments.filter((comment) => comment.id !== event.deleted);
  const incoming = event.comment;
  if (incoming.hidden && !viewer.canModerate) return comments.filter((comment) => comment.id !== incoming.id);
  const known = comments.find((comment) => comment.id === incoming.id);
  const canDelete = known ? known.canDelete : viewer.canModerate || incoming.author.userId === viewer.userId;
  const next = { ...incoming, canDelete };
  if (known) return comments.map((comment) => (comment.id === incoming.id ? next : comment));
  return [...comments, next].sort((a, b) => a.createdAt - b.createdAt);
}
