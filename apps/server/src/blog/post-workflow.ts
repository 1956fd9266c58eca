import { imagesWithoutAltText, readDocumentContent } from '@kopa/editor';
import type { PostStatus, ReviewPostBody } from '@kopa/protocol';
import * as Y from 'yjs';
import type { DocumentRegistry } from '../collab/document-registry.js';
import type { SqliteDatabase } from '../db/open-database.js';
import { withLiveDocument } from '../history/live-document.js';
import type { VersionRepository } from '../history/version-repository.js';
import { HttpError, notFound } from '../http/http-error.js';
import type { AuditLog } from '../moderation/audit-log.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { BlogSearch } from './blog-search.js';
import { contentText } from './post-content.js';
import type { PostEvents } from './post-events.js';
import type { PostRecord, PostRepository } from './post-repository.js';

export interface PostWorkflowDeps {
  db: SqliteDatabase;
  posts: PostRepository;
  spaces: SpaceRepository;
  versions: VersionRepository;
  search: BlogSearch;
  auditLog: AuditLog;
  postEvents: PostEvents;
  registry: DocumentRegistry;
  /**
   * Read before publishing (the post's versions in other languages, translations/); the step it
   * returns runs inside the publish transaction.
   */
  alongsidePublish?: (itemId: string) => Promise<() => void>;
}

/** Who does a transition, and what they wrote along with it. */
export interface PostAction {
  itemId: string;
  actorId: string;
  message: string;
}

const wrongStatus = (message: string) => new HttpError(409, 'wrong_status', message);

/** Review actions that are allowed only while a version waits for a decision. */
const AWAITING_DECISION: readonly PostStatus[] = ['submitted', 'approved'];

/**
 * The review workflow of a post: draft → submitted → (changes requested | approved)
 * → published, and unpublish. The submitted version is frozen when it is submitted;
 * publishing makes exactly that version the one the partnership reads, while the team
 * keeps editing the draft (and may submit an update). Permissions are the caller's
 * to check (can() edit / moderate / publish); this checks the state the post is in.
 */
export class PostWorkflow {
  constructor(private readonly deps: PostWorkflowDeps) {}

  /** Freezes the live content as the submitted version. 422 when a picture has no description. */
  async submit({ itemId, actorId, message }: PostAction): Promise<void> {
    const { item, post } = this.load(itemId);
    if (post.status === 'submitted') throw wrongStatus('The post is already waiting for a review.');
    // The live document as its writers see it, everything received so far stored.
    const state = await withLiveDocument(this.deps.registry, item.docId, (doc) => Y.encodeStateAsUpdate(doc.ydoc));
    requireAltText(await readDocumentContent(state), post, 'submitted');

    this.deps.db.transaction(() => {
      // Someone else may have submitted while the content was read.
      if (this.load(itemId).post.status === 'submitted') throw wrongStatus('The post is already waiting for a review.');
      const version = this.deps.versions.save({ itemId, kind: 'submitted', state, createdBy: actorId });
      this.deps.posts.markSubmitted(itemId, version.id);
      this.deps.posts.addReview({ itemId, authorId: actorId, action: 'submit', message, versionId: version.id });
    })();
    this.deps.postEvents.changed(itemId);
  }

  /** A teacher's comment (any time), request for changes or approval (of a submitted version). */
  review({ itemId, actorId, message }: PostAction, action: ReviewPostBody['action']): void {
    this.deps.db.transaction(() => {
      const { post } = this.load(itemId);
      if (action !== 'comment') {
        if (!AWAITING_DECISION.includes(post.status)) throw wrongStatus('There is no submitted version to decide on.');
        this.deps.posts.setStatus(itemId, action === 'approve' ? 'approved' : 'changes_requested');
      }
      this.deps.posts.addReview({ itemId, authorId: actorId, action, message, versionId: post.submittedVersionId });
    })();
    this.deps.postEvents.changed(itemId);
  }

