import * as Y from 'yjs';
import { CollabConnection } from '../collab/collab-connection.js';
import type { DocumentObserver } from '../collab/document-registry.js';
import { ServerEdit } from '../collab/server-edit.js';
import type { SharedDocument } from '../collab/shared-document.js';
import type { DocAuthorRepository } from './doc-author-repository.js';

/**
 * Learns who writes with which Yjs client id: every stored update's structs
 * carry their client's id, and the server knows who sent the update (the
 * connection's user, or the user a server-side edit was made for). The first
 * user of a client id keeps it, so a forged id never credits its forger.
 */
export class AuthorshipRecorder implements DocumentObserver {
  /** Client id → its owner, per loaded document: most updates come from a known client. */
  private readonly known = new Map<string, Map<number, string>>();

  constructor(private readonly authors: DocAuthorRepository) {}

  afterStore(doc: SharedDocument, update: Uint8Array, origin: unknown): void {
    const authorOf = authorship(origin);
    if (!authorOf) return;
    const known = this.ownersOf(doc.docId);
    const fresh = new Map<string, number[]>();
    for (const clientId of clientsIn(update)) {
      if (known.has(clientId)) continue;
      const userId = authorOf(clientId);
      fresh.set(userId, [...(fresh.get(userId) ?? []), clientId]);
    }
    for (const [userId, clientIds] of fresh) {
      this.authors.claim(doc.docId, clientIds, userId);
      for (const clientId of clientIds) known.set(clientId, userId);
    }
  }

  /**
   * Why an update from `userId` must be refused, or null: it writes new content under a
   * client id someone else already wrote with, which would put words in their name.
   */
  checkClaims(docId: string, userId: string, update: Uint8Array): string | null {
    const owners = this.ownersOf(docId);
    for (const clientId of clientsIn(update)) {
      const owner = owners.get(clientId);
      if (owner !== undefined && owner !== userId) return `the update writes as client ${clientId}, which belongs to someone else`;
    }
    return null;
  }

  private ownersOf(docId: string): Map<number, string> {
    let owners = this.known.get(docId);
    if (!owners) {
      owners = this.authors.owners(docId);
      this.known.set(docId, owners);
    }
    return owners;
  }

  /** Forget the cache of a document nobody has open; it is read again if they come back. */
  afterIdle(doc: SharedDocument): void {
    this.known.delete(doc.docId);
  }
}

/**
 * Who the content of each client id in an update from `origin` is by: a connection's
 * user, or for a server edit the user it names per client (a restore brings back
 * other people's words) and otherwise the user it was made for.
 */
function authorship(origin: unknown): ((clientId: number) => string) | null {
  if (origin instanceof CollabConnection) {
    const { userId } = origin.identity;
    return () => userId;
  }
  if (origin instanceof ServerEdit) return (clientId) => origin.authorOf(clientId);
  return null;
}

/** The clients whose new content the update holds (deletions name the deleted content's clients, so they are left out). */
function clientsIn(update: Uint8Array): Set<number> {
  const clients = new Set<number>();
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct instanceof Y.Item) clients.add(struct.id.client);
  }
  return clients;
}
