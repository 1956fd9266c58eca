import type { SqliteDatabase } from '../db/open-database.js';

export interface UserRecord {
  id: string;
  username: string;
  passwordHash: string;
  displayName: string;
  schoolId: string | null;
  active: boolean;
  email?: string | null;
  isAdmin?: boolean;
  /** Guests from an invite link stop existing when it expires (epoch ms). */
  expiresAt?: number | null;
}

/** A user with what the UI shows next to their name. */
export interface UserProfile {
  id: string;
  username: string;
  displayName: string;
  schoolId: string | null;
  schoolName: string | null;
  country: string | null;
  active: boolean;
  isAdmin: boolean;
  /** The interface language they chose (a Kopa locale), null until they choose one. */
  locale: string | null;
}

interface BaseRow {
  id: string;
  username: string;
  display_name: string;
  school_id: string | null;
  active: number;
  is_admin: number;
}

interface UserRow extends BaseRow {
  password_hash: string;
}

interface ProfileRow extends BaseRow {
  school_name: string | null;
  country: string | null;
  locale: string | null;
}

function basics(row: BaseRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    schoolId: row.school_id,
    active: row.active === 1,
    isAdmin: row.is_admin === 1,
  };
}

// Expired guests are as good as gone: no login, no session.
const LIVE = '(expires_at IS NULL OR expires_at > unixepoch() * 1000)';

export class UserRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      byUsername: db.prepare<[string], UserRow>(`SELECT * FROM users WHERE username = ? AND ${LIVE}`),
      profileById: db.prepare<[string], ProfileRow>(
        `SELECT u.id, u.username, u.display_name, u.school_id, u.active, u.is_admin, u.locale, s.name AS school_name, s.country
         FROM users u LEFT JOIN schools s ON s.id = u.school_id WHERE u.id = ? AND ${LIVE.replaceAll('expires_at', 'u.expires_at')}`,
      ),
      insert: db.prepare(
        `INSERT INTO users (id, username, password_hash, display_name, school_id, active, email, is_admin, expires_at, created_at)
         VALUES (@id, @username, @passwordHash, @displayName, @schoolId, @active, @email, @isAdmin, @expiresAt, @createdAt)`,
      ),
      count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users'),
      usernameTaken: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM users WHERE username = ?'),
      emailTaken: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM users WHERE email = ? COLLATE NOCASE'),
      setPassword: db.prepare<[string, string]>('UPDATE users SET password_hash = ? WHERE id = ?'),
      setActive: db.prepare<[number, string]>('UPDATE users SET active = ? WHERE id = ?'),
      setDisplayName: db.prepare<[string, string]>('UPDATE users SET display_name = ? WHERE id = ?'),
      setLocale: db.prepare<[string, string]>('UPDATE users SET locale = ? WHERE id = ?'),
    };
  }

  findByUsername(username: string): UserRecord | null {
    const row = this.statements.byUsername.get(username);
    return row ? { ...basics(row), passwordHash: row.password_hash } : null;
  }

  findProfile(id: string): UserProfile | null {
    const row = this.statements.profileById.get(id);
    return row ? { ...basics(row), schoolName: row.school_name, country: row.country, locale: row.locale } : null;
  }

  /** Whether a username is in use (by anyone, expired guests included): usernames are never reused. */
  isUsernameTaken(username: string): boolean {
    return this.statements.usernameTaken.get(username) !== undefined;
  }

  /** Whether an account already logs in with this e-mail (as its e-mail or as its username). */
  isEmailTaken(email: string): boolean {
    return this.statements.emailTaken.get(email) !== undefined || this.isUsernameTaken(email);
  }

  insert(user: UserRecord): void {
    this.statements.insert.run({
      ...user,
      active: user.active ? 1 : 0,
      email: user.email ?? null,
      isAdmin: user.isAdmin ? 1 : 0,
      expiresAt: user.expiresAt ?? null,
      createdAt: Date.now(),
    });
  }

  setPasswordHash(id: string, passwordHash: string): void {
    this.statements.setPassword.run(passwordHash, id);
  }

  setActive(id: string, active: boolean): void {
    this.statements.setActive.run(active ? 1 : 0, id);
  }

  setDisplayName(id: string, displayName: string): void {
    this.statements.setDisplayName.run(displayName, id);
  }

  /** The interface language the person chose, remembered for every device they log in on. */
  setLocale(id: string, locale: string): void {
    this.statements.setLocale.run(locale, id);
  }

  count(): number {
    return this.statements.count.get()?.n ?? 0;
  }
}
