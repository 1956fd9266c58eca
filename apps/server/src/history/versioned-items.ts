import type { ItemRecord } from '../spaces/space-repository.js';

/** Versions are kept for the items whose content is a Lexical document: documents and blog posts. */
export function isVersioned(item: ItemRecord): boolean {
  return item.type === 'doc' || item.type === 'post';
}
