import type { SqliteDatabase } from '../db/open-database.js';

export interface ActivityRecord {
  itemId: string;
  userId: string;
  displayName: string;
  changes: number;
  lastAt: number;
}

/**
 * What happened to items while a session covered them: each item's state before its
 * first change and every change since, with its writer (what revert replays), and
 * who changed what (supervision, the summary). Dropped when the session ends.
 */
export class LiveTrailRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      recordActivity: db.prepare<[string, string, string, number]>(
        `INSERT INTO live_activity (session_id, item_id, user_id, changes, last_at) VALUES (?, ?, ?, 1, ?)
         ON CONFLICT (session_id, item_id, user_id) DO UPDATE SET changes = changes + 1, last_at = excluded.last_at`,
      ),
      hasBase: db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM live_item_bases WHERE session_id = ? AND item_id = ?'),
      insertBase: db.prepare<[string, string, Buffer, number]>(
        'INSERT INTO live_item_bases (session_id, item_id, state, taken_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      base: db.prepare<[string, string], { state: Buffer }>('SELECT state FROM live_item_bases WHERE session_id = ? AND item_id = ?'),
      insertEdit: db.prepare<[string, string, string | null, number, Buffer]>(
        'INSERT INTO live_edits (session_id, item_id, user_id, at, data) VALUES (?, ?, ?, ?, ?)',
      ),
      edits: db.prepare<[string, string], { user_id: string | null; at: number; data: Buffer }>(
        'SELECT user_id, at, data FROM live_edits WHERE session_id = ? AND item_id = ? ORDER BY seq',
      ),
      dropTrail: db.prepare<[string]>('DELETE FROM live_edits WHERE session_id = ?'),
      dropBases: db.prepare<[string]>('DELETE FROM live_item_bases WHERE session_id = ?'),
      activity: db.prepare<[string], { item_id: string; user_id: string; display_name: string; changes: number; last_at: number }>(
        `SELECT a.item_id, a.user_id, u.display_name, a.changes, a.last_at FROM live_activity a JOIN users u ON u.id = a.user_id
         WHERE a.session_id = ? ORDER BY a.last_at DESC`,
      ),
    };
  }

  hasBase(sessionId: string, itemId: string): boolean {
    return this.statements.hasBase.get(sessionId, itemId) !== undefined;
  }

  /** The item's whole state just before its first change in the session (kept once). */
  saveBase(sessionId: string, itemId: string, state: Uint8Array): void {
    this.statements.insertBase.run(sessionId, itemId, Buffer.from(state), Date.now());
  }

  base(sessionId: string, itemId: string): Uint8Array | null {
    const row = this.statements.base.get(sessionId, itemId);
    return row ? new Uint8Array(row.state) : null;
  }

  recordEdit(sessionId: string, itemId: string, userId: string | null, update: Uint8Array): void {
    this.statements.insertEdit.run(sessionId, itemId, userId, Date.now(), Buffer.from(update));
  }

  edits(sessionId: string, itemId: string): { userId: string | null; at: number; update: Uint8Array }[] {
    return this.statements.edits.all(sessionId, itemId).map((row) => ({ userId: row.user_id, at: row.at, update: new Uint8Array(row.data) }));
  }


  recordActivity(sessionId: string, itemId: string, userId: string): void {
    this.statements.recordActivity.run(sessionId, itemId, userId, Date.now());
  }

  activity(sessionId: string): ActivityRecord[] {
    return this.statements.activity.all(sessionId).map((row) => ({
      itemId: row.item_id,
      userId: row.user_id,
      displayName: row.display_name,
      changes: row.changes,
      lastAt: row.last_at,
    }));
  }

  /** The session ended: its trail is not needed any more (the activity stays for the record). */
  drop(sessionId: string): void {
    this.statements.dropTrail.run(sessionId);
    this.statements.dropBases.run(sessionId);
  }
}
