import type { ItemType } from '@kopa/protocol';
import * as Y from 'yjs';
import { contentGuardFor } from '../../collab/content-guard.js';

/**
 * Whether bytes from a backup may become an item's Yjs content: they decode, pass the same
 * guard the sync server puts every update through (the shape Lexical or BoardModel writes),
 * and depend on nothing missing. `base` is the state they apply to (for a live-lesson trail's
 * changes); a whole state applies to an empty document. Returns why not, or null.
 */
export function checkYjsContent(type: ItemType, bytes: Uint8Array, base?: Y.Doc): string | null {
  const doc = base ?? new Y.Doc({ gc: true });
  try {
    const problem = contentGuardFor(type)(doc, bytes);
    if (problem) return problem;
    Y.applyUpdate(doc, bytes);
    const store = doc.store;
    if (store.pendingStructs !== null || store.pendingDs !== null) return 'it depends on content that is not in it';
    return null;
  } catch {
    return 'it cannot be decoded';
  } finally {
    if (!base) doc.destroy();
  }
}
