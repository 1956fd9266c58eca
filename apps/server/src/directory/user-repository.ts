import type { SqliteDatabase } from '../db/open-database.js';

export interface UserRecord {
  id: string;
  username: string;
  passwordHash: string;
  displayName: string;
  schoolId: string | null;
  active: boolean;
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
}

interface BaseRow {
  id: string;
  username: string;
  display_name: string;
  school_id: string | null;
  active: number;
}

interface UserRow extends BaseRow {
  password_hash: string;
}

interface ProfileRow extends BaseRow {
  school_name: string | null;
  country: string | null;
}

function basics(row: BaseRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    schoolId: row.school_id,
    active: row.active === 1,
  };
}

export class UserRepository {
  private readonly byUsername;
  private readonly profileById;
  private readonly insertStatement;
  private readonly countStatement;

  constructor(db: SqliteDatabase) {
    this.byUsername = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
    this.profileById = db.prepare<[string], ProfileRow>(
      `SELECT u.id, u.username, u.display_name, u.school_id, u.active, s.name AS school_name, s.country
       FROM users u LEFT JOIN schools s ON s.id = u.school_id WHERE u.id = ?`,
    );
    this.insertStatement = db.prepare(
      `INSERT INTO users (id, username, password_hash, display_name, school_id, active, created_at)
       VALUES (@id, @username, @passwordHash, @displayName, @schoolId, @active, @createdAt)`,
    );
    this.countStatement = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users');
  }

  findByUsername(username: string): UserRecord | null {
    const row = this.byUsername.get(username);
    return row ? { ...basics(row), passwordHash: row.password_hash } : null;
  }

  findProfile(id: string): UserProfile | null {
    const row = this.profileById.get(id);
    return row ? { ...basics(row), schoolName: row.school_name, country: row.country } : null;
  }

  insert(user: UserRecord): void {
    this.insertStatement.run({ ...user, active: user.active ? 1 : 0, createdAt: Date.now() });
  }

  count(): number {
    return this.countStatement.get()?.n ?? 0;
  }
}
