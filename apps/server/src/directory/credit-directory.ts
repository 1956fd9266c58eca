import type { Credit } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

interface CreditRow {
  id: string;
  display_name: string;
  school_name: string | null;
  country: string | null;
}

const toCredit = (row: CreditRow): Credit => ({
  userId: row.id,
  displayName: row.display_name,
  schoolName: row.school_name,
  country: row.country,
});

/**
 * How people appear on shared content (posts, comments, reviews, the audit log):
 * display name and school only, never a username.
 */
export class CreditDirectory {
  private readonly byId;

  constructor(private readonly db: SqliteDatabase) {
    this.byId = db.prepare<[string], CreditRow>(
      `SELECT u.id, u.display_name, s.name AS school_name, s.country
       FROM users u LEFT JOIN schools s ON s.id = u.school_id WHERE u.id = ?`,
    );
  }

  credit(userId: string | null): Credit | null {
    if (!userId) return null;
    const row = this.byId.get(userId);
    return row ? toCredit(row) : null;
  }

  /** The people among `userIds` who still exist, in the order given. */
  credits(userIds: readonly string[]): Credit[] {
    return userIds.map((id) => this.credit(id)).filter((credit): credit is Credit => credit !== null);
  }
}
