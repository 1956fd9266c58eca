import { REACTIONS, type Reaction, type ReactionCount } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

/** Reactions on posts: one of each emoji per person, given or taken back. */
export class ReactionRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      add: db.prepare<[string, string, string, number]>(
        'INSERT OR IGNORE INTO reactions (item_id, user_id, emoji, created_at) VALUES (?, ?, ?, ?)',
      ),
      remove: db.prepare<[string, string, string]>('DELETE FROM reactions WHERE item_id = ? AND user_id = ? AND emoji = ?'),
      counts: db.prepare<[string, string], { emoji: string; count: number; mine: number }>(
        `SELECT emoji, COUNT(*) AS count, MAX(user_id = ?) AS mine FROM reactions WHERE item_id = ? GROUP BY emoji`,
      ),
    };
  }

  add(itemId: string, userId: string, emoji: Reaction): void {
    this.statements.add.run(itemId, userId, emoji, Date.now());
  }

  remove(itemId: string, userId: string, emoji: Reaction): void {
    this.statements.remove.run(itemId, userId, emoji);
  }

  /** Every reaction of the fixed set, in its order, zeros included (the bar shows them all). */
  countsFor(itemId: string, viewerId: string): ReactionCount[] {
    const given = new Map(this.statements.counts.all(viewerId, itemId).map((row) => [row.emoji, row]));
    return REACTIONS.map((emoji) => ({ emoji, count: given.get(emoji)?.count ?? 0, mine: given.get(emoji)?.mine === 1 }));
  }
}
