import * as Y from 'yjs';
import type { PostRepository } from '../blog/post-repository.js';
import type { DocumentRegistry } from '../collab/document-registry.js';
import { withLiveDocument } from '../history/live-document.js';
import type { VersionRepository } from '../history/version-repository.js';
import { HttpError } from '../http/http-error.js';
import type { AuditLog } from '../moderation/audit-log.js';
import type { ItemRecord, SpaceRecord } from '../spaces/space-repository.js';
import type { FrozenContent, FrozenContents } from './frozen-content.js';
import { picturesOf } from './public-showcase.js';
import type { ShowcaseRepository } from './showcase-repository.js';

export interface PublicApprovalsDeps {
  repository: ShowcaseRepository;
  posts: Pick<PostRepository, 'find'>;
  versions: VersionRepository;
  registry: DocumentRegistry;
  frozen: FrozenContents;
  auditLog: AuditLog;
}

/** What approving an item now would freeze. */
export interface ApprovalCandidate {
  /** A post that is not published in the blog has nothing to approve. */
  state: Uint8Array | null;
  /** Posts: the published version, approved as it is; documents and boards get a new version. */
  versionId: string | null;
  coverUploadId: string | null;
  coverAlt: string;
  content: FrozenContent | null;
  /** Its pictures that show a pupil without photo consent. */
  withoutConsent: ReadonlySet<string>;
}

/**
 * Approving an item for the public and withdrawing it. Approving freezes a version: a
 * document's or board's content as it is now (stored as a version of kind `published`), a
 * post's version published in the blog (its review already happened). Later changes stay
 * private until someone approves again. Refused while a picture in it shows a pupil without
 * photo consent. Permissions are the caller's to check (canShowcase approve / withdraw).
 */
export class PublicApprovals {
  constructor(private readonly deps: PublicApprovalsDeps) {}

  async candidate(item: ItemRecord): Promise<ApprovalCandidate> {
    const post = item.type === 'post' ? this.deps.posts.find(item.id) : null;
    let state: Uint8Array | null = null;
    let versionId: string | null = null;
    if (post) {
      const published = post.publishedVersionId ? this.deps.versions.find(item.id, post.publishedVersionId) : null;
      if (published) {
        state = published.state;
        versionId = published.id;
      }
    } else {
      // Everything received so far, as the writers see it.
      state = await withLiveDocument(this.deps.registry, item.docId, (doc) => Y.encodeStateAsUpdate(doc.ydoc));
    }
    const coverUploadId = post?.coverUploadId ?? null;
    const coverAlt = post?.coverAlt ?? '';
    if (!state) return { state, versionId, coverUploadId, coverAlt, content: null, withoutConsent: new Set() };
    const content = await this.deps.frozen.read(item.type, item.docId, state);
    const withoutConsent = this.deps.repository.picturesWithoutPhotoConsent(picturesOf({ coverUploadId }, content));
    return { state, versionId, coverUploadId, coverAlt, content, withoutConsent };
  }

  async approve(item: ItemRecord, space: SpaceRecord, actorId: string): Promise<void> {
    const candidate = await this.candidate(item);
    if (!candidate.state) {
      throw new HttpError(
        409,
        'wrong_status',
        'Publish the post in the partnership’s blog first: only a version teachers have published can go public.',
      );
    }
    const blocked = candidate.withoutConsent.size;
    if (blocked > 0) {
      throw new HttpError(
        422,
        'consent_missing',
        `${blocked === 1 ? '1 picture shows' : `${blocked} pictures show`} a pupil without photo consent: take ` +
          `${blocked === 1 ? 'it' : 'them'} out, or ask the pupil’s teacher about the consent, before approving.`,
      );
    }
    const state = candidate.state;
    this.deps.repository.transaction(() => {
      const versionId =
        candidate.versionId ?? this.deps.versions.save({ itemId: item.id, kind: 'published', state, createdBy: actorId }).id;
      const before = this.deps.repository.approval(item.id);
      this.deps.repository.approve({
        itemId: item.id,
        versionId,
        title: item.title,
        coverUploadId: candidate.coverUploadId,
        coverAlt: candidate.coverAlt,
        approvedBy: actorId,
        approvedAt: Date.now(),
      });
      this.deps.auditLog.record({
        partnershipId: space.partnershipId,
        actorId,
        action: 'item.approve_public',
        targetType: 'item',
        targetId: item.id,
        // Approving again replaces the version the public saw; the log says which it was.
        detail: { title: item.title, type: item.type, versionId, again: before !== null, previousVersionId: before?.versionId ?? null },
      });
    });
  }

  /** Takes the item off the public; false when it was not approved (nothing changes, nothing is logged). */
  withdraw(item: ItemRecord, space: SpaceRecord, actorId: string): boolean {
    return this.deps.repository.transaction(() => {
      const before = this.deps.repository.approval(item.id);
      if (!before || !this.deps.repository.withdraw(item.id)) return false;
      this.deps.auditLog.record({
        partnershipId: space.partnershipId,
        actorId,
        action: 'item.withdraw_public',
        targetType: 'item',
        targetId: item.id,
        detail: { title: before.title, type: item.type, versionId: before.versionId },
      });
      return true;
    });
  }
}
