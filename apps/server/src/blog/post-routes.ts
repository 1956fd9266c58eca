import {
  blogQuerySchema,
  can,
  postQueueQuerySchema,
  reviewPostBodySchema,
  submitPostBodySchema,
  unpublishPostBodySchema,
  updatePostBodySchema,
  type Member,
  type PostAwaitingReview,
  type PostDetail,
  type ReviewEntry,
} from '@kopa/protocol';
import { Router, type Request } from 'express';
import * as Y from 'yjs';
import { itemResource, type AccessControl } from '../access/access-control.js';
import { memberOfPartnership, runsPartnership } from '../access/partnership-member.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { DocumentRegistry } from '../collab/document-registry.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import type { DocumentAuthors } from '../history/document-authors.js';
import { withLiveDocument } from '../history/live-document.js';
import { demand, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { MobilityRepository } from '../mobilities/mobility-repository.js';
import { FORMER_MEMBER } from '../moderation/former-member.js';
import { readablePost, type ReadablePost } from './readable-post.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { BlogSearch } from './blog-search.js';
import type { PostEvents } from './post-events.js';
import { changedMeta, describeMeta, type UploadLookup } from './post-meta.js';
import type { PostRepository } from './post-repository.js';
import type { PostWorkflow } from './post-workflow.js';
import type { PublishedPosts } from './published-post.js';

export interface PostRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  partnerships: PartnershipRepository;
  mobilities: MobilityRepository;
  posts: PostRepository;
  workflow: PostWorkflow;
  published: PublishedPosts;
  search: BlogSearch;
  registry: DocumentRegistry;
  authors: Pick<DocumentAuthors, 'authorsOf'>;
  credits: CreditDirectory;
  uploads: UploadLookup;
  postEvents: PostEvents;
  /** Whether the post has a version in this language (translations/): its own language may not become one. */
  languageTaken?: (itemId: string, language: string) => boolean;
}

/** The length of blog excerpts' source text (cut again at a word boundary). */
const EXCERPT_SOURCE_LENGTH = 400;

/**
 * Blog posts: `/api/posts/:itemId` (metadata, review workflow, the published version)
 * and the partnership's blog `/api/partnerships/:pid/blog`.
 * Submit = edit, review = moderate, publish/unpublish = publish, read = every member
 * (all asked through can() on the post's item: archived means no writes).
 */
