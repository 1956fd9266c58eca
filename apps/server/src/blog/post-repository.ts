import { randomUUID } from 'node:crypto';
import type { PostPhase, PostStatus, ReviewAction } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

/** A post's own row: its metadata and where it stands in the review workflow. */
export interface PostRecord {
  itemId: string;
  language: string;
  themes: string[];
  mobilityId: string | null;
  phase: PostPhase | null;
  coverUploadId: string | null;
  coverAlt: string;
  status: PostStatus;
  submittedVersionId: string | null;
  publishedVersionId: string | null;
  publishedAt: number | null;
  publishedBy: string | null;
}

export type PostMetaRecord = Pick<PostRecord, 'language' | 'themes' | 'mobilityId' | 'phase' | 'coverUploadId' | 'coverAlt'>;

export interface ReviewRecord {
  id: string;
  itemId: string;
  authorId: string | null;
  action: ReviewAction;
  message: string;
  versionId: string | null;
  createdAt: number;
}

interface PostRow {
  item_id: string;
  language: string;
  themes: string;
  mobility_id: string | null;
  phase: PostPhase | null;
  cover_upload_id: string | null;
  cover_alt: string;
  status: PostStatus;
  submitted_version_id: string | null;
  published_version_id: string | null;
  published_at: number | null;
  published_by: string | null;
}

/** A post waiting for a teacher, with who sent it for review last. */
export interface QueuedPostRecord {
  itemId: string;
  status: 'submitted' | 'approved';
  submittedBy: string | null;
  submittedAt: number | null;
}

interface QueuedPostRow {
  item_id: string;
  status: 'submitted' | 'approved';
  submitted_by: string | null;
  submitted_at: number | null;
}

interface ReviewRow {
  id: string;
  item_id: string;
  author_id: string | null;
  action: ReviewAction;
  message: string;
  version_id: string | null;
  created_at: number;
}

/** The `posts` rows (metadata, status, submitted/published versions) and their review timeline. */
export class PostRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare<[string, string]>('INSERT INTO posts (item_id, language) VALUES (?, ?)'),
      find: db.prepare<[string], PostRow>('SELECT * FROM posts WHERE item_id = ?'),
      updateMeta: db.prepare(
        `UPDATE posts SET language = @language, themes = @themes, mobility_id = @mobilityId, phase = @phase,
           cover_upload_id = @coverUploadId, cover_alt = @coverAlt WHERE item_id = @itemId`,
      ),
      setStatus: db.prepare<[PostStatus, string]>('UPDATE posts SET status = ? WHERE item_id = ?'),
      submitted: db.prepare<[string, string]>(
        `UPDATE posts SET status = 'submitted', submitted_version_id = ? WHERE item_id = ?`,
      ),
      published: db.prepare<[string, number, string, string]>(
        `UPDATE posts SET status = 'published', published_version_id = ?, published_at = ?, published_by = ? WHERE item_id = ?`,
      ),
      unpublished: db.prepare<[string]>(
        `UPDATE posts SET status = 'draft', published_version_id = NULL, published_at = NULL, published_by = NULL
         WHERE item_id = ?`,
      ),
      insertReview: db.prepare(
        `INSERT INTO post_reviews (id, item_id, author_id, action, message, version_id, created_at)
         VALUES (@id, @itemId, @authorId, @action, @message, @versionId, @createdAt)`,
      ),
      statusOf: db.prepare<[string], { status: PostStatus }>('SELECT status FROM posts WHERE item_id = ?'),
      // Approved-but-not-published posts still wait for a teacher (to publish them).
      queue: db.prepare<[string], QueuedPostRow>(
        `SELECT p.item_id, p.status, last.author_id AS submitted_by, last.created_at AS submitted_at
         FROM posts p
         JOIN items i ON i.id = p.item_id AND i.deleted_at IS NULL
         JOIN spaces s ON s.id = i.space_id AND s.partnership_id = ?
         LEFT JOIN post_reviews last ON last.rowid = (
           SELECT r.rowid FROM post_reviews r WHERE r.item_id = p.item_id AND r.action = 'submit'
           ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1)
         WHERE p.status IN ('submitted', 'approved')
         ORDER BY last.created_at, p.item_id`,
      ),
      reviews: db.prepare<[string], ReviewRow>(
        'SELECT * FROM post_reviews WHERE item_id = ? ORDER BY created_at, rowid',
      ),
    };
  }

  /** Called in the transaction that inserts the post's item. */
  insert(itemId: string, language: string): void {
    this.statements.insert.run(itemId, language);
  }

  find(itemId: string): PostRecord | null {
    const row = this.statements.find.get(itemId);
    return row ? toPost(row) : null;
  }

  /** Just the status, for item lists (null when the item is not a post). */
  statusOf(itemId: string): PostStatus | null {
    return this.statements.statusOf.get(itemId)?.status ?? null;
  }

  /** The partnership's posts waiting for review, longest waiting first. */
  awaitingReview(partnershipId: string): QueuedPostRecord[] {
    return this.statements.queue.all(partnershipId).map((row) => ({
      itemId: row.item_id,
      status: row.status,
      submittedBy: row.submitted_by,
      submittedAt: row.submitted_at,
    }));
  }

  updateMeta(itemId: string, meta: PostMetaRecord): void {
    this.statements.updateMeta.run({ itemId, ...meta, themes: JSON.stringify(meta.themes) });
  }

  setStatus(itemId: string, status: PostStatus): void {
    this.statements.setStatus.run(status, itemId);
  }

  markSubmitted(itemId: string, versionId: string): void {
    this.statements.submitted.run(versionId, itemId);
  }

  markPublished(itemId: string, versionId: string, publishedBy: string): void {
    this.statements.published.run(versionId, Date.now(), publishedBy, itemId);
  }

  /** Back to a draft nobody reads but its team; the stored versions stay in the history. */
  markUnpublished(itemId: string): void {
    this.statements.unpublished.run(itemId);
  }

  addReview(review: Omit<ReviewRecord, 'id' | 'createdAt'>): ReviewRecord {
    const record: ReviewRecord = { ...review, id: randomUUID(), createdAt: Date.now() };
    this.statements.insertReview.run(record);
    return record;
  }

  /** Oldest first: the timeline reads top to bottom. */
  reviewsOf(itemId: string): ReviewRecord[] {
    return this.statements.reviews.all(itemId).map((row) => ({
      id: row.id,
      itemId: row.item_id,
      authorId: row.author_id,
      action: row.action,
      message: row.message,
      versionId: row.version_id,
      createdAt: row.created_at,
    }));
  }
}

export function toPost(row: PostRow): PostRecord {
  return {
    itemId: row.item_id,
    language: row.language,
    themes: JSON.parse(row.themes) as string[],
    mobilityId: row.mobility_id,
    phase: row.phase,
    coverUploadId: row.cover_upload_id,
    coverAlt: row.cover_alt,
    status: row.status,
    submittedVersionId: row.submitted_version_id,
    publishedVersionId: row.published_version_id,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}

export type { PostRow };
