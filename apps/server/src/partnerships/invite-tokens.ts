import { randomBytes } from 'node:crypto';

/**
 * Invite tokens are the whole secret of a link passed on by hand: 24 random
 * bytes (192 bits) as 32 base64url characters, so they cannot be guessed.
 */
export function newInviteToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Anything else cannot be one of ours: refuse it before asking the database. */
export function looksLikeInviteToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(token);
}

/** The web app's page for a link (the client prefixes its own address). */
export function invitePath(token: string): string {
  return `/join/${token}`;
}
