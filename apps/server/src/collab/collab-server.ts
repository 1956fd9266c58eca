import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CLOSE_CODES, docIdFromPath, LIMITS } from '@kopa/protocol';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import type { Logger } from '../logger.js';
import { CollabConnection, type ConnectionIdentity } from './collab-connection.js';
import type { RefusedEdits } from './refused-edits.js';
import type { DocumentRegistry } from './document-registry.js';

/** Checks an update against the document's schema before it is applied: a reason to refuse, or null. */
export type UpdateCheck = (doc: Y.Doc, update: Uint8Array) => string | null;

export type UpgradeDecision =
  | { ok: true; identity: ConnectionIdentity; checkUpdate: UpdateCheck }
  | { ok: false; status: RefusalStatus; reason: string };

type RefusalStatus = 401 | 403 | 404 | 429;

/** Hocuspocus-style hooks: the composition root decides who may connect, this module how. */
export interface CollabHooks {
  authorize(request: IncomingMessage, docId: string): UpgradeDecision;
  /** Asks again, for an open connection, what its user may do now: null when nothing at all. */
  recheck(userId: string, docId: string): { canEdit: boolean } | null;
  /** Remembers refused edits, so that what a client wrote while read-only never lands later. */
  refusedEdits?: RefusedEdits;
}

/**
 * The y-websocket endpoint at `/yjs/<docId>`: authenticates each upgrade before
 * accepting it, then hands the socket to a CollabConnection.
 */
export class CollabServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxSyncMessageBytes });
  private readonly connections = new Set<CollabConnection>();
  private readonly perUser = new Map<string, number>();

  constructor(
    private readonly registry: DocumentRegistry,
    private readonly hooks: CollabHooks,
    private readonly logger: Logger,
    /** One user cannot hold more sockets than this (many tabs are fine; a flood is not). */
    private readonly maxConnectionsPerUser: number,
  ) {}

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Handles the upgrade if it is for `/yjs/…` and returns true; leaves other paths alone. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!pathname.startsWith('/yjs/')) return false;

    const docId = docIdFromPath(pathname);
    if (!docId) return this.refuse(socket, pathname, 404, 'unknown document');
    const decision = this.hooks.authorize(request, docId);
    if (!decision.ok) return this.refuse(socket, pathname, decision.status, decision.reason);
    const { userId } = decision.identity;
    if ((this.perUser.get(userId) ?? 0) >= this.maxConnectionsPerUser) {
      return this.refuse(socket, pathname, 429, 'too many open connections');
    }
    this.perUser.set(userId, (this.perUser.get(userId) ?? 0) + 1);

    this.wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new CollabConnection(
        ws,
        { docId, identity: decision.identity, checkUpdate: decision.checkUpdate, refusedEdits: this.hooks.refusedEdits },
        this.registry,
        this.logger,
        (closed) => {
          this.connections.delete(closed);
          this.release(userId);
        },
      );
      this.connections.add(connection);
    });
    return true;
  }

  private release(userId: string): void {
    const count = (this.perUser.get(userId) ?? 1) - 1;
    if (count > 0) this.perUser.set(userId, count);
    else this.perUser.delete(userId);
  }

  private refuse(socket: Duplex, path: string, status: RefusalStatus, reason: string): true {
    this.logger.info({ path, status, reason }, 'sync upgrade refused');
    refuseUpgrade(socket, status, reason);
    return true;
  }

  /**
   * Rights changed somewhere in a partnership: every connection there is checked
   * again. Those who may no longer read are closed (4403); those who may no longer
   * write become read-only, and the other way round.
   */
  accessChanged(partnershipId: string): void {
    for (const connection of [...this.connections]) {
      if (connection.identity.partnershipId !== partnershipId) continue;
      const rights = this.hooks.recheck(connection.identity.userId, connection.docId);
      if (!rights) connection.close(CLOSE_CODES.accessRevoked, 'access revoked');
      else connection.setReadOnly(!rights.canEdit);
    }
  }

  /** Closes every connection opened with this session (logout, deactivation). */
  closeSession(sessionId: string): void {
    for (const connection of [...this.connections]) {
      if (connection.identity.sessionId === sessionId) connection.close(CLOSE_CODES.sessionEnded, 'session ended');
    }
  }

  async close(): Promise<void> {
    for (const connection of [...this.connections]) connection.close(CLOSE_CODES.goingAway, 'server shutting down');
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

const STATUS_TEXT = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests' } as const;

function refuseUpgrade(socket: Duplex, status: RefusalStatus, reason: string): void {
  const body = JSON.stringify({ error: reason });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n` +
      'Content-Type: application/json\r\nConnection: close\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
