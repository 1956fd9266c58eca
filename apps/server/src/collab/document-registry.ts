import * as Y from 'yjs';
import { CLOSE_CODES } from '@kopa/protocol';
import type { Logger } from '../logger.js';
import type { DocumentStore } from '../storage/document-store.js';
import { PersistenceQueue, type PendingUpdate } from './persistence-queue.js';
import { SharedDocument, STORAGE_ORIGIN, type DocumentPeer } from './shared-document.js';
import { encodeUpdate } from './sync-messages.js';

export interface DocumentRegistryOptions {
  store: DocumentStore;
  logger: Logger;
  /** How long a document with no peers stays loaded (a reload should not reload from disk). */
  unloadDelayMs: number;
  /** Fold the update log into a snapshot once it holds this many updates. */
  compactAfterUpdates: number;
  /** Told about stored changes and documents left alone (history and authorship listen here). */
  observers?: readonly DocumentObserver[];
}

/** Hooks into a document's life, in the spirit of Hocuspocus's afterStoreDocument. */
export interface DocumentObserver {
  /** A change is about to be applied (not a replay of stored content): the document is still as it was. */
  beforeChange?(doc: SharedDocument): void;
  /** An update is on disk (and was relayed); `origin` is what it was applied with (a peer, a ServerEdit…). */
  afterStore?(doc: SharedDocument, update: Uint8Array, origin: unknown): void;
  /** Nobody is connected to the document any more; it stays loaded for `unloadDelayMs`. */
  afterIdle?(doc: SharedDocument): void;
}

/**
 * The documents in memory: loads each once from the store, routes every change
 * through the persistence queue, compacts, and unloads documents nobody has open.
 */
export class DocumentRegistry {
  private readonly docs = new Map<string, SharedDocument>();
  private readonly loading = new Map<string, Promise<SharedDocument>>();
  readonly queue: PersistenceQueue;

  constructor(private readonly options: DocumentRegistryOptions) {
    this.queue = new PersistenceQueue(options.store, {
      onPersisted: (entries, seqs) => this.onPersisted(entries, seqs),
      onFailed: (entries, error) => this.onPersistFailed(entries, error),
    });
  }

  get loadedCount(): number {
    return this.docs.size;
  }

  isLoaded(docId: string): boolean {
    return this.docs.has(docId);
  }

  /** The loaded document, loading it from the store if needed. */
  async open(docId: string): Promise<SharedDocument> {
    const loaded = this.docs.get(docId);
    if (loaded) {
      clearTimeout(loaded.unloadTimer);
      loaded.unloadTimer = undefined;
      return loaded;
    }
    let pending = this.loading.get(docId);
    if (!pending) {
      pending = this.load(docId).finally(() => this.loading.delete(docId));
      this.loading.set(docId, pending);
    }
    return pending;
  }

  /** Called when a peer leaves; a document left alone is unloaded after a delay. */
  release(doc: SharedDocument): void {
    if (doc.peers.size > 0 || this.docs.get(doc.docId) !== doc) return;
    clearTimeout(doc.unloadTimer);
    doc.unloadTimer = setTimeout(() => void this.unload(doc), this.options.unloadDelayMs);
    doc.unloadTimer.unref();
    this.notify(doc, (observer) => observer.afterIdle?.(doc));
  }

  /** Writes everything pending and compacts every loaded document (used at shutdown). */
  async flushAll(): Promise<void> {
    await this.queue.idle();
    await Promise.all([...this.docs.values()].map((doc) => this.compact(doc)));
  }

  async unloadAll(): Promise<void> {
    await this.flushAll();
    for (const doc of this.docs.values()) doc.destroy();
    this.docs.clear();
  }

  private async load(docId: string): Promise<SharedDocument> {
    const stored = await this.options.store.load(docId);
    const doc = SharedDocument.fromStorage(docId, stored);
    // Attached after the stored content is in: only new changes go to disk.
    doc.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== STORAGE_ORIGIN) this.queue.enqueue({ doc, update, origin });
    });
    doc.ydoc.on('beforeTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin !== STORAGE_ORIGIN) this.notify(doc, (observer) => observer.beforeChange?.(doc));
    });
    this.docs.set(docId, doc);
    this.options.logger.debug({ docId, updates: stored?.updates.length ?? 0 }, 'document loaded');
    return doc;
  }

  private onPersisted(entries: readonly PendingUpdate[], seqs: readonly number[]): void {
    entries.forEach(({ doc, update, origin }, index) => {
      doc.lastSeq = seqs[index]!;
      doc.updatesSinceSnapshot++;
      doc.broadcast(encodeUpdate(update), origin as DocumentPeer | undefined);
      this.notify(doc, (observer) => observer.afterStore?.(doc, update, origin));
    });
    for (const doc of new Set(entries.map((entry) => entry.doc))) {
      if (doc.updatesSinceSnapshot >= this.options.compactAfterUpdates) void this.compact(doc);
    }
  }

  /** An observer that fails is logged; storing and relaying go on regardless. */
  private notify(doc: SharedDocument, call: (observer: DocumentObserver) => void): void {
    for (const observer of this.options.observers ?? []) {
      try {
        call(observer);
      } catch (error) {
        this.options.logger.error({ err: error, docId: doc.docId }, 'document observer failed');
      }
    }
  }

  private onPersistFailed(entries: readonly PendingUpdate[], error: unknown): void {
    // The changes live only in memory now. Drop the documents so nobody builds on
    // them; clients still hold their edits and send them again when they reconnect.
    for (const doc of new Set(entries.map((entry) => entry.doc))) {
      this.options.logger.error({ err: error, docId: doc.docId }, 'could not store document changes');
      for (const peer of [...doc.peers]) peer.close(CLOSE_CODES.internalError, 'storage failed');
      if (this.docs.get(doc.docId) === doc) this.docs.delete(doc.docId);
      doc.destroy();
    }
  }

  /**
   * Folds the update log into one snapshot, encoded from the live, garbage-
   * collected Y.Doc: deleted text is gone from the snapshot, not just hidden.
   */
  private compact(doc: SharedDocument): Promise<void> {
    doc.compacting ??= (async () => {
      try {
        await this.queue.idle();
        if (doc.updatesSinceSnapshot === 0 || doc.ydoc.isDestroyed) return;
        // The queue is empty, so memory and disk agree at lastSeq.
        const snapshot = Y.encodeStateAsUpdate(doc.ydoc);
        const uptoSeq = doc.lastSeq;
        const folded = doc.updatesSinceSnapshot;
        await this.options.store.compact(doc.docId, snapshot, uptoSeq);
        doc.updatesSinceSnapshot -= folded;
        this.options.logger.debug({ docId: doc.docId, folded, bytes: snapshot.length }, 'document compacted');
      } catch (error) {
        this.options.logger.error({ err: error, docId: doc.docId }, 'compaction failed');
      } finally {
        doc.compacting = undefined;
      }
    })();
    return doc.compacting;
  }

  private async unload(doc: SharedDocument): Promise<void> {
    if (doc.peers.size > 0 || this.docs.get(doc.docId) !== doc) return;
    this.docs.delete(doc.docId);
    await this.compact(doc);
    doc.destroy();
    this.options.logger.debug({ docId: doc.docId }, 'document unloaded');
  }
}
