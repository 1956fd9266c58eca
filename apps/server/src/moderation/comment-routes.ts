import { can, commentBodySchema, hideCommentBodySchema } from '@kopa/protocol';
import { Router, type Request } from 'express';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { PostEvents } from '../blog/post-events.js';
import type { PostRepository } from '../blog/post-repository.js';
import { demand, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { CommentLimiter } from './comment-limiter.js';
import type { CommentModeration } from './comment-moderation.js';
import type { CommentRepository } from './comment-repository.js';
import { readablePost, requirePublished, seesHiddenComments, type ReadablePost } from '../blog/readable-post.js';

export interface CommentRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  posts: PostRepository;
  comments: CommentRepository;
  moderation: CommentModeration;
  limiter: CommentLimiter;
  postEvents: PostEvents;
}

/**
 * Comments on published posts: `/api/posts/:itemId/comments` and `/api/comments/:id`.
 * Writing is can(comment) (every member but guests), hiding can(moderate) (any teacher
 * of the partnership), deleting either moderate or being the author. Bodies are plain
 * text, stored trimmed as written; readers render them as text.
 */
export function commentRoutes(deps: CommentRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  const mayDelete = ({ member, resource }: ReadablePost, authorId: string | null) =>
    can(member, 'moderate', resource) || (authorId === member.userId && can(member, 'comment', resource));

  /** The comment and its post; a hidden comment is "not found" for those who may not see it. */
  const visibleComment = (userId: string, commentId: string) => {
    const comment = deps.comments.find(commentId);
    const target = comment ? readablePost(deps, userId, comment.itemId) : null;
    if (!comment || !target || (comment.hidden && !seesHiddenComments(target))) throw notFound('Comment');
    return { comment, target };
  };

  router.get('/posts/:itemId/comments', signedIn, (request: Request<{ itemId: string }>, response) => {
    const target = readablePost(deps, currentAuth(response).user.id, request.params.itemId);
    const comments = deps.comments.commentsOf(target.item.id, seesHiddenComments(target));
    response.json(comments.map((comment) => deps.moderation.describe(comment, mayDelete(target, comment.authorId))));
  });

  router.post('/posts/:itemId/comments', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readablePost(deps, user.id, request.params.itemId);
    demand(can(target.member, 'comment', target.resource));
    const { body } = validateBody(commentBodySchema, request.body);
    requirePublished(target.post);
    await deps.limiter.take(user.id);
    const comment = deps.comments.insert({ itemId: target.item.id, authorId: user.id, body });
    deps.postEvents.comment(target.item.id, deps.moderation.describe(comment, false));
    response.status(201).json(deps.moderation.describe(comment, true));
  });

  router.patch('/comments/:commentId', signedIn, (request: Request<{ commentId: string }>, response) => {
    const { user } = currentAuth(response);
    const { comment, target } = visibleComment(user.id, request.params.commentId);
    demand(can(target.member, 'moderate', target.resource));
    const { hidden } = validateBody(hideCommentBodySchema, request.body);
    const changed = deps.moderation.setHidden({ comment, partnershipId: target.space.partnershipId, actorId: user.id }, hidden);
    response.json(deps.moderation.describe(changed, true));
  });

  router.delete('/comments/:commentId', signedIn, (request: Request<{ commentId: string }>, response) => {
    const { user } = currentAuth(response);
    const { comment, target } = visibleComment(user.id, request.params.commentId);
    demand(mayDelete(target, comment.authorId));
    deps.moderation.delete({ comment, partnershipId: target.space.partnershipId, actorId: user.id });
    response.status(204).end();
  });

  return router;
}
