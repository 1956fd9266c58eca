import * as Y from 'yjs';
import type { DeleteSet } from './update-structure.js';

/**
 * The live items of the document that a delete set removes, each with how many
 * of its units (characters, array entries) the set covers. Items the document
 * has already deleted, and ranges it does not know yet, are left out.
 */
export function* deletedDocumentItems(doc: Y.Doc, ds: DeleteSet): Generator<{ item: Y.Item; length: number }> {
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs || structs.length === 0) continue;
    const known = Y.getState(doc.store, client);
    for (const range of ranges) {
      const start = Math.max(range.clock, structs[0]!.id.clock);
      const end = Math.min(range.clock + range.len, known);
      if (start >= end) continue;
      for (let i = Y.findIndexSS(structs, start); i < structs.length && structs[i]!.id.clock < end; i++) {
        const struct = structs[i]!;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const from = Math.max(start, struct.id.clock);
        const to = Math.min(end, struct.id.clock + struct.length);
        yield { item: struct, length: to - from };
      }
    }
  }
}

/** How many units of the struct at (id, length) a delete set covers (e.g. of the update's own new items). */
export function deletedLength(ds: DeleteSet, id: Y.ID, length: number): number {
  const ranges = ds.clients.get(id.client);
  if (!ranges) return 0;
  let covered = 0;
  for (const range of ranges) {
    const from = Math.max(range.clock, id.clock);
    const to = Math.min(range.clock + range.len, id.clock + length);
    if (to > from) covered += to - from;
  }
  return covered;
}
