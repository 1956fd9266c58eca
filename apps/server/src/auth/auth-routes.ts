import { isLocale } from '@kopa/i18n';
import { localeBodySchema, loginBodySchema } from '@kopa/protocol';
import { Router } from 'express';
import type { AccessControl } from '../access/access-control.js';
import type { UserRepository } from '../directory/user-repository.js';
import { HttpError } from '../http/http-error.js';
import { validateBody } from '../http/validate-body.js';
import type { Authenticator } from './authenticator.js';
import { currentAuth, describeMe, requireAuth } from './current-user.js';
import type { LoginLimiter } from './login-limiter.js';
import { verifyPassword } from './passwords.js';
import { clearedSessionCookie, sessionCookie } from './session-cookie.js';
import type { SessionEndings } from './session-endings.js';
import type { SessionStore } from './session-store.js';

export interface AuthRoutesDeps {
  users: UserRepository;
  sessions: SessionStore;
  authenticator: Authenticator;
  access: AccessControl;
  limiter: LoginLimiter;
  /** Logout ends the session and closes its open connections at once. */
  sessionEndings: SessionEndings;
}

/** `/api/auth/login`, `/api/auth/logout`, `/api/me` and the person's interface language. */
export function authRoutes(deps: AuthRoutesDeps): Router {
  const router = Router();

  router.post('/auth/login', async (request, response) => {
    const body = validateBody(loginBodySchema, request.body);
    const address = request.ip ?? 'unknown';
    const waitSeconds = await deps.limiter.blockedFor(body.username, address);
    if (waitSeconds > 0) {
      const minutes = Math.ceil(waitSeconds / 60);
      throw new HttpError(429, 'too_many_attempts', `Too many failed attempts. Try again in ${minutes} minute(s).`, {
        retryAfterSeconds: waitSeconds,
      });
    }

    const user = deps.users.findByUsername(body.username);
    const valid = await verifyPassword(user ? user.passwordHash : null, body.password);
    if (!user || !valid) {
      await deps.limiter.recordFailure(body.username, address);
      throw new HttpError(401, 'invalid_credentials', 'Wrong username or password.');
    }
    // Only someone who knows the password learns that the account is switched off: a pupil
    // who is told "wrong password" would keep retyping it.
    if (!user.active) {
      throw new HttpError(403, 'account_disabled', 'Your account is switched off. Ask your teacher to switch it on again.');
    }
    await deps.limiter.recordSuccess(body.username, address);

    const { token, session } = deps.sessions.create(user.id);
    response.setHeader('Set-Cookie', sessionCookie(token, session.expiresAt, request.secure));
    const profile = deps.users.findProfile(user.id);
    if (!profile) throw new HttpError(500, 'internal', 'The account disappeared while logging in.');
    response.json(describeMe({ session, user: profile }, deps.access));
  });

  router.post('/auth/logout', (request, response) => {
    const auth = deps.authenticator.authenticate(request);
    if (auth) {
      deps.sessionEndings.end(auth.session.id);
    }
    response.setHeader('Set-Cookie', clearedSessionCookie(request.secure));
    response.status(204).end();
  });

  router.get('/me', requireAuth(deps.authenticator), (_request, response) => {
    response.json(describeMe(currentAuth(response), deps.access));
  });

  // The language someone picks follows them to every device they log in on.
  router.put('/me/locale', requireAuth(deps.authenticator), (request, response) => {
    const auth = currentAuth(response);
    const { locale } = validateBody(localeBodySchema, request.body);
    if (!isLocale(locale)) {
      // A language Kopa does not speak is one not among the choices: the web app says so in the reader's language.
      throw new HttpError(400, 'invalid_request', `locale: Kopa does not speak "${locale}" yet.`, {
        field: 'locale',
        problem: { kind: 'invalid_choice' },
      });
    }
    deps.users.setLocale(auth.user.id, locale);
    response.json(describeMe({ ...auth, user: { ...auth.user, locale } }, deps.access));
  });

  return router;
}
