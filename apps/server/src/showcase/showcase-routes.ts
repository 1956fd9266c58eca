import { canShowcase, showcaseSwitchBodySchema, type ShowcaseSettings } from '@kopa/protocol';
import { Router, type Request } from 'express';
import { partnershipResource, type AccessControl } from '../access/access-control.js';
import { memberOfPartnership, type PartnershipMember } from '../access/partnership-member.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import { demand } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { AuditLog } from '../moderation/audit-log.js';
import { showcasePath } from './showcase-paths.js';
import type { ShowcaseRepository } from './showcase-repository.js';
import { freeSlug, slugFrom } from './showcase-slug.js';

export interface ShowcaseRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  repository: ShowcaseRepository;
  auditLog: AuditLog;
}

/**
 * `/api/partnerships/:pid/showcase`: whether the public showcase is on and where (every
 * member), and the coordinator's switch. The address is chosen from the title the first
 * time it is turned on and kept for good (off and on again, a new title: the same address).
 */
export function showcaseRoutes(deps: ShowcaseRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  const settings = ({ member, partnership, archived }: PartnershipMember): ShowcaseSettings => {
    const showcase = deps.repository.showcaseOf(partnership.id);
    const resource = partnershipResource(partnership.id, archived);
    const enabled = showcase?.enabled ?? false;
    return {
      partnershipId: partnership.id,
      enabled,
      slug: showcase?.slug ?? null,
      path: showcase?.slug ? showcasePath(showcase.slug) : null,
      approvedItems: deps.repository.approvedItemsOf(partnership.id).filter((item) => !item.deleted).length,
      // Whichever way the switch would go now.
      canSwitch: canShowcase(member, enabled ? 'showcase_off' : 'showcase_on', resource),
    };
  };

  router.get('/partnerships/:pid/showcase', signedIn, (request: Request<{ pid: string }>, response) => {
    response.json(settings(memberOfPartnership(deps, currentAuth(response).user.id, request.params.pid)));
  });

  router.put('/partnerships/:pid/showcase', signedIn, (request: Request<{ pid: string }>, response) => {
    const { user } = currentAuth(response);
    const caller = memberOfPartnership(deps, user.id, request.params.pid);
    const { enabled } = validateBody(showcaseSwitchBodySchema, request.body);
    const { partnership } = caller;
    demand(canShowcase(caller.member, enabled ? 'showcase_on' : 'showcase_off', partnershipResource(partnership.id, caller.archived)));
    deps.repository.transaction(() => {
      const current = deps.repository.showcaseOf(partnership.id);
      if (!current || current.enabled === enabled) return;
      const slug = current.slug ?? (enabled ? freeSlug(slugFrom(partnership.title), (candidate) => deps.repository.isSlugTaken(candidate)) : null);
      deps.repository.setShowcase(partnership.id, enabled, slug);
      deps.auditLog.record({
        partnershipId: partnership.id,
        actorId: user.id,
        action: enabled ? 'showcase.enable' : 'showcase.disable',
        targetType: 'partnership',
        targetId: partnership.id,
        detail: { slug },
      });
    });
    response.json(settings(caller));
  });

  return router;
}
