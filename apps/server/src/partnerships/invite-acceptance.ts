import { randomBytes, randomUUID } from 'node:crypto';
import type { AcceptInviteBody, Role } from '@kopa/protocol';
import { hashPassword } from '../auth/passwords.js';
import type { Session, SessionStore } from '../auth/session-store.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import type { UserRepository } from '../directory/user-repository.js';
import { HttpError } from '../http/http-error.js';
import { inviteProblem, type InviteRecord, type InviteRepository } from './invite-repository.js';
import { looksLikeInviteToken } from './invite-tokens.js';

export interface InviteAcceptanceDeps {
  db: SqliteDatabase;
  users: UserRepository;
  memberships: MembershipRepository;
  partnerships: PartnershipRepository;
  invites: InviteRepository;
  sessions: SessionStore;
}

const INVALID_MESSAGES = {
  unknown: 'This invite link does not exist. Check that the whole link was copied.',
  revoked: 'This invite link was withdrawn. Ask the person who sent it for a new one.',
  expired: 'This invite link has expired. Ask the person who sent it for a new one.',
  used: 'This invite link has already been used. Ask the person who sent it for a new one.',
  archived: 'This partnership has ended (it is archived) and takes no new members.',
} as const;

export const invalidInvite = (reason: keyof typeof INVALID_MESSAGES) => new HttpError(404, 'invite_invalid', INVALID_MESSAGES[reason]);

/** The invite a token opens, if it can still be used; a 404 `invite_invalid` saying why not otherwise. */
export function usableInvite(deps: Pick<InviteAcceptanceDeps, 'invites' | 'partnerships'>, token: string): InviteRecord {
  const invite = looksLikeInviteToken(token) ? deps.invites.findByToken(token) : null;
  if (!invite) throw invalidInvite('unknown');
  const problem = inviteProblem(invite);
  if (problem) throw invalidInvite(problem);
  if (deps.partnerships.find(invite.partnershipId)?.state !== 'active') throw invalidInvite('archived');
  return invite;
}

const emailTaken = () =>
  new HttpError(409, 'conflict', 'This e-mail already has an account — log in instead.', { field: 'email' });

/**
 * Accepting a link makes a new account and signs it in. Teachers (and the
 * coordinator, who also brings their school) log in with their e-mail; guests
 * get a generated username and a password nobody knows: their session is their
 * only way in, and their account ends when the link does.
 */
export async function acceptInvite(
  deps: InviteAcceptanceDeps,
  token: string,
  body: AcceptInviteBody,
): Promise<{ userId: string; token: string; session: Session }> {
  const invite = usableInvite(deps, token);
  const teacher = invite.kind !== 'guest';
  if (teacher) {
    if (!body.email) {
      throw new HttpError(400, 'invalid_request', 'email: Enter your e-mail address', { field: 'email', problem: { kind: 'required' } });
    }
    if (!body.password) {
      throw new HttpError(400, 'invalid_request', 'password: Choose a password of at least 10 characters', {
        field: 'password',
        problem: { kind: 'required' },
      });
    }
    if (invite.kind === 'coordinator' && !body.school) {
      throw new HttpError(400, 'invalid_request', 'school: Tell us about your school', { field: 'school', problem: { kind: 'required' } });
    }
    if (deps.users.isEmailTaken(body.email)) throw emailTaken();
  }

  // Hashing is slow (on purpose): done before the transaction, which must not wait.
  const passwordHash = await hashPassword(teacher ? body.password! : randomBytes(24).toString('base64url'));
  const role: Role = invite.kind === 'coordinator' ? 'coordinator' : invite.kind === 'school' ? 'teacher' : 'guest';
  const userId = randomUUID();

  try {
    return deps.db.transaction(() => {
      // Asked again inside the transaction: the link may have been revoked or used meanwhile.
      const current = usableInvite(deps, token);
      let schoolId = current.schoolId;
      if (current.kind === 'coordinator') {
        schoolId = randomUUID();
        deps.partnerships.insertSchool({ id: schoolId, ...body.school! });
        deps.partnerships.linkSchool(current.partnershipId, schoolId);
      }
      if (teacher && deps.users.isEmailTaken(body.email!)) throw emailTaken();
      deps.users.insert({
        id: userId,
        username: teacher ? body.email! : guestUsername(deps.users),
        passwordHash,
        displayName: body.displayName,
        schoolId: teacher ? schoolId : null,
        active: true,
        email: teacher ? body.email! : null,
        expiresAt: teacher ? null : current.expiresAt,
      });
      deps.memberships.addMember(current.partnershipId, userId, role);
      deps.invites.recordArrival(current.id, userId);
      return { userId, ...deps.sessions.create(userId) };
    })();
  } catch (error) {
    // Two people racing for the same e-mail: the database's unique index decides.
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw emailTaken();
    throw error;
  }
}

const GUEST_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** `guest-` and 8 random characters: never shown to anyone, only unique. */
function guestUsername(users: UserRepository): string {
  for (;;) {
    const suffix = Array.from(randomBytes(8), (byte) => GUEST_ALPHABET[byte % GUEST_ALPHABET.length]).join('');
    const username = `guest-${suffix}`;
    if (!users.isUsernameTaken(username)) return username;
  }
}
