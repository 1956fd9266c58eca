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
  /** Client ids already in `doc_authors`, per loaded document: most updates come from a known client. */
  private readonly known = new Map<string, Set<number>>();

  constructor(private readonly authors: DocAuthorRepository) {}

  afterStore(doc: SharedDocument, update: Uint8Array, origin: unknown): void {
    const userId = actingUser(origin);
    if (!userId) return;
    let known = this.known.get(doc.docId);
    if (!known) {
      known = new Set(this.authors.owners(doc.docId).keys());
      this.known.set(doc.docId, known);
    }
    const fresh = [...clientsIn(update)].filter((clientId) => !known.has(clientId));
    if (fresh.length === 0) return;
    this.authors.claim(doc.docId, fresh, userId);
    for (const clientId of fresh) known.add(clientId);
  }

  /** Forget the cache of a document nobody has open; it is read again if they come back. */
  afterIdle(doc: SharedDocument): void {
    this.known.delete(doc.docId);
  }
}

function actingUser(origin: unknown): string | null {
  if (origin instanceof CollabConnection) return origin.identity.userId;
  if (origin instanceof ServerEdit) return origin.userId;
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
