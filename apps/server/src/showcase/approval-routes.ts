import { can, canShowcase, type ItemPublicState, type Member, type PublicHiddenReason } from '@kopa/protocol';
import { Router, type Request } from 'express';
import { itemResource, type AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { PostRepository } from '../blog/post-repository.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import { demand, notFound } from '../http/http-error.js';
import type { ItemRecord, SpaceRecord, SpaceRepository } from '../spaces/space-repository.js';
import type { PublicApprovals } from './public-approvals.js';
import type { PublicShowcase } from './public-showcase.js';
import { showcaseItemPath } from './showcase-paths.js';
import type { ShowcaseRepository } from './showcase-repository.js';

export interface ApprovalRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  posts: Pick<PostRepository, 'find'>;
  credits: CreditDirectory;
  repository: ShowcaseRepository;
  approvals: PublicApprovals;
  showcase: PublicShowcase;
}

interface ReadableItem {
  item: ItemRecord;
  space: SpaceRecord;
  member: Member;
  resource: ReturnType<typeof itemResource>;
}

/**
 * `/api/items/:itemId/public`: where a document, post or board stands with the public (every
 * member who reads it), approving it (PUT) and withdrawing it (DELETE): canShowcase approve /
 * withdraw, i.e. teachers and the coordinator; withdrawing also in an archived partnership.
 */
export function approvalRoutes(deps: ApprovalRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  const readable = (userId: string, itemId: string): ReadableItem => {
    const item = deps.spaces.findItem(itemId);
    const space = item && !item.deleted ? deps.spaces.findSpace(item.spaceId) : null;
    const member = space ? deps.access.memberIn(userId, space.partnershipId) : null;
    if (!item || !space || !member) throw notFound('Item');
    const resource = itemResource(item, space);
    if (!can(member, 'read', resource)) throw notFound('Item');
    return { item, space, member, resource };
  };

  const describe = async ({ item, space, member, resource }: ReadableItem): Promise<ItemPublicState> => {
    const canApprove = canShowcase(member, 'approve', resource);
    const approval = deps.repository.approvedItem(item.id);
    const showcase = deps.repository.showcaseOf(space.partnershipId);
    const verdict = approval ? await deps.showcase.verdict(approval) : null;
    const on = showcase?.enabled === true && showcase.slug !== null;
    let hiddenBecause: PublicHiddenReason | null = null;
    if (verdict && !verdict.shown && verdict.reason !== 'gone') hiddenBecause = verdict.reason;
    else if (verdict?.shown && !on) hiddenBecause = 'showcase_off';
    const shown = verdict?.shown === true && on;
    // What approving now would freeze is read only for those who may approve (it loads the live content).
    const candidate = canApprove ? await deps.approvals.candidate(item) : null;
    const post = item.type === 'post' ? deps.posts.find(item.id) : null;
    return {
      itemId: item.id,
      type: item.type,
      approved: approval !== null,
      approvedAt: approval?.approvedAt ?? null,
      approvedBy: deps.credits.credit(approval?.approvedBy ?? null),
      approvedTitle: approval?.title ?? null,
      shown,
      hiddenBecause,
      publicPath: shown ? showcaseItemPath(showcase!.slug!, item.id) : null,
      picturesWithoutConsent: candidate?.withoutConsent.size ?? 0,
      needsPublishing: post !== null && post.publishedVersionId === null,
      canApprove,
      canWithdraw: canShowcase(member, 'withdraw', resource),
    };
  };

  router.get('/items/:itemId/public', signedIn, async (request: Request<{ itemId: string }>, response) => {
    response.json(await describe(readable(currentAuth(response).user.id, request.params.itemId)));
  });

  router.put('/items/:itemId/public', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readable(user.id, request.params.itemId);
    demand(canShowcase(target.member, 'approve', target.resource));
    await deps.approvals.approve(target.item, target.space, user.id);
    response.json(await describe(target));
  });

  router.delete('/items/:itemId/public', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readable(user.id, request.params.itemId);
    demand(canShowcase(target.member, 'withdraw', target.resource));
    deps.approvals.withdraw(target.item, target.space, user.id);
    response.json(await describe(target));
  });

  return router;
}
