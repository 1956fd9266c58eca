import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { StoredDocument } from '../storage/document-store.js';
import { encodeAwareness } from './sync-messages.js';

/** Whoever can receive a document's messages: a WebSocket connection. */
export interface DocumentPeer {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  /** The awareness clients (carets) this peer introduced. */
  readonly ownedAwarenessClients: Set<number>;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** Marks Yjs transactions that replay stored content: those are already on disk. */
export const STORAGE_ORIGIN = Symbol('storage');

/**
 * One loaded document: its Y.Doc (with garbage collection, so deleted text
 * leaves memory and snapshots), the awareness of its readers, and who is connected.
 */
export class SharedDocument {
  readonly awareness: Awareness;
  readonly peers = new Set<DocumentPeer>();
  /** Which peer introduced each awareness client: only it may change or remove that client. */
  readonly awarenessOwners = new Map<number, DocumentPeer>();
  /** Sequence number of the last update known to be on disk. */
  lastSeq: number;
  /** Updates on disk since the last snapshot: compaction folds them once there are enough. */
  updatesSinceSnapshot: number;
  unloadTimer: NodeJS.Timeout | undefined;
  compacting: Promise<void> | undefined;

  constructor(
    readonly docId: string,
    readonly ydoc: Y.Doc,
    stored: StoredDocument | null,
  ) {
    this.awareness = new Awareness(ydoc);
    // The server has no cursor of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.relayAwareness(change, origin));
    this.lastSeq = stored?.lastSeq ?? 0;
    this.updatesSinceSnapshot = stored?.updates.length ?? 0;
  }

  static fromStorage(docId: string, stored: StoredDocument | null): SharedDocument {
    const ydoc = new Y.Doc({ gc: true });
    Y.transact(
      ydoc,
      () => {
        if (stored?.snapshot) Y.applyUpdate(ydoc, stored.snapshot);
        for (const update of stored?.updates ?? []) Y.applyUpdate(ydoc, update);
      },
      STORAGE_ORIGIN,
    );
    return new SharedDocument(docId, ydoc, stored);
  }

  /** Records who owns which caret, then relays the change to everyone else. */
  private relayAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const peer = this.peers.has(origin as DocumentPeer) ? (origin as DocumentPeer) : undefined;
    for (const clientId of added) {
      if (!peer) continue;
      this.awarenessOwners.set(clientId, peer);
      peer.ownedAwarenessClients.add(clientId);
    }
    for (const clientId of removed) {
      this.awarenessOwners.get(clientId)?.ownedAwarenessClients.delete(clientId);
      this.awarenessOwners.delete(clientId);
    }
    const changed = [...added, ...updated, ...removed];
    if (changed.length > 0) this.broadcast(encodeAwareness(this.awareness, changed), peer);
  }

  broadcast(message: Uint8Array, except?: DocumentPeer): void {
    for (const peer of this.peers) {
      if (peer !== except) peer.send(message);
    }
  }

  destroy(): void {
    clearTimeout(this.unloadTimer);
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}
