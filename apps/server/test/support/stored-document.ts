import path from 'node:path';
import { bindHeadlessEditor, readDocumentText } from '@kopa/editor';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/**
 * What the database file holds for a document, read through a second, independent
 * SQLite connection (WAL lets it read while the server writes): the truth on disk.
 */
export function readStoredDocument(dataDir: string, docId: string, doc = new Y.Doc()): Y.Doc {
  const db = new Database(path.join(dataDir, 'kopa.db'), { readonly: true, fileMustExist: true });
  try {
    const snapshot = db.prepare<[string], { data: Buffer; upto_seq: number }>(
      'SELECT data, upto_seq FROM doc_snapshots WHERE doc_id = ?',
    ).get(docId);
    if (snapshot) Y.applyUpdate(doc, new Uint8Array(snapshot.data));
    const updates = db
      .prepare<[string, number], { data: Buffer }>('SELECT data FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq')
      .all(docId, snapshot?.upto_seq ?? 0);
    for (const row of updates) Y.applyUpdate(doc, new Uint8Array(row.data));
    return doc;
  } finally {
    db.close();
  }
}

/** The stored document's text, as a Lexical editor opening it would show it. */
export async function readStoredText(dataDir: string, docId: string): Promise<string> {
  const doc = new Y.Doc();
  const headless = bindHeadlessEditor(doc);
  try {
    readStoredDocument(dataDir, docId, doc);
    // Yjs changes reach Lexical in a microtask.
    await new Promise((resolve) => setImmediate(resolve));
    return readDocumentText(headless.editor);
  } finally {
    headless.dispose();
    doc.destroy();
  }
}

/** The document's content as bytes that compare equal when the content is equal. */
export function stateFingerprint(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateVector(doc)).toString('hex') + ':' + Buffer.from(Y.encodeStateAsUpdate(doc)).length;
}

/** How many updates of the document wait in the log, not yet folded into the snapshot. */
export function countStoredUpdates(dataDir: string, docId: string): number {
  const db = new Database(path.join(dataDir, 'kopa.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM doc_updates WHERE doc_id = ?').get(docId)!.n;
  } finally {
    db.close();
  }
}
