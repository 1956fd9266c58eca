import { CLOSE_CODES } from '@kopa/protocol';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import type { Logger } from '../logger.js';
import { sanitizeAwarenessUpdate, type AwarenessIdentity } from './awareness-guard.js';
import type { UpdateCheck } from './collab-server.js';
import type { DocumentRegistry } from './document-registry.js';
import type { RefusedEdits } from './refused-edits.js';
import type { DocumentPeer, SharedDocument } from './shared-document.js';
import { changesDocument } from './update-novelty.js';
import {
  encodeAwareness,
  encodePermissionDenied,
  encodeSaved,
  encodeSyncStep1,
  encodeSyncStep2,
  MalformedMessageError,
  parseClientMessage,
  type ClientMessage,
} from './sync-messages.js';

/** Who is on the other end of a connection, decided once at the upgrade. */
export interface ConnectionIdentity {
  userId: string;
  sessionId: string;
  /** The partnership the document belongs to: permission changes there re-check this connection. */
  partnershipId: string;
  readOnly: boolean;
  awareness: AwarenessIdentity;
}

/** A slow reader this far behind is dropped rather than buffered without end. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
const PING_INTERVAL_MS = 30_000;

/**
 * One WebSocket speaking the y-websocket protocol for one document. Messages are
 * handled strictly in arrival order; anything malformed closes this connection
 * alone, and the document is left as it was.
 */
export class CollabConnection implements DocumentPeer {
  private doc: SharedDocument | null = null;
  private chain: Promise<void>;
  private closed = false;
  private alive = true;
  private readonly pingTimer: NodeJS.Timeout;
  readonly ownedAwarenessClients = new Set<number>();

  readonly docId: string;
  readonly identity: ConnectionIdentity;
  private readOnly: boolean;
  private readonly checkUpdate: UpdateCheck;
  private readonly refusedEdits: RefusedEdits | undefined;

