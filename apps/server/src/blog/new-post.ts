import type { Member } from '@kopa/protocol';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import type { ItemRecord } from '../spaces/space-repository.js';
import { defaultLanguage } from './post-meta.js';
import type { PostRepository } from './post-repository.js';

/**
 * The space routes' hook for new items: a new post gets its own row (metadata,
 * workflow status) in the transaction that inserts its item, written in the
 * creator's school language when the partnership works in it.
 */
export function addPostRow(deps: { posts: PostRepository; partnerships: PartnershipRepository }) {
  return (item: ItemRecord, creator: Member): void => {
    if (item.type !== 'post') return;
    const school = creator.schoolId ? deps.partnerships.findSchool(creator.schoolId) : null;
    deps.posts.insert(item.id, defaultLanguage(deps.partnerships.find(creator.partnershipId), school?.languages ?? []));
  };
}
