import { createHash, randomBytes } from 'node:crypto';
import type { SqliteDatabase } from '../db/open-database.js';

export interface Session {
  /** The SHA-256 of the token: the session's id everywhere on the server. */
  id: string;
  userId: string;
  expiresAt: number;
}

/**
 * Opaque random session tokens. The browser keeps the token in a cookie; the
 * database keeps only its hash.
 */
export class SessionStore {
  private readonly insert;
  private readonly byId;
  private readonly remove;
  private readonly removeExpired;
  private readonly idsOfUser;
  private readonly removeOfUser;

  constructor(
    db: SqliteDatabase,
    private readonly lifetimeMs: number,
  ) {
    this.insert = db.prepare<[string, string, number, number]>(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.byId = db.prepare<[string, number], { user_id: string; expires_at: number }>(
      'SELECT user_id, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?',
    );
    this.remove = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
    this.removeExpired = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at <= ?');
    this.idsOfUser = db.prepare<[string], { token_hash: string }>('SELECT token_hash FROM sessions WHERE user_id = ?');
    this.removeOfUser = db.prepare<[string]>('DELETE FROM sessions WHERE user_id = ?');
  }

  create(userId: string): { token: string; session: Session } {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const session = { id: hashToken(token), userId, expiresAt: now + this.lifetimeMs };
    this.insert.run(session.id, userId, now, session.expiresAt);
    return { token, session };
  }

  /** The live session a token opens, or null. */
  find(token: string): Session | null {
    const id = hashToken(token);
    const row = this.byId.get(id, Date.now());
    return row ? { id, userId: row.user_id, expiresAt: row.expires_at } : null;
  }

  delete(sessionId: string): void {
    this.remove.run(sessionId);
  }

  /** Ends every session of a user (account switched off, password reset); returns their ids. */
  deleteAllOf(userId: string): string[] {
    const ids = this.idsOfUser.all(userId).map((row) => row.token_hash);
    this.removeOfUser.run(userId);
    return ids;
  }

  deleteExpired(): number {
    return this.removeExpired.run(Date.now()).changes;
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
