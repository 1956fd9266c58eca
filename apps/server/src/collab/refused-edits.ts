import * as Y from 'yjs';
import type { SqliteDatabase } from '../db/open-database.js';
import type { DocumentObserver } from './document-registry.js';
import type { SharedDocument } from './shared-document.js';

/**
 * Edits a read-only connection sent are refused, and so, for good, is everything its
 * Yjs client writes after them: a client's clocks run on without gaps, so its later
 * updates build on the refused ones, and after a reconnection it would send them all
 * again. Without this, text typed during a teacher's lock would land once the lock
 * lifts. The refused client must start over with a fresh document (a new client id).
 */
export class RefusedEdits implements DocumentObserver {
  private readonly cache = new Map<string, Map<number, number>>();
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      of: db.prepare<[string], { client_id: number; from_clock: number }>('SELECT client_id, from_clock FROM doc_refused_clients WHERE doc_id = ?'),
      record: db.prepare<[string, number, number, number]>(
        `INSERT INTO doc_refused_clients (doc_id, client_id, from_clock, refused_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_id, client_id) DO UPDATE SET from_clock = MIN(from_clock, excluded.from_clock)`,
      ),
    };
  }

  /** Remembers the clients (and from which clock) whose content in `update` was refused. */
  record(docId: string, update: Uint8Array): void {
    const refused = this.refusedIn(docId);
    for (const [client, clock] of firstClocks(update)) {
      if ((refused.get(client) ?? Infinity) <= clock) continue;
      refused.set(client, clock);
      this.statements.record.run(docId, client, clock, Date.now());
    }
  }

  /** Does `update` carry content from a client at or after its refused clock? */
  isStale(docId: string, update: Uint8Array): boolean {
    const refused = this.refusedIn(docId);
    if (refused.size === 0) return false;
    return Y.decodeUpdate(update).structs.some((struct) => {
      const from = refused.get(struct.id.client);
      return from !== undefined && struct.id.clock + struct.length > from;
    });
  }

  /** Nobody has the document open: forget its cache (it is read again from the database when needed). */
  afterIdle(doc: SharedDocument): void {
    this.cache.delete(doc.docId);
  }

  private refusedIn(docId: string): Map<number, number> {
    let refused = this.cache.get(docId);
    if (!refused) {
      refused = new Map(this.statements.of.all(docId).map((row) => [row.client_id, row.from_clock]));
      this.cache.set(docId, refused);
    }
    return refused;
  }
}

function firstClocks(update: Uint8Array): Map<number, number> {
  const first = new Map<number, number>();
  for (const struct of Y.decodeUpdate(update).structs) {
    first.set(struct.id.client, Math.min(first.get(struct.id.client) ?? Infinity, struct.id.clock));
  }
  return first;
}