  /** Makes the submitted version the published one; its text becomes searchable. */
  async publish({ itemId, actorId, message }: PostAction): Promise<void> {
    const { post } = this.load(itemId);
    if (!AWAITING_DECISION.includes(post.status) || !post.submittedVersionId) {
      throw wrongStatus('Only a submitted post can be published.');
    }
    const submitted = this.deps.versions.find(itemId, post.submittedVersionId);
    if (!submitted) throw wrongStatus('The submitted version is gone; the team has to submit the post again.');
    const content = await readDocumentContent(submitted.state);
    requireAltText(content, post, 'published');
    const alongside = await this.deps.alongsidePublish?.(itemId);

    this.deps.db.transaction(() => {
      const { item, space, post: current } = this.load(itemId);
      if (!AWAITING_DECISION.includes(current.status) || current.submittedVersionId !== submitted.id) {
        throw wrongStatus('The post changed meanwhile: look at it again before publishing.');
      }
      const version = this.deps.versions.save({ itemId, kind: 'published', state: submitted.state, createdBy: actorId });
      this.deps.posts.markPublished(itemId, version.id, actorId);
      this.deps.posts.addReview({ itemId, authorId: actorId, action: 'publish', message, versionId: version.id });
      this.deps.search.index(itemId, item.title, contentText(content));
      alongside?.();
      this.deps.auditLog.record({
        partnershipId: space.partnershipId,
        actorId,
        action: 'post.publish',
        targetType: 'post',
        targetId: itemId,
        // An update replaces a version readers already saw; the log says which it was.
        detail: { title: item.title, versionId: version.id, update: current.publishedVersionId !== null },
      });
    })();
    this.deps.postEvents.changed(itemId);
  }

  /**
   * Takes the published version down: the post is a draft again, out of the blog and
   * its search. Shared by the unpublish route and the moderation queue (resolving a
   * report); may run inside the caller's transaction.
   */
  unpublish({ itemId, actorId, message }: PostAction): void {
    this.deps.db.transaction(() => {
      const { item, space, post } = this.load(itemId);
      if (!post.publishedVersionId) throw wrongStatus('The post is not published.');
      this.deps.posts.markUnpublished(itemId);
      this.deps.posts.addReview({ itemId, authorId: actorId, action: 'unpublish', message, versionId: post.publishedVersionId });
      this.deps.search.remove(itemId);
      this.deps.auditLog.record({
        partnershipId: space.partnershipId,
        actorId,
        action: 'post.unpublish',
        targetType: 'post',
        targetId: itemId,
        detail: { title: item.title, reason: message },
      });
    })();
    this.deps.postEvents.changed(itemId);
  }

  private load(itemId: string) {
    const item = this.deps.spaces.findItem(itemId);
    const space = item ? this.deps.spaces.findSpace(item.spaceId) : null;
    const post = item?.type === 'post' ? this.deps.posts.find(itemId) : null;
    if (!item || !space || !post) throw notFound('Post');
    return { item, space, post };
  }
}

/** Every picture, the cover too, needs a description before the post goes to readers. */
function requireAltText(content: Awaited<ReturnType<typeof readDocumentContent>>, post: PostRecord, becoming: 'submitted' | 'published'): void {
  const pictures = imagesWithoutAltText(content);
  const cover = post.coverUploadId !== null && post.coverAlt.trim() === '';
  if (pictures === 0 && !cover) return;
  const problems = [
    ...(pictures > 0 ? [`${pictures} ${pictures === 1 ? 'picture needs' : 'pictures need'} a description`] : []),
    ...(cover ? ['the cover picture needs a description'] : []),
  ];
  const sentence = problems.join(' and ');
  throw new HttpError(
    422,
    'alt_text_missing',
    `${sentence[0]!.toUpperCase()}${sentence.slice(1)} before the post can be ${becoming}: describe each picture for someone who cannot see it.`,
  );
}
