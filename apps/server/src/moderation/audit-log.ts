import type { AuditEntry } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';
import type { CreditDirectory } from '../directory/credit-directory.js';

export interface AuditRecord {
  partnershipId: string;
  actorId: string | null;
  /** What was done, e.g. `post.unpublish`, `comment.hide`, `report.dismiss`. */
  action: string;
  targetType: string;
  targetId: string;
  /** Whom it was done to (the comment's author, the pupil), when someone. */
  subjectUserId?: string | null;
  detail?: Record<string, unknown>;
}

interface AuditRow {
  id: number;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  subject_user_id: string | null;
  detail: string;
  created_at: number;
}

/** Every moderation action (who, what, when, on whom), append-only. Teachers read it. */
export class AuditLog {
  private readonly statements;

  constructor(
    db: SqliteDatabase,
    private readonly credits: CreditDirectory,
  ) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO audit_log (partnership_id, actor_id, action, target_type, target_id, subject_user_id, detail, created_at)
         VALUES (@partnershipId, @actorId, @action, @targetType, @targetId, @subjectUserId, @detail, @createdAt)`,
      ),
      list: db.prepare<[string, number], AuditRow>(
        `SELECT id, actor_id, action, target_type, target_id, subject_user_id, detail, created_at
         FROM audit_log WHERE partnership_id = ? ORDER BY id DESC LIMIT ?`,
      ),
    };
  }

  /** Call inside the transaction that makes the change, so the change and its record land together. */
  record(entry: AuditRecord): void {
    this.statements.insert.run({
      partnershipId: entry.partnershipId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      subjectUserId: entry.subjectUserId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      createdAt: Date.now(),
    });
  }

  /** The newest entries first. */
  list(partnershipId: string, limit = 200): AuditEntry[] {
    return this.statements.list.all(partnershipId, limit).map((row) => ({
      id: row.id,
      action: row.action,
      actor: this.credits.credit(row.actor_id),
      targetType: row.target_type,
      targetId: row.target_id,
      subject: this.credits.credit(row.subject_user_id),
      detail: JSON.parse(row.detail) as Record<string, unknown>,
      createdAt: row.created_at,
    }));
  }
}
