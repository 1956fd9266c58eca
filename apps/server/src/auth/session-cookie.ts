import { parse, serialize } from 'cookie';

export const SESSION_COOKIE = 'kopa_session';

/** The session token from a Cookie header, if any. */
export function readSessionToken(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  const token = parse(cookieHeader)[SESSION_COOKIE];
  // Tokens are 43 base64url characters; anything else cannot be ours.
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

/** httpOnly (no script can read it) and SameSite=Lax (not sent on cross-site writes). */
export function sessionCookie(token: string, expiresAt: number, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}
