import type { PostComment } from '@kopa/protocol';
import type { PostEvents } from '../blog/post-events.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import type { AuditLog } from './audit-log.js';
import type { CommentRecord, CommentRepository } from './comment-repository.js';
import { FORMER_MEMBER } from './former-member.js';

export interface CommentModerationDeps {
  db: SqliteDatabase;
  comments: CommentRepository;
  credits: CreditDirectory;
  auditLog: AuditLog;
  postEvents: PostEvents;
}

/** Who acts on a comment, in which partnership, and why (a report, a note), for the audit log. */
export interface CommentAction {
  comment: CommentRecord;
  partnershipId: string;
  actorId: string;
  detail?: Record<string, unknown>;
}

/**
 * Hiding, showing and deleting comments: the change, its audit entry and the live
 * event together, whether a teacher acts on the comment itself or on a report about it.
 * Each change runs in a transaction (nested in the caller's when there is one); the event
 * follows in the same synchronous turn, so no reader hears of a change that is not stored.
 */
export class CommentModeration {
  constructor(private readonly deps: CommentModerationDeps) {}

  /** The comment as a reader sees it. */
  describe(comment: CommentRecord, canDelete: boolean): PostComment {
    return {
      id: comment.id,
      itemId: comment.itemId,
      body: comment.body,
      author: this.deps.credits.credit(comment.authorId) ?? FORMER_MEMBER,
      createdAt: comment.createdAt,
      hidden: comment.hidden,
      canDelete,
    };
  }

  /** Hides a comment from everyone but the moderators, or shows it again. Doing it twice changes nothing. */
  setHidden({ comment, partnershipId, actorId, detail }: CommentAction, hidden: boolean): CommentRecord {
    if (comment.hidden === hidden) return comment;
    this.deps.db.transaction(() => {
      this.deps.comments.setHidden(comment.id, hidden ? actorId : null);
      this.deps.auditLog.record({
        partnershipId,
        actorId,
        action: hidden ? 'comment.hide' : 'comment.show',
        targetType: 'comment',
        targetId: comment.id,
        subjectUserId: comment.authorId,
        detail: { itemId: comment.itemId, ...detail },
      });
    })();
    const changed = { ...comment, hidden, hiddenBy: hidden ? actorId : null };
    this.deps.postEvents.comment(comment.itemId, this.describe(changed, true));
    return changed;
  }

  /**
   * Deletes a comment for good (the row stays for the audit log and reports). Audited when
   * someone other than its author deletes it: that is moderation, taking back one's own words is not.
   */
  delete({ comment, partnershipId, actorId, detail }: CommentAction): void {
    this.deps.db.transaction(() => {
      this.deps.comments.markDeleted(comment.id);
      if (actorId !== comment.authorId) {
        this.deps.auditLog.record({
          partnershipId,
          actorId,
          action: 'comment.delete',
          targetType: 'comment',
          targetId: comment.id,
          subjectUserId: comment.authorId,
          detail: { itemId: comment.itemId, ...detail },
        });
      }
    })();
    this.deps.postEvents.commentDeleted(comment.itemId, comment.id);
  }
}
