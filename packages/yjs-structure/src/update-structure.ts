import * as Y from 'yjs';
import { locateItem, type Place } from './item-place.js';
import { createStructLookup, type Struct } from './struct-lookup.js';

export type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** An untrusted Yjs update, decoded but not applied, with a way to tell where each of its items would go. */
export interface UpdateStructure {
  /** Every struct of the update, in encoding order (by client, then clock). */
  readonly structs: readonly Struct[];
  /** The update's items (its GC and Skip structs left out). */
  readonly items: readonly Y.Item[];
  /** What the update deletes. */
  readonly ds: DeleteSet;
  /** A struct by id, from the update or the document; null when neither has it. */
  find(id: Y.ID): Y.Item | Y.GC | null;
  /** Where an item (of the update or the document) goes; memoised. */
  placeOf(item: Y.Item): Place;
  /** Whether the document does not have this struct yet (an update may repeat structs the document has). */
  isNew(struct: Struct): boolean;
}

/** Neighbour chains longer than this are not followed (a crafted update could make them endless). */
const MAX_CHAIN = 10_000;

/** Decodes an update without applying it; null when it cannot be decoded. */
export function readUpdateStructure(doc: Y.Doc, update: Uint8Array): UpdateStructure | null {
  let decoded: { structs: Struct[]; ds: DeleteSet };
  try {
    decoded = Y.decodeUpdate(update) as { structs: Struct[]; ds: DeleteSet };
  } catch {
    return null;
  }
  const lookup = createStructLookup(doc, decoded.structs);
  const places = new Map<Y.Item, Place>();
  const placeAt = (item: Y.Item, depth: number): Place => {
    let place = places.get(item);
    if (!place) {
      place = locateItem(item, lookup, (next) =>
        depth > MAX_CHAIN ? { kind: 'ignored' } : placeAt(next, depth + 1),
      );
      places.set(item, place);
    }
    return place;
  };
  return {
    structs: decoded.structs,
    items: decoded.structs.filter((struct): struct is Y.Item => struct instanceof Y.Item),
    ds: decoded.ds,
    find: (id) => lookup.find(id),
    placeOf: (item) => placeAt(item, 0),
    isNew: (struct) => Y.getState(doc.store, struct.id.client) <= struct.id.clock,
  };
}
