import type { SqliteDatabase } from '../db/open-database.js';

/** Whose Yjs client ids are whose: `doc_authors`, per document. */
export class DocAuthorRepository {
  private readonly statements;
  private readonly claimAll;

  constructor(db: SqliteDatabase) {
    this.statements = {
      // OR IGNORE: a client id belongs to whoever used it first; nobody can take it over later.
      claim: db.prepare<[string, number, string]>(`INSERT OR IGNORE INTO doc_authors (doc_id, client_id, user_id) VALUES (?, ?, ?)`),
      ofDocument: db.prepare<[string], { client_id: number; user_id: string }>(
        `SELECT client_id, user_id FROM doc_authors WHERE doc_id = ? ORDER BY rowid`,
      ),
    };
    this.claimAll = db.transaction((docId: string, clientIds: readonly number[], userId: string) => {
      for (const clientId of clientIds) this.statements.claim.run(docId, clientId, userId);
    });
  }

  /** Records `userId` as the owner of the client ids nobody owns yet in this document. */
  claim(docId: string, clientIds: readonly number[], userId: string): void {
    this.claimAll(docId, clientIds, userId);
  }

  /** Client id → user id, for every client that wrote in the document. */
  owners(docId: string): Map<number, string> {
    return new Map(this.statements.ofDocument.all(docId).map((row) => [row.client_id, row.user_id]));
  }
}
