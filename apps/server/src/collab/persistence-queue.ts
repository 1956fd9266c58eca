import type { DocumentStore } from '../storage/document-store.js';
import type { SharedDocument } from './shared-document.js';

export interface PendingUpdate {
  doc: SharedDocument;
  update: Uint8Array;
  /** The peer (connection) the update came from, which need not receive it back. */
  origin: unknown;
}

export interface PersistenceQueueHooks {
  /** Runs once a batch is on disk, in order: this is where updates are broadcast. */
  onPersisted(entries: readonly PendingUpdate[], seqs: readonly number[]): void;
  /** Runs when a batch could not be written; nothing of it was broadcast. */
  onFailed(entries: readonly PendingUpdate[], error: unknown): void;
}

/**
 * Persist before broadcast, with group commit: updates applied during one turn
 * of the event loop are written in one transaction, and only then relayed to
 * other clients. No client ever sees an update the disk does not have.
 */
export class PersistenceQueue {
  private pending: PendingUpdate[] = [];
  private flushing: Promise<void> | null = null;
  private scheduled = false;

  constructor(
    private readonly store: DocumentStore,
    private readonly hooks: PersistenceQueueHooks,
  ) {}

  enqueue(entry: PendingUpdate): void {
    this.pending.push(entry);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        void this.flush();
      });
    }
  }

  /** Resolves once everything enqueued so far, and anything enqueued meanwhile, is on disk. */
  async idle(): Promise<void> {
    while (this.flushing || this.pending.length > 0) await this.flush();
  }

  get size(): number {
    return this.pending.length;
  }

  private flush(): Promise<void> {
    this.flushing ??= this.writeAll().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async writeAll(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      let seqs: number[];
      try {
        seqs = await this.store.appendUpdates(batch.map(({ doc, update }) => ({ docId: doc.docId, update })));
      } catch (error) {
        this.hooks.onFailed(batch, error);
        continue;
      }
      this.hooks.onPersisted(batch, seqs);
    }
  }
}
