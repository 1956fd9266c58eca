import * as Y from 'yjs';
import type { DocumentStore } from '../storage/document-store.js';

/** A document's whole Yjs state, as the sync server loads it: snapshot, then the updates after it. */
export async function documentState(store: DocumentStore, docId: string): Promise<Uint8Array | null> {
  const stored = await store.load(docId);
  if (!stored) return null;
  const doc = new Y.Doc({ gc: true });
  try {
    Y.transact(doc, () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