  constructor(
    private readonly ws: WebSocket,
    target: { docId: string; identity: ConnectionIdentity; checkUpdate: UpdateCheck; refusedEdits?: RefusedEdits },
    private readonly registry: DocumentRegistry,
    private readonly logger: Logger,
    private readonly onClosed: (connection: CollabConnection) => void,
  ) {
    const { docId, identity } = target;
    this.docId = docId;
    this.identity = identity;
    this.readOnly = identity.readOnly;
    this.checkUpdate = target.checkUpdate;
    this.refusedEdits = target.refusedEdits;
    ws.binaryType = 'nodebuffer';
    this.chain = this.attach();
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return this.close(CLOSE_CODES.unsupportedData, 'binary messages only');
      const bytes = toUint8Array(data as Buffer | Buffer[] | ArrayBuffer);
      this.chain = this.chain.then(() => this.handle(bytes));
    });
    ws.on('close', () => this.cleanUp());
    // ws raises 'error' for protocol violations such as a message over maxPayload
    // (it then closes with 1009 itself); log which connection, keep the process.
    ws.on('error', (error) => {
      this.logger.warn({ docId, userId: identity.userId, err: error.message }, 'sync connection error');
    });
    ws.on('pong', () => {
      this.alive = true;
    });
    this.pingTimer = setInterval(() => this.ping(), PING_INTERVAL_MS);
    this.pingTimer.unref();
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CLOSE_CODES.tryAgainLater, 'too far behind');
      return;
    }
    this.ws.send(message);
  }

  /** Turns writing off (or on again) for this open connection: rights changed while it was open. */
  setReadOnly(readOnly: boolean): void {
    if (readOnly && !this.readOnly) this.send(encodePermissionDenied('read-only'));
    this.readOnly = readOnly;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.logger.info({ docId: this.docId, userId: this.identity.userId, code, reason }, 'closing sync connection');
    this.ws.close(code, reason);
    this.cleanUp();
  }

  private async attach(): Promise<void> {
    let doc: SharedDocument;
    try {
      doc = await this.registry.open(this.docId);
    } catch (error) {
      this.logger.error({ err: error, docId: this.docId }, 'could not load document');
      this.close(CLOSE_CODES.internalError, 'document unavailable');
      return;
    }
    if (this.closed) return this.registry.release(doc);
    this.doc = doc;
    doc.peers.add(this);
    this.send(encodeSyncStep1(doc.ydoc));
    const others = [...doc.awareness.getStates().keys()];
    if (others.length > 0) this.send(encodeAwareness(doc.awareness, others));
  }

  private async handle(data: Uint8Array): Promise<void> {
    const doc = this.doc;
    if (this.closed || !doc) return;
    let message: ClientMessage;
    try {
      message = parseClientMessage(data);
      await this.dispatch(doc, message);
    } catch (error) {
      const reason = error instanceof MalformedMessageError ? error.message : 'message could not be applied';
      this.logger.warn({ docId: this.docId, userId: this.identity.userId, reason, bytes: data.length }, 'bad sync message');
      this.close(CLOSE_CODES.unsupportedData, 'malformed message');
    }
  }

  private async dispatch(doc: SharedDocument, message: ClientMessage): Promise<void> {
    switch (message.kind) {
      case 'sync-step-1': {
        // Answer only from what is on disk: wait until the queue has written everything applied so far.
        await this.registry.queue.idle();
        if (!this.closed && !doc.ydoc.isDestroyed) this.send(encodeSyncStep2(doc.ydoc, message.stateVector));
        return;
      }
      case 'update':
        return this.applyUpdate(doc, message.update);
      case 'awareness':
        return this.applyAwareness(doc, message.update);
      case 'query-awareness':
        this.send(encodeAwareness(doc.awareness, [...doc.awareness.getStates().keys()]));
        return;
      case 'save-check':
        // Messages are handled in order, so everything this client sent before the check is
        // applied (or refused, which closed the connection); answer once it is all on disk.
        // Not awaited: later messages need not wait for the disk.
        void this.registry.queue.idle().then(() => {
          if (!this.closed) this.send(encodeSaved(message.token));
        });
        return;
    }
  }

  private applyUpdate(doc: SharedDocument, update: Uint8Array): void {
    if (this.readOnly) {
      // A read-only client's answer to SyncStep1 carries nothing new (or only deletions the server
      // already has). Anything more is an edit made while it could not write, or offline before its
      // rights changed: refuse it at once, so the client hears now and can give its text back.
      if (changesDocument(doc.ydoc, update)) {
        this.logger.info({ docId: this.docId, userId: this.identity.userId }, 'refused update from read-only connection');
        this.refusedEdits?.record(this.docId, update);
        this.close(CLOSE_CODES.refusedEdits, 'edits made while read-only');
      }
      return;
    }
    if (this.refusedEdits?.isStale(this.docId, update)) {
      // It builds on edits refused earlier: the client has to start again from the server's document.
      this.logger.info({ docId: this.docId, userId: this.identity.userId }, 'refused update building on refused edits');
      this.close(CLOSE_CODES.refusedEdits, 'edits made while read-only');
      return;
    }
    // Check it fully before touching the document: a malformed or ill-shaped update changes nothing.
    const problem = this.checkUpdate(doc.ydoc, update);
    if (problem) throw new MalformedMessageError(problem);
    // The document's 'update' event hands what was actually integrated to the persistence queue.
    Y.applyUpdate(doc.ydoc, update, this);
    const store = doc.ydoc.store;
    if (store.pendingStructs !== null || store.pendingDs !== null) {
      // It referred to content that does not exist. A real client never does that (the server
      // relays everything in order), so drop the dangling part and make the client resync.
      store.pendingStructs = null;
      store.pendingDs = null;
      throw new MalformedMessageError('update depends on unknown content');
    }
  }

  private applyAwareness(doc: SharedDocument, update: Uint8Array): void {
    const safe = sanitizeAwarenessUpdate(
      update,
      this.identity.awareness,
      this.ownedAwarenessClients,
      (clientId) => {
        const owner = doc.awarenessOwners.get(clientId);
        return owner !== undefined && owner !== this;
      },
    );
    awarenessProtocol.applyAwarenessUpdate(doc.awareness, safe, this);
  }

  private ping(): void {
    if (!this.alive) {
      this.ws.terminate();
      this.cleanUp();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  private cleanUp(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pingTimer);
    const doc = this.doc;
    if (doc) {
      doc.peers.delete(this);
      if (this.ownedAwarenessClients.size > 0 && !doc.ydoc.isDestroyed) {
        awarenessProtocol.removeAwarenessStates(doc.awareness, [...this.ownedAwarenessClients], this);
      }
      this.registry.release(doc);
    }
    this.onClosed(this);
  }
}

function toUint8Array(data: Buffer | Buffer[] | ArrayBuffer): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
