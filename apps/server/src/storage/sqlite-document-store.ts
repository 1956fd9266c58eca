import type { SqliteDatabase } from '../db/open-database.js';
import type { AppendEntry, DocumentStats, DocumentStore, StoredDocument } from './document-store.js';

/**
 * The DocumentStore on Kopa's SQLite file. better-sqlite3 is synchronous, so each
 * call completes before it returns; a batch is one transaction (group commit),
 * durable per the database's `synchronous` setting.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly statements;
  private readonly appendBatch;
  private readonly compactOne;
  private readonly deleteOne;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      snapshot: db.prepare<[string], { data: Buffer; upto_seq: number }>(
        'SELECT data, upto_seq FROM doc_snapshots WHERE doc_id = ?',
      ),
      updatesAfter: db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq',
      ),
      insertUpdate: db.prepare<[string, Buffer]>('INSERT INTO doc_updates (doc_id, data) VALUES (?, ?)'),
      upsertSnapshot: db.prepare<[string, Buffer, number]>(
        `INSERT INTO doc_snapshots (doc_id, data, upto_seq) VALUES (?, ?, ?)
         ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq`,
      ),
      deleteUpdatesUpTo: db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?'),
      deleteUpdates: db.prepare<[string]>('DELETE FROM doc_updates WHERE doc_id = ?'),
      deleteSnapshot: db.prepare<[string]>('DELETE FROM doc_snapshots WHERE doc_id = ?'),
      stats: db.prepare<[string], { update_count: number; update_bytes: number | null }>(
        'SELECT COUNT(*) AS update_count, SUM(LENGTH(data)) AS update_bytes FROM doc_updates WHERE doc_id = ?',
      ),
      snapshotBytes: db.prepare<[string], { bytes: number }>(
        'SELECT LENGTH(data) AS bytes FROM doc_snapshots WHERE doc_id = ?',
      ),
    };

    this.appendBatch = db.transaction((batch: readonly AppendEntry[]) =>
      batch.map(
        (entry) => Number(this.statements.insertUpdate.run(entry.docId, toBuffer(entry.update)).lastInsertRowid),
      ),
    );
    this.compactOne = db.transaction((docId: string, snapshot: Uint8Array, uptoSeq: number) => {
      const current = this.statements.snapshot.get(docId);
      if (current && current.upto_seq >= uptoSeq) return;
      this.statements.upsertSnapshot.run(docId, toBuffer(snapshot), uptoSeq);
      this.statements.deleteUpdatesUpTo.run(docId, uptoSeq);
    });
    this.deleteOne = db.transaction((docId: string) => {
      this.statements.deleteUpdates.run(docId);
      this.statements.deleteSnapshot.run(docId);
    });
  }

  async load(docId: string): Promise<StoredDocument | null> {
    return this.db.transaction(() => {
      const snapshot = this.statements.snapshot.get(docId);
      const rows = this.statements.updatesAfter.all(docId, snapshot?.upto_seq ?? 0);
      if (!snapshot && rows.length === 0) return null;
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: rows.at(-1)?.seq ?? snapshot?.upto_seq ?? 0,
      };
    })();
  }

  async appendUpdates(batch: readonly AppendEntry[]): Promise<number[]> {
    if (batch.length === 0) return [];
    return this.appendBatch(batch);
  }

  async compact(docId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.compactOne(docId, snapshot, uptoSeq);
  }

  async stats(docId: string): Promise<DocumentStats> {
    const updates = this.statements.stats.get(docId);
    return {
      updateCount: updates?.update_count ?? 0,
      updateBytes: updates?.update_bytes ?? 0,
      snapshotBytes: this.statements.snapshotBytes.get(docId)?.bytes ?? 0,
    };
  }

  async delete(docId: string): Promise<void> {
    this.deleteOne(docId);
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
