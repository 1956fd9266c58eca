import { Router, type Request } from 'express';
import type { AccessControl } from '../access/access-control.js';
import { memberOfPartnership } from '../access/partnership-member.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, requireAuth } from '../auth/current-user.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import type { LiveSessions } from './live-sessions.js';

export interface LiveRoutesDeps {
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  sessions: LiveSessions;
}

/**
 * `GET /api/partnerships/:pid/live-sessions`: the sessions running now on spaces the
 * caller may read, so a page opened mid-lesson shows the banner at once (later ones
 * arrive as `live:announce`).
 */
export function liveRoutes(deps: LiveRoutesDeps): Router {
  const router = Router();
  router.get('/partnerships/:pid/live-sessions', requireAuth(deps.authenticator), (request: Request<{ pid: string }>, response) => {
    const userId = currentAuth(response).user.id;
    memberOfPartnership(deps, userId, request.params.pid);
    response.json({ sessions: deps.sessions.runningFor(userId, request.params.pid) });
  });
  return router;
}
