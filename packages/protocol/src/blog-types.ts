import type { SpaceKind } from './permissions.js';
import type { PublishedTranslation } from './post-translation-types.js';

/** The JSON shapes of the blog, image uploads, versions and moderation (see docs/api.md). */

/** A post's phase relative to the mobility it belongs to. */
export const POST_PHASES = ['before', 'during', 'after'] as const;
export type PostPhase = (typeof POST_PHASES)[number];

/**
 * The review workflow of a post's draft. Publishing freezes a version; the team can keep
 * editing the draft and submit an update while the published version stays up.
 */
export const POST_STATUSES = ['draft', 'submitted', 'changes_requested', 'approved', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** The small fixed set of reactions on published posts. */
export const REACTIONS = ['👍', '❤️', '😂', '😮', '👏', '🎉'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** An uploaded picture: metadata stripped, stored as resized WebP variants. */
export interface UploadedImage {
  id: string;
  width: number;
  height: number;
  /** The variants' URLs by width (ascending), for `srcset`; the last is the largest. */
  variants: { width: number; url: string }[];
  /** The largest variant. */
  url: string;
}

export interface PostMeta {
  language: string;
  themes: string[];
  mobilityId: string | null;
  phase: PostPhase | null;
  cover: UploadedImage | null;
  coverAlt: string;
}

/** Someone credited on a post: display name and school only. */
export interface Credit {
  userId: string;
  displayName: string;
  schoolName: string | null;
  country: string | null;
}

export const REVIEW_ACTIONS = ['submit', 'comment', 'request_changes', 'approve', 'publish', 'unpublish'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** One step of a post's review timeline. */
export interface ReviewEntry {
  id: string;
  action: ReviewAction;
  message: string;
  author: Credit;
  createdAt: number;
}

/** `GET /api/posts/:itemId`: the post as its writers and reviewers see it. */
export interface PostDetail {
  id: string;
  title: string;
  docId: string;
  space: { id: string; title: string; kind: SpaceKind; partnershipId: string };
  meta: PostMeta;
  status: PostStatus;
  /** Epoch ms of the current published version, or null when not published. */
  publishedAt: number | null;
  reviews: ReviewEntry[];
  /** Everyone who wrote in the draft so far. */
  credits: Credit[];
  archived: boolean;
  /** What the current user may do (mirrors can(); the server enforces the same). */
  canEdit: boolean;
  canSubmit: boolean;
  canReview: boolean;
  canPublish: boolean;
}

/**
 * `GET /api/partnerships/:pid/posts?status=submitted`: a post waiting for a teacher
 * (submitted, or approved but not published yet). Teachers only.
 */
export interface PostAwaitingReview {
  id: string;
  title: string;
  status: Extract<PostStatus, 'submitted' | 'approved'>;
  space: { id: string; title: string };
  /** Who sent it for review last, and when (null when that person has left). */
  submittedBy: Credit | null;
  submittedAt: number | null;
}

export interface ReactionCount {
  emoji: Reaction;
  count: number;
  /** Whether the current user gave this reaction. */
  mine: boolean;
}

export interface PostComment {
  id: string;
  itemId: string;
  body: string;
  author: Credit;
  createdAt: number;
  /** Hidden comments are shown only to teachers, marked as hidden. */
  hidden: boolean;
  canDelete: boolean;
}

/**
 * `GET /api/posts/:itemId/published`: the frozen published version, readable by the
 * whole partnership. `content` is a serialized Lexical editor state.
 */
export interface PublishedPost {
  id: string;
  title: string;
  partnershipId: string;
  meta: PostMeta;
  content: unknown;
  credits: Credit[];
  publishedAt: number;
  reactions: ReactionCount[];
  canComment: boolean;
  canModerate: boolean;
  /** Its versions in other languages, as frozen when it was published (post-translation-types.ts). */
  translations: PublishedTranslation[];
}

/** One published post in the partnership's blog list. */
export interface BlogEntry {
  id: string;
  title: string;
  excerpt: string;
  meta: PostMeta;
  credits: Credit[];
  publishedAt: number;
  reactionCount: number;
  commentCount: number;
  /** The languages of its published versions besides the original (`meta.language`). */
  translationLanguages: string[];
}

/** `before_restore`: the text just before a restore replaced it, kept by the restore itself. */
export const VERSION_KINDS = ['auto', 'named', 'submitted', 'published', 'restored', 'before_restore'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface VersionSummary {
  id: string;
  kind: VersionKind;
  name: string;
  createdAt: number;
  createdBy: Credit | null;
  /** For a `restored` version: the version it brought back (absent when that one is gone). */
  sourceVersionId?: string;
}

/** `GET /api/items/:id/versions/:versionId`: a version to read (serialized Lexical state). */
export interface VersionDetail extends VersionSummary {
  content: unknown;
}

/** What changed between two versions, as a word-level diff of the text. */
export interface VersionDiff {
  changes: { type: 'equal' | 'insert' | 'delete'; text: string }[];
}

/** Who wrote in a document: the Yjs client ids each person's edits carry. */
export interface DocumentAuthor extends Credit {
  clientIds: number[];
}

export const REPORT_TARGETS = ['post', 'comment'] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

export interface ModerationReport {
  id: string;
  targetType: ReportTarget;
  targetId: string;
  /** The post the target belongs to. */
  itemId: string;
  postTitle: string;
  /** A short quote of the reported text. */
  excerpt: string;
  reason: string;
  reporter: Credit;
  createdAt: number;
  resolvedAt: number | null;
  resolution: string | null;
  /** Who handled it, once handled. */
  resolvedBy: Credit | null;
}

export interface AuditEntry {
  id: number;
  action: string;
  actor: Credit | null;
  targetType: string;
  targetId: string;
  subject: Credit | null;
  detail: Record<string, unknown>;
  createdAt: number;
}
