import * as Y from 'yjs';
import type { StructLookup } from './struct-lookup.js';

/** Where an item goes: into a root type (by name) or into the shared type another item holds; at a key or in sequence. */
export type Place =
  | { kind: 'root'; name: string; parentSub: string | null }
  | { kind: 'type'; typeItem: Y.Item; parentSub: string | null }
  /** Yjs will discard it (its neighbour or parent was garbage-collected) or keep it pending. */
  | { kind: 'ignored' };

/**
 * Where an item goes. An encoded item names its parent only when it has no
 * neighbour; otherwise it goes where its neighbour is, so `placeOf` is asked
 * about the neighbour (memoised by the caller).
 */
export function locateItem(item: Y.Item, lookup: StructLookup, placeOf: (item: Y.Item) => Place): Place {
  const parent = item.parent as unknown;
  if (parent instanceof Y.AbstractType) {
    // Already in the document: Yjs resolved it when integrating.
    const typeItem = parent._item;
    if (typeItem === null) return { kind: 'root', name: Y.findRootTypeKey(parent), parentSub: item.parentSub };
    return typeItem.content instanceof Y.ContentType
      ? { kind: 'type', typeItem, parentSub: item.parentSub }
      : { kind: 'ignored' };
  }
  if (typeof parent === 'string') return { kind: 'root', name: parent, parentSub: item.parentSub };
  if (parent instanceof Y.ID) {
    const typeItem = lookup.find(parent);
    if (!(typeItem instanceof Y.Item) || !(typeItem.content instanceof Y.ContentType)) return { kind: 'ignored' };
    return { kind: 'type', typeItem, parentSub: item.parentSub };
  }
  const neighbourId = item.origin ?? item.rightOrigin;
  const neighbour = neighbourId ? lookup.find(neighbourId) : null;
  return neighbour instanceof Y.Item ? placeOf(neighbour) : { kind: 'ignored' };
}
