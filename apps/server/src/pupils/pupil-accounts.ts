import { randomUUID } from 'node:crypto';
import type { PupilAccount, PupilCredentials, PupilName } from '@kopa/protocol';
import type { AccessChanges } from '../access/access-changes.js';
import { hashPassword } from '../auth/passwords.js';
import type { SessionEndings } from '../auth/session-endings.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import type { SchoolRecord } from '../directory/partnership-repository.js';
import type { UserRepository } from '../directory/user-repository.js';
import { generatePupilPassword } from './pupil-passwords.js';
import { pupilUsernames } from './pupil-usernames.js';

export interface PupilAccountsDeps {
  db: SqliteDatabase;
  users: UserRepository;
  memberships: MembershipRepository;
  accessChanges: AccessChanges;
  sessionEndings: SessionEndings;
}

/**
 * argon2 runs on libuv's small thread pool (4 threads), which file reads and
 * other logins share: hashing a class of 200 two at a time leaves room for them.
 */
const HASHING_CONCURRENCY = 2;

/** Creating, resetting and switching off pupil accounts. Callers have checked the rights. */
export class PupilAccounts {
  constructor(private readonly deps: PupilAccountsDeps) {}

  /** New pupils of a school in a partnership, with their passwords (shown once, never stored in the clear). */
  async create(partnershipId: string, school: SchoolRecord, names: readonly PupilName[]): Promise<PupilCredentials[]> {
    const passwords = names.map(() => generatePupilPassword());
    const hashes = await mapWithConcurrency(passwords, HASHING_CONCURRENCY, hashPassword);
    // Usernames are chosen inside the transaction: nothing else can take one between the check and the insert.
    return this.deps.db.transaction(() => {
      const usernames = pupilUsernames(
        names.map((name) => name.displayName),
        school.country,
        (username) => this.deps.users.isUsernameTaken(username),
      );
      return names.map((name, index): PupilCredentials => {
        const id = randomUUID();
        const username = usernames[index]!;
        this.deps.users.insert({
          id,
          username,
          passwordHash: hashes[index]!,
          displayName: name.displayName,
          schoolId: school.id,
          active: true,
        });
        this.deps.memberships.addMember(partnershipId, id, 'pupil');
        return { id, username, displayName: name.displayName, active: true, password: passwords[index]! };
      });
    })();
  }

  /** A new password; every session of the pupil ends (someone may have seen the old one). */
  async resetPassword(pupil: PupilAccount): Promise<PupilCredentials> {
    const password = generatePupilPassword();
    this.deps.users.setPasswordHash(pupil.id, await hashPassword(password));
    this.deps.sessionEndings.endAllOf(pupil.id);
    return { ...pupil, password };
  }

  /** Switching off ends their sessions and re-checks open connections; switching on lets them log in again. */
  setActive(partnershipId: string, userId: string, active: boolean): void {
    this.deps.users.setActive(userId, active);
    if (active) return;
    this.deps.sessionEndings.endAllOf(userId);
    this.deps.accessChanges.notify(partnershipId);
  }

  rename(userId: string, displayName: string): void {
    this.deps.users.setDisplayName(userId, displayName);
  }
}

/** `map` over an async function with at most `limit` calls running at once; results in input order. */
async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
