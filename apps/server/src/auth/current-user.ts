import type { Me } from '@kopa/protocol';
import type { RequestHandler, Response } from 'express';
import type { Authenticated, Authenticator } from './authenticator.js';
import type { AccessControl } from '../access/access-control.js';
import { unauthenticated } from '../http/http-error.js';

/** Rejects requests without a live session; later handlers read it with `currentAuth`. */
export function requireAuth(authenticator: Authenticator): RequestHandler {
  return (request, response, next) => {
    const auth = authenticator.authenticate(request);
    if (!auth) return next(unauthenticated());
    response.locals.auth = auth;
    next();
  };
}

export function currentAuth(response: Response): Authenticated {
  const auth = response.locals.auth as Authenticated | undefined;
  if (!auth) throw unauthenticated();
  return auth;
}

/** The `GET /api/me` shape. The role is the one held in the user's first partnership. */
export function describeMe(auth: Authenticated, access: AccessControl): Me {
  const [member] = access.membersOf(auth.user.id);
  return {
    id: auth.user.id,
    username: auth.user.username,
    displayName: auth.user.displayName,
    role: member?.role ?? 'guest',
    schoolId: auth.user.schoolId,
    country: auth.user.country,
    partnershipId: member?.partnershipId ?? null,
    isAdmin: auth.user.isAdmin,
    locale: auth.user.locale,
  };
}