export function postRoutes(deps: PostRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  /** The post and the caller's membership, or 404 when it is not a post the caller may read. */
  const readable = (userId: string, itemId: string): ReadablePost => readablePost(deps, userId, itemId);

  /** Read again after a change: the post row is the one just written. */
  const detail = async ({ item, space, member, resource }: ReadablePost): Promise<PostDetail> => {
    const post = deps.posts.find(item.id)!;
    const canEdit = can(member, 'edit', resource);
    // Credits of the draft as it is now: whose text is in the live document.
    const credits = await withLiveDocument(deps.registry, item.docId, (doc) =>
      deps.authors.authorsOf(item.docId, Y.encodeStateAsUpdate(doc.ydoc)),
    );
    return {
      id: item.id,
      title: item.title,
      docId: item.docId,
      space: { id: space.id, title: space.title, kind: space.kind, partnershipId: space.partnershipId },
      meta: describeMeta(deps.uploads, space.partnershipId, post),
      status: post.status,
      publishedAt: post.publishedAt,
      reviews: deps.posts.reviewsOf(item.id).map(
        (review): ReviewEntry => ({
          id: review.id,
          action: review.action,
          message: review.message,
          author: deps.credits.credit(review.authorId) ?? FORMER_MEMBER,
          createdAt: review.createdAt,
        }),
      ),
      credits,
      archived: resource.archived,
      canEdit,
      canSubmit: canEdit,
      canReview: can(member, 'moderate', resource),
      canPublish: can(member, 'publish', resource),
    };
  };

  router.get('/posts/:itemId', signedIn, async (request: Request<{ itemId: string }>, response) => {
    response.json(await detail(readable(currentAuth(response).user.id, request.params.itemId)));
  });

  router.patch('/posts/:itemId', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const target = readable(currentAuth(response).user.id, request.params.itemId);
    demand(can(target.member, 'edit', target.resource));
    const body = validateBody(updatePostBodySchema, request.body);
    if (body.language !== undefined && body.language !== target.post.language && deps.languageTaken?.(target.item.id, body.language)) {
      throw new HttpError(400, 'invalid_request', 'The post has a version in this language already: delete it first, or choose another language.', {
        field: 'language',
        problem: { kind: 'language_taken' },
      });
    }
    const partnership = deps.partnerships.find(target.space.partnershipId);
    if (!partnership) throw notFound('Post');
    deps.posts.updateMeta(target.item.id, changedMeta(deps, partnership, target.post, body));
    deps.postEvents.changed(target.item.id);
    response.json(await detail(target));
  });

  router.post('/posts/:itemId/submit', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readable(user.id, request.params.itemId);
    demand(can(target.member, 'edit', target.resource));
    const { message } = validateBody(submitPostBodySchema, request.body);
    await deps.workflow.submit({ itemId: target.item.id, actorId: user.id, message });
    response.json(await detail(target));
  });

  router.post('/posts/:itemId/review', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readable(user.id, request.params.itemId);
    demand(can(target.member, 'moderate', target.resource));
    const { action, message } = validateBody(reviewPostBodySchema, request.body);
    deps.workflow.review({ itemId: target.item.id, actorId: user.id, message }, action);
    response.json(await detail(target));
  });

  router.post('/posts/:itemId/publish', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readable(user.id, request.params.itemId);
    demand(can(target.member, 'publish', target.resource));
    // An optional note for the team, like a submit message.
    const { message } = validateBody(submitPostBodySchema, request.body);
    await deps.workflow.publish({ itemId: target.item.id, actorId: user.id, message });
    response.json(await detail(target));
  });

  router.post('/posts/:itemId/unpublish', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readable(user.id, request.params.itemId);
    demand(can(target.member, 'publish', target.resource));
    const { reason } = validateBody(unpublishPostBodySchema, request.body);
    deps.workflow.unpublish({ itemId: target.item.id, actorId: user.id, message: reason });
    response.json(await detail(target));
  });

  router.get('/posts/:itemId/published', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const { item, space, member, post, resource } = readable(user.id, request.params.itemId);
    const published = await deps.published.view({
      item,
      partnershipId: space.partnershipId,
      post,
      viewerId: user.id,
      canComment: can(member, 'comment', resource),
      canModerate: can(member, 'moderate', resource),
    });
    if (!published) throw notFound('Published post');
    response.json(published);
  });

  /** A listed post's item and space, when this member may read it (rows come from partnership-wide queries). */
  const readableRow = (member: Member, itemId: string) => {
    const item = deps.spaces.findItem(itemId);
    const space = item ? deps.spaces.findSpace(item.spaceId) : null;
    return item && space && can(member, 'read', itemResource(item, space)) ? { item, space } : null;
  };

  router.get('/partnerships/:pid/blog', signedIn, (request: Request<{ pid: string }>, response) => {
    const { member } = memberOfPartnership(deps, currentAuth(response).user.id, request.params.pid);
    const filters = validateBody(blogQuerySchema, request.query);
    const rows = deps.search.list(member.partnershipId, filters).filter((row) => readableRow(member, row.itemId) !== null);
    const beginnings = deps.search.beginnings(
      rows.map((row) => row.itemId),
      EXCERPT_SOURCE_LENGTH,
    );
    response.json(deps.published.entries(member.partnershipId, rows, beginnings));
  });

  // The teachers' review queue: pupils may not list it (403), strangers do not see the partnership (404).
  router.get('/partnerships/:pid/posts', signedIn, (request: Request<{ pid: string }>, response) => {
    const { member } = memberOfPartnership(deps, currentAuth(response).user.id, request.params.pid);
    demand(runsPartnership(member, member.partnershipId));
    validateBody(postQueueQuerySchema, request.query);
    const queue: PostAwaitingReview[] = [];
    for (const row of deps.posts.awaitingReview(member.partnershipId)) {
      const readable = readableRow(member, row.itemId);
      if (!readable) continue;
      const { item, space } = readable;
      queue.push({
        id: item.id,
        title: item.title,
        status: row.status,
        space: { id: space.id, title: space.title },
        submittedBy: row.submittedAt === null ? null : (deps.credits.credit(row.submittedBy) ?? FORMER_MEMBER),
        submittedAt: row.submittedAt,
      });
    }
    response.json(queue);
  });

  return router;
}
