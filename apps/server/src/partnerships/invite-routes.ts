import { randomUUID } from 'node:crypto';
import { acceptInviteBodySchema, can, createInviteBodySchema, type InvitePreview, type Member } from '@kopa/protocol';
import { Router, type Request } from 'express';
import { partnershipResource, type AccessControl } from '../access/access-control.js';
import type { AccessChanges } from '../access/access-changes.js';
import type { Authenticator } from '../auth/authenticator.js';
import { currentAuth, describeMe, requireAuth } from '../auth/current-user.js';
import { sessionCookie } from '../auth/session-cookie.js';
import type { SessionEndings } from '../auth/session-endings.js';
import { forbidden, HttpError, notFound } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import { acceptInvite, usableInvite, type InviteAcceptanceDeps } from './invite-acceptance.js';
import { describeInvite, type InviteRecord } from './invite-repository.js';
import { newInviteToken } from './invite-tokens.js';
import { coordinates, memberOfPartnership, runsPartnership } from '../access/partnership-member.js';

export interface InviteRoutesDeps extends InviteAcceptanceDeps {
  authenticator: Authenticator;
  access: AccessControl;
  accessChanges: AccessChanges;
  /** Ends sessions with their open connections (a revoked link's guests, or the one replaced on joining). */
  sessionEndings: SessionEndings;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A link is taken back by its maker or the coordinator. */
const mayRevoke = (userId: string, member: Member | null, invite: InviteRecord) =>
  invite.createdBy === userId || coordinates(member, invite.partnershipId);

/**
 * Invite links: made by the coordinator (schools) and any teacher (guests),
 * shown to their makers to pass on by hand, opened by anyone who has one.
 */
export function inviteRoutes(deps: InviteRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  router.get('/partnerships/:pid/invites', signedIn, (request: Request<{ pid: string }>, response) => {
    const { user } = currentAuth(response);
    const { partnership, member } = memberOfPartnership(deps, user.id, request.params.pid);
    if (!runsPartnership(member, partnership.id)) throw forbidden();
    response.json(deps.invites.invitesOf(partnership.id).map((invite) => describeInvite(invite, mayRevoke(user.id, member, invite))));
  });

  router.post('/partnerships/:pid/invites', signedIn, (request: Request<{ pid: string }>, response) => {
    const { user } = currentAuth(response);
    const { partnership, member } = memberOfPartnership(deps, user.id, request.params.pid);
    const resource = partnershipResource(partnership.id, partnership.state === 'archived');
    if (!runsPartnership(member, partnership.id)) throw forbidden();
    const body = validateBody(createInviteBodySchema, request.body);
    // A new school is a change to the partnership (its coordinator's); a guest only looks, any teacher may ask one in.
    if (!can(member, body.kind === 'school' ? 'manage' : 'moderate', resource)) throw forbidden();

    const now = Date.now();
    const invite: InviteRecord = {
      id: randomUUID(),
      token: newInviteToken(),
      kind: body.kind,
      partnershipId: partnership.id,
      schoolId: body.kind === 'school' ? randomUUID() : null,
      label: body.kind === 'school' ? body.school.name : body.label,
      createdBy: user.id,
      createdAt: now,
      expiresAt: body.kind === 'guest' ? now + body.days * DAY_MS : null,
      revokedAt: null,
      uses: 0,
    };
    deps.db.transaction(() => {
      if (body.kind === 'school') {
        // The school is listed in the partnership at once, before any of its teachers has joined.
        deps.partnerships.insertSchool({ id: invite.schoolId!, ...body.school });
        deps.partnerships.linkSchool(partnership.id, invite.schoolId!);
      }
      deps.invites.insert(invite);
    })();
    response.status(201).json(describeInvite(invite, true));
  });

  router.delete('/invites/:inviteId', signedIn, (request: Request<{ inviteId: string }>, response) => {
    const { user } = currentAuth(response);
    const invite = deps.invites.find(request.params.inviteId);
    const member = invite ? deps.access.memberIn(user.id, invite.partnershipId) : null;
    const maker = invite?.createdBy === user.id;
    if (!invite || (!member && !maker)) throw notFound('Invite');
    if (!mayRevoke(user.id, member, invite)) throw forbidden();

    const endedGuests = deps.db.transaction(() => {
      deps.invites.revoke(invite.id);
      return invite.kind === 'guest' ? deps.invites.endGuestsOf(invite.id) : [];
    })();
    // Guests who came through the link leave with it, whatever they have open.
    for (const guestId of endedGuests) deps.sessionEndings.endAllOf(guestId);
    if (endedGuests.length > 0) deps.accessChanges.notify(invite.partnershipId);
    response.json(describeInvite(deps.invites.find(invite.id)!, true));
  });

  router.get('/invites/:token', (request: Request<{ token: string }>, response) => {
    const invite = usableInvite(deps, request.params.token);
    const preview: InvitePreview = {
      kind: invite.kind,
      partnershipTitle: deps.partnerships.find(invite.partnershipId)!.title,
      schoolName: invite.schoolId ? (deps.partnerships.findSchool(invite.schoolId)?.name ?? null) : null,
      label: invite.label,
    };
    response.json(preview);
  });

  router.post('/invites/:token/accept', async (request: Request<{ token: string }>, response) => {
    const body = validateBody(acceptInviteBodySchema, request.body);
    const joined = await acceptInvite(deps, request.params.token, body);
    // Whoever was signed in on this browser before is signed out: it now belongs to the new account.
    const previous = deps.authenticator.authenticate(request);
    if (previous) {
      deps.sessionEndings.end(previous.session.id);
    }
    const user = deps.users.findProfile(joined.userId);
    if (!user) throw new HttpError(500, 'internal', 'The new account disappeared while joining.');
    response.setHeader('Set-Cookie', sessionCookie(joined.token, joined.session.expiresAt, request.secure));
    response.json(describeMe({ session: joined.session, user }, deps.access));
  });

  return router;
}
