import { can, reactionSchema, type Reaction } from '@kopa/protocol';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { PostEvents } from '../blog/post-events.js';
import type { PostRepository } from '../blog/post-repository.js';
import { demand } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { ReactionRepository } from './reaction-repository.js';
import { readablePost, requirePublished } from '../blog/readable-post.js';

export interface ReactionRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  posts: PostRepository;
  reactions: ReactionRepository;
  postEvents: PostEvents;
}

/** The emoji arrives URL-encoded in the path (Express decodes it); named so a 400 says which part is wrong. */
const reactionParamsSchema = z.object({ emoji: reactionSchema });

/**
 * Reactions on published posts: `PUT` gives one, `DELETE` takes it back (both may be
 * repeated). Same rule as comments: can(comment), so guests only look. Every reader of
 * the post hears the new counts.
 */
export function reactionRoutes(deps: ReactionRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  const react = (change: (itemId: string, userId: string, emoji: Reaction) => void) =>
    (request: Request<{ itemId: string; emoji: string }>, response: Response) => {
      const { user } = currentAuth(response);
      const target = readablePost(deps, user.id, request.params.itemId);
      demand(can(target.member, 'comment', target.resource));
      const { emoji } = validateBody(reactionParamsSchema, { emoji: request.params.emoji });
      requirePublished(target.post);
      change(target.item.id, user.id, emoji);
      const counts = deps.reactions.countsFor(target.item.id, user.id);
      deps.postEvents.reactions(target.item.id, counts);
      response.json(counts);
    };

  router.put('/posts/:itemId/reactions/:emoji', signedIn, react((itemId, userId, emoji) => deps.reactions.add(itemId, userId, emoji)));
  router.delete('/posts/:itemId/reactions/:emoji', signedIn, react((itemId, userId, emoji) => deps.reactions.remove(itemId, userId, emoji)));

  return router;
}
