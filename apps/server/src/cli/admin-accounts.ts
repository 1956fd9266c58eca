import { randomUUID } from 'node:crypto';
import { LIMITS } from '@kopa/protocol';
import { hashPassword } from '../auth/passwords.js';
import type { SqliteDatabase } from '../db/open-database.js';
import { UserRepository } from '../directory/user-repository.js';
import { generatePassword } from './generated-password.js';

/** A problem the person at the terminal can fix; printed without a stack trace. */
export class CliError extends Error {}

const USERNAME = /^[a-z0-9][a-z0-9._@-]*$/;

/** Instance administrators: they start partnerships and hand them to coordinators. */
export async function createAdmin(db: SqliteDatabase, rawUsername: string): Promise<{ username: string; password: string }> {
  const username = rawUsername.trim().toLowerCase();
  if (username.length < 3 || username.length > LIMITS.usernameMaxLength || !USERNAME.test(username)) {
    throw new CliError(
      `"${rawUsername}" cannot be a username: use 3 to ${LIMITS.usernameMaxLength} letters a–z, digits, dots, hyphens, underscores or @.`,
    );
  }
  const users = new UserRepository(db);
  if (users.isUsernameTaken(username)) {
    throw new CliError(`The username "${username}" is already taken. Choose another one, or reset its password with: npm run kopa -- admin reset-password ${username}`);
  }
  const password = generatePassword();
  users.insert({
    id: randomUUID(),
    username,
    passwordHash: await hashPassword(password),
    displayName: username,
    schoolId: null,
    active: true,
    isAdmin: true,
  });
  return { username, password };
}

/** A new generated password for any account (an administrator, or a teacher who forgot theirs); every session ends. */
export async function resetPassword(db: SqliteDatabase, username: string): Promise<{ username: string; password: string; isAdmin: boolean }> {
  const users = new UserRepository(db);
  const user = users.findByUsername(username.trim());
  if (!user) throw new CliError(`There is no account "${username}". List the administrators with: npm run kopa -- admin list`);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  db.transaction(() => {
    users.setPasswordHash(user.id, passwordHash);
    // Whoever knew the old password is signed out everywhere.
    db.prepare('DELETE FROM sessions WHERE user_id = ?').run(user.id);
  })();
  return { username: user.username, password, isAdmin: user.isAdmin ?? false };
}

export function listAdmins(db: SqliteDatabase): string[] {
  return db
    .prepare<[], { username: string }>('SELECT username FROM users WHERE is_admin = 1 ORDER BY username')
    .all()
    .map((row) => row.username);
}
