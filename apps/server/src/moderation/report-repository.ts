import { randomUUID } from 'node:crypto';
import type { ModerationReport, ReportTarget } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import { FORMER_MEMBER } from './former-member.js';

export interface ReportRecord {
  id: string;
  partnershipId: string;
  targetType: ReportTarget;
  targetId: string;
  itemId: string;
  reporterId: string | null;
  reason: string;
  createdAt: number;
  resolvedAt: number | null;
  resolution: string | null;
}

interface ReportRow {
  id: string;
  partnership_id: string;
  target_type: ReportTarget;
  target_id: string;
  item_id: string;
  reporter_id: string | null;
  reason: string;
  created_at: number;
  resolved_at: number | null;
  resolved_by: string | null;
  resolution: string | null;
}

interface QueueRow extends ReportRow {
  post_title: string;
  /** The reported comment's text, or the published post's text; '' when gone. */
  quoted: string;
}

/** How much of the reported text the queue quotes. */
const EXCERPT_LENGTH = 160;

const COLUMNS = `r.id, r.partnership_id, r.target_type, r.target_id, r.item_id, r.reporter_id, r.reason,
  r.created_at, r.resolved_at, r.resolved_by, r.resolution`;

const QUEUE_SELECT = `SELECT ${COLUMNS}, i.title AS post_title,
    COALESCE(CASE r.target_type
      WHEN 'comment' THEN (SELECT c.body FROM comments c WHERE c.id = r.target_id)
      ELSE (SELECT ps.body FROM post_search ps WHERE ps.item_id = r.item_id) END, '') AS quoted
  FROM reports r JOIN items i ON i.id = r.item_id`;

/** Reports of posts and comments: the teachers' moderation queue. */
export class ReportRepository {
  private readonly statements;

  constructor(
    db: SqliteDatabase,
    private readonly credits: CreditDirectory,
  ) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO reports (id, partnership_id, target_type, target_id, item_id, reporter_id, reason, created_at)
         VALUES (@id, @partnershipId, @targetType, @targetId, @itemId, @reporterId, @reason, @createdAt)`,
      ),
      find: db.prepare<[string], ReportRow>(`SELECT ${COLUMNS} FROM reports r WHERE r.id = ?`),
      queue: db.prepare<{ partnershipId: string; openOnly: number }, QueueRow>(
        `${QUEUE_SELECT} WHERE r.partnership_id = @partnershipId AND (@openOnly = 0 OR r.resolved_at IS NULL)
         ORDER BY r.created_at DESC, r.rowid DESC`,
      ),
      describe: db.prepare<[string], QueueRow>(`${QUEUE_SELECT} WHERE r.id = ?`),
      resolveOne: db.prepare<[number, string, string, string]>(
        'UPDATE reports SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL',
      ),
      resolveTarget: db.prepare<[number, string, string, string, string]>(
        `UPDATE reports SET resolved_at = ?, resolved_by = ?, resolution = ?
         WHERE target_type = ? AND target_id = ? AND resolved_at IS NULL`,
      ),
    };
  }

  insert(report: Omit<ReportRecord, 'id' | 'createdAt' | 'resolvedAt' | 'resolution'>): string {
    const id = randomUUID();
    this.statements.insert.run({ ...report, id, createdAt: Date.now() });
    return id;
  }

  find(reportId: string): ReportRecord | null {
    const row = this.statements.find.get(reportId);
    return row ? toRecord(row) : null;
  }

  /** As the queue shows it, or null. */
  describe(reportId: string): ModerationReport | null {
    const row = this.statements.describe.get(reportId);
    return row ? this.toReport(row) : null;
  }

  /** Newest first; only the open ones unless `all`. */
  queue(partnershipId: string, all: boolean): ModerationReport[] {
    return this.statements.queue.all({ partnershipId, openOnly: all ? 0 : 1 }).map((row) => this.toReport(row));
  }

  private toReport(row: QueueRow): ModerationReport {
    return {
      id: row.id,
      targetType: row.target_type,
      targetId: row.target_id,
      itemId: row.item_id,
      postTitle: row.post_title,
      excerpt: excerpt(row.quoted || (row.target_type === 'post' ? row.post_title : '')),
      reason: row.reason,
      reporter: this.credits.credit(row.reporter_id) ?? FORMER_MEMBER,
      createdAt: row.created_at,
      resolvedAt: row.resolved_at,
      resolution: row.resolution,
      resolvedBy: row.resolved_by ? (this.credits.credit(row.resolved_by) ?? FORMER_MEMBER) : null,
    };
  }

  resolve(reportId: string, resolvedBy: string, resolution: string): void {
    this.statements.resolveOne.run(Date.now(), resolvedBy, resolution, reportId);
  }

  /** Acting on a comment or post settles every open report about it at once. */
  resolveAllOn(targetType: ReportTarget, targetId: string, resolvedBy: string, resolution: string): void {
    this.statements.resolveTarget.run(Date.now(), resolvedBy, resolution, targetType, targetId);
  }
}

function toRecord(row: ReportRow): ReportRecord {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    targetType: row.target_type,
    targetId: row.target_id,
    itemId: row.item_id,
    reporterId: row.reporter_id,
    reason: row.reason,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolution: row.resolution,
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= EXCERPT_LENGTH ? flat : `${chars.slice(0, EXCERPT_LENGTH - 1).join('').trimEnd()}…`;
}
