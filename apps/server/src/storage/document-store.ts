/**
 * Where document content lives: an append-only log of Yjs updates per document,
 * folded now and then into a snapshot. Every backend (SQLite today; PostgreSQL or
 * another later) must pass the contract suite in test/storage/document-store-contract.ts.
 *
 * The store never interprets the bytes: validating and merging updates is the
 * sync server's job, through a real Y.Doc (never Y.mergeUpdates on untrusted input).
 */
export interface StoredDocument {
  /** The latest snapshot (a full Yjs state), or null when none has been taken. */
  snapshot: Uint8Array | null;
  /** Updates appended after the snapshot, in the order they were appended. */
  updates: Uint8Array[];
  /** The sequence number of the last update included (0 when there is none). */
  lastSeq: number;
}

export interface AppendEntry {
  docId: string;
  update: Uint8Array;
}

export interface DocumentStats {
  updateCount: number;
  updateBytes: number;
  snapshotBytes: number;
}

export interface DocumentStore {
  /** The document's content, or null when nothing was ever stored for it. */
  load(docId: string): Promise<StoredDocument | null>;
  /**
   * Appends a batch (any number of documents) atomically and durably: when the
   * promise resolves, every entry is on disk. Returns each entry's sequence
   * number, increasing in batch order.
   */
  appendUpdates(batch: readonly AppendEntry[]): Promise<number[]>;
  /**
   * Replaces the snapshot and every update up to `uptoSeq` with `snapshot`, in one
   * transaction. A compaction older than the current snapshot is ignored.
   */
  compact(docId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
  stats(docId: string): Promise<DocumentStats>;
  delete(docId: string): Promise<void>;
}
