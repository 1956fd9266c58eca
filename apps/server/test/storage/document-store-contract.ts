import { describe, expect, it } from 'vitest';
import type { DocumentStore } from '../../src/storage/document-store.js';

/**
 * The behaviour every DocumentStore must have. Each backend's test file calls
 * this with a factory for a fresh, empty store.
 */
export function documentStoreContract(
  name: string,
  open: () => Promise<{ store: DocumentStore; close(): Promise<void> }>,
): void {
  const bytes = (...values: number[]) => new Uint8Array(values);

  const withStore = (test: (store: DocumentStore) => Promise<void>) => async () => {
    const { store, close } = await open();
    try {
      await test(store);
    } finally {
      await close();
    }
  };

  describe(`DocumentStore contract: ${name}`, () => {
    it('loads nothing for a document never stored', withStore(async (store) => {
      expect(await store.load('never-stored-doc')).toBeNull();
      expect(await store.stats('never-stored-doc')).toEqual({ updateCount: 0, updateBytes: 0, snapshotBytes: 0 });
    }));

    it('appends updates and loads them back in order, byte for byte', withStore(async (store) => {
      const seqs = await store.appendUpdates([
        { docId: 'doc-a', update: bytes(1, 2, 3) },
        { docId: 'doc-a', update: bytes(4) },
      ]);
      const [later] = await store.appendUpdates([{ docId: 'doc-a', update: bytes(5, 6) }]);
      expect(seqs).toHaveLength(2);
      expect(seqs[1]!).toBeGreaterThan(seqs[0]!);
      expect(later!).toBeGreaterThan(seqs[1]!);

      const loaded = await store.load('doc-a');
      expect(loaded?.snapshot).toBeNull();
      expect(loaded?.updates).toEqual([bytes(1, 2, 3), bytes(4), bytes(5, 6)]);
      expect(loaded?.lastSeq).toBe(later);
    }));

    it('keeps documents apart, also within one batch', withStore(async (store) => {
      await store.appendUpdates([
        { docId: 'doc-a', update: bytes(1) },
        { docId: 'doc-b', update: bytes(2) },
        { docId: 'doc-a', update: bytes(3) },
      ]);
      expect((await store.load('doc-a'))?.updates).toEqual([bytes(1), bytes(3)]);
      expect((await store.load('doc-b'))?.updates).toEqual([bytes(2)]);
    }));

    it('an empty batch stores nothing', withStore(async (store) => {
      expect(await store.appendUpdates([])).toEqual([]);
    }));

    it('compaction replaces the updates it covers and keeps later ones', withStore(async (store) => {
      const [first, second] = await store.appendUpdates([
        { docId: 'doc-a', update: bytes(1) },
        { docId: 'doc-a', update: bytes(2) },
      ]);
      const [third] = await store.appendUpdates([{ docId: 'doc-a', update: bytes(3) }]);
      await store.compact('doc-a', bytes(9, 9), second!);

      const loaded = await store.load('doc-a');
      expect(loaded?.snapshot).toEqual(bytes(9, 9));
      expect(loaded?.updates).toEqual([bytes(3)]);
      expect(loaded?.lastSeq).toBe(third);
      expect(first).toBeLessThan(second!);
      expect(await store.stats('doc-a')).toEqual({ updateCount: 1, updateBytes: 1, snapshotBytes: 2 });
    }));

    it('loads a compacted document with no later updates', withStore(async (store) => {
      const [seq] = await store.appendUpdates([{ docId: 'doc-a', update: bytes(1) }]);
      await store.compact('doc-a', bytes(7), seq!);
      expect(await store.load('doc-a')).toEqual({ snapshot: bytes(7), updates: [], lastSeq: seq });
    }));

    it('ignores a compaction older than the current snapshot', withStore(async (store) => {
      const [a, b] = await store.appendUpdates([
        { docId: 'doc-a', update: bytes(1) },
        { docId: 'doc-a', update: bytes(2) },
      ]);
      await store.compact('doc-a', bytes(8, 8), b!);
      await store.compact('doc-a', bytes(7), a!);
      expect((await store.load('doc-a'))?.snapshot).toEqual(bytes(8, 8));
    }));

    it('stores large updates intact (2 MiB)', withStore(async (store) => {
      const big = new Uint8Array(2 * 1024 * 1024).map((_, i) => (i * 31) % 251);
      await store.appendUpdates([{ docId: 'doc-big', update: big }]);
      const loaded = await store.load('doc-big');
      expect(loaded?.updates[0]?.length).toBe(big.length);
      expect(Buffer.compare(Buffer.from(loaded!.updates[0]!), Buffer.from(big))).toBe(0);
    }));

    it('deletes everything of one document and nothing else', withStore(async (store) => {
      const [seq] = await store.appendUpdates([
        { docId: 'doc-a', update: bytes(1) },
        { docId: 'doc-b', update: bytes(2) },
      ]);
      await store.compact('doc-a', bytes(5), seq!);
      await store.appendUpdates([{ docId: 'doc-a', update: bytes(3) }]);
      await store.delete('doc-a');
      expect(await store.load('doc-a')).toBeNull();
      expect((await store.load('doc-b'))?.updates).toEqual([bytes(2)]);
    }));
  });
}
