import type { AppendEntry, DocumentStore } from '../../src/storage/document-store.js';

/** The real store, with every append taking `delayMs` longer: makes write ordering observable. */
export function slowAppends(delayMs: number): (store: DocumentStore) => DocumentStore {
  return (store) => ({
    load: (docId) => store.load(docId),
    compact: (docId, snapshot, uptoSeq) => store.compact(docId, snapshot, uptoSeq),
    stats: (docId) => store.stats(docId),
    delete: (docId) => store.delete(docId),
    async appendUpdates(batch: readonly AppendEntry[]) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return store.appendUpdates(batch);
    },
  });
}
