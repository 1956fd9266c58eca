import { readDocumentContent } from '@kopa/editor';
import type { BlogEntry, Credit, PublishedPost, PublishedTranslation } from '@kopa/protocol';
import type { DocumentAuthors } from '../history/document-authors.js';
import type { VersionRepository } from '../history/version-repository.js';
import type { ReactionRepository } from '../moderation/reaction-repository.js';
import type { PublishedRow } from './blog-search.js';
import { excerptOf } from './post-content.js';
import { describeMeta, type UploadLookup } from './post-meta.js';
import type { PostRecord } from './post-repository.js';

export interface PublishedPostsDeps {
  versions: VersionRepository;
  reactions: ReactionRepository;
  /** Credits of a version: the people whose text is in it, most text first. */
  authors: Pick<DocumentAuthors, 'authorsOf'>;
  uploads: UploadLookup;
  /** Its versions in other languages, as frozen when it was published (translations/). */
  translations?: {
    of(itemId: string): Promise<PublishedTranslation[]>;
    languagesOf(itemIds: readonly string[]): Map<string, string[]>;
  };
}

/** A published post as the partnership reads it; the item and permissions come from the route. */
export interface PublishedSubject {
  item: { id: string; title: string; docId: string };
  partnershipId: string;
  post: PostRecord;
  viewerId: string;
  canComment: boolean;
  canModerate: boolean;
}

/**
 * The frozen published versions: the reader's view (content rendered from the
 * stored Yjs state, credits of that version, reactions) and the blog list's entries.
 */
export class PublishedPosts {
  constructor(private readonly deps: PublishedPostsDeps) {}

  /** Null when the post is not published (or its version is gone). */
  async view(subject: PublishedSubject): Promise<PublishedPost | null> {
    const { item, post } = subject;
    const version = post.publishedVersionId ? this.deps.versions.find(item.id, post.publishedVersionId) : null;
    if (!version || post.publishedAt === null) return null;
    return {
      id: item.id,
      title: item.title,
      partnershipId: subject.partnershipId,
      meta: describeMeta(this.deps.uploads, subject.partnershipId, post),
      content: await readDocumentContent(version.state),
      credits: this.deps.authors.authorsOf(item.docId, version.state),
      publishedAt: post.publishedAt,
      reactions: this.deps.reactions.countsFor(item.id, subject.viewerId),
      canComment: subject.canComment,
      canModerate: subject.canModerate,
      translations: (await this.deps.translations?.of(item.id)) ?? [],
    };
  }

  /** Blog list entries, with the beginning of each published text (from the search index). */
  entries(partnershipId: string, rows: readonly PublishedRow[], beginnings: ReadonlyMap<string, string>): BlogEntry[] {
    const languages = this.deps.translations?.languagesOf(rows.map((row) => row.itemId));
    return rows.map((row) => ({
      id: row.itemId,
      title: row.title,
      excerpt: excerptOf(beginnings.get(row.itemId) ?? ''),
      meta: describeMeta(this.deps.uploads, partnershipId, row),
      credits: this.versionCredits(row),
      publishedAt: row.publishedAt,
      reactionCount: row.reactionCount,
      commentCount: row.commentCount,
      translationLanguages: languages?.get(row.itemId) ?? [],
    }));
  }

  private versionCredits(row: PublishedRow): Credit[] {
    const version = this.deps.versions.find(row.itemId, row.publishedVersionId);
    return version ? this.deps.authors.authorsOf(row.docId, version.state) : [];
  }
}
