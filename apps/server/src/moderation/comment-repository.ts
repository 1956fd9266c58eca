import { randomUUID } from 'node:crypto';
import type { SqliteDatabase } from '../db/open-database.js';

/** A comment on a published post, as stored. */
export interface CommentRecord {
  id: string;
  itemId: string;
  authorId: string | null;
  body: string;
  createdAt: number;
  hidden: boolean;
  hiddenBy: string | null;
}

interface CommentRow {
  id: string;
  item_id: string;
  author_id: string | null;
  body: string;
  created_at: number;
  hidden_at: number | null;
  hidden_by: string | null;
}

const COLUMNS = 'id, item_id, author_id, body, created_at, hidden_at, hidden_by';

/**
 * Comments on posts. Deleting only marks a comment (reports and the audit log keep
 * pointing at it); a deleted comment is never shown again, to anyone.
 */
export class CommentRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO comments (id, item_id, author_id, body, created_at)
         VALUES (@id, @itemId, @authorId, @body, @createdAt)`,
      ),
      find: db.prepare<[string], CommentRow>(`SELECT ${COLUMNS} FROM comments WHERE id = ? AND deleted_at IS NULL`),
      authorOf: db.prepare<[string], { author_id: string | null }>('SELECT author_id FROM comments WHERE id = ?'),
      all: db.prepare<[string], CommentRow>(
        `SELECT ${COLUMNS} FROM comments WHERE item_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid`,
      ),
      visible: db.prepare<[string], CommentRow>(
        `SELECT ${COLUMNS} FROM comments WHERE item_id = ? AND deleted_at IS NULL AND hidden_at IS NULL ORDER BY created_at, rowid`,
      ),
      hide: db.prepare<[number, string, string]>('UPDATE comments SET hidden_at = ?, hidden_by = ? WHERE id = ?'),
      show: db.prepare<[string]>('UPDATE comments SET hidden_at = NULL, hidden_by = NULL WHERE id = ?'),
      delete: db.prepare<[number, string]>('UPDATE comments SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    };
  }

  insert(comment: { itemId: string; authorId: string; body: string }): CommentRecord {
    const record: CommentRecord = { ...comment, id: randomUUID(), createdAt: Date.now(), hidden: false, hiddenBy: null };
    this.statements.insert.run(record);
    return record;
  }

  /** A comment that is not deleted (hidden ones included). */
  find(commentId: string): CommentRecord | null {
    const row = this.statements.find.get(commentId);
    return row ? toComment(row) : null;
  }

  /** Who wrote any comment, deleted ones too (the audit log names them). */
  authorOf(commentId: string): string | null {
    return this.statements.authorOf.get(commentId)?.author_id ?? null;
  }

  /** Oldest first; hidden comments only when asked (for moderators). */
  commentsOf(itemId: string, includeHidden: boolean): CommentRecord[] {
    return (includeHidden ? this.statements.all : this.statements.visible).all(itemId).map(toComment);
  }

  setHidden(commentId: string, hiddenBy: string | null): void {
    if (hiddenBy) this.statements.hide.run(Date.now(), hiddenBy, commentId);
    else this.statements.show.run(commentId);
  }

  markDeleted(commentId: string): void {
    this.statements.delete.run(Date.now(), commentId);
  }
}

function toComment(row: CommentRow): CommentRecord {
  return {
    id: row.id,
    itemId: row.item_id,
    authorId: row.author_id,
    body: row.body,
    createdAt: row.created_at,
    hidden: row.hidden_at !== null,
    hiddenBy: row.hidden_by,
  };
}
