import type { Credit } from './blog-types.js';
import { can, type Member, type Resource } from './permissions.js';

/**
 * Parallel texts: a post written in one language (`posts.language`, the original) and its versions
 * in others, each a Y.Doc of its own written by the same people who may edit the post. Readers see
 * the versions side by side, aligned paragraph by paragraph. Publishing the post freezes every
 * version as it is at that moment: the blog shows the frozen text, never the live one.
 */

/** At most this many versions of one post besides the original (a partnership works in a handful of languages). */
export const MAX_POST_TRANSLATIONS = 12;

/** `GET /api/posts/:itemId/translations`: one version of a post, as its writers see it. */
export interface PostTranslationSummary {
  /** BCP 47, canonical (`lv`, `pt-BR`); never the post's own language, one version per language. */
  language: string;
  /** Its own document: `/yjs/<docId>`, with exactly the post's rights. */
  docId: string;
  createdAt: number;
  /** Who added it (null once they left the partnership). */
  createdBy: Credit | null;
  /** Readers see it: the post is published with this version frozen in it. */
  inBlog: boolean;
  /** What the caller may do with it (the server asks the same rule). */
  canDelete: boolean;
}

/** `GET /api/posts/:itemId/translations`: the post's original language and its versions. */
export interface PostTranslations {
  itemId: string;
  /** The original's language (`posts.language`). */
  original: string;
  /** Oldest first. */
  translations: PostTranslationSummary[];
  /** May add a version (whoever may edit the post). */
  canAdd: boolean;
}

/** A version as the blog shows it: its text frozen when the post was published. */
export interface PublishedTranslation {
  language: string;
  /** Serialized Lexical editor state, like `PublishedPost.content`. */
  content: unknown;
  /** Whose words are in it (the version's own writers). */
  credits: Credit[];
}

/** What deciding about one version needs to know. */
export interface TranslationFacts {
  /** Who added the version. */
  createdBy: string | null;
  /** Readers see it now (the post is published and this version was frozen into it). */
  inBlog: boolean;
}

export type TranslationAct = 'read' | 'add' | 'delete';

type ItemResource = Extract<Resource, { type: 'item' }>;

/**
 * Who may do what with a post's versions, on top of can() on the post's item: reading is reading
 * the post (guests too); adding one is editing the post (its team, the diary's travellers, staff;
 * not while locked, paused by a live lesson or archived). Deleting: teachers and the coordinator
 * (moderating the post) at any time; the person who added it while they may still edit the post
 * and no reader sees it yet. Once a version is in the blog, only a teacher takes it away.
 */
export function canTranslation(member: Member | null | undefined, act: TranslationAct, post: ItemResource, facts?: TranslationFacts): boolean {
  switch (act) {
    case 'read':
      return can(member, 'read', post);
    case 'add':
      return can(member, 'edit', post);
    case 'delete':
      if (can(member, 'moderate', post)) return true;
      return facts !== undefined && !facts.inBlog && member?.userId === facts.createdBy && can(member, 'edit', post);
  }
}
