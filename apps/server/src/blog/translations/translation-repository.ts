import type { SqliteDatabase } from '../../db/open-database.js';

/** A post's version in another language: a row of `post_translations` (migration 9). */
export interface TranslationRecord {
  itemId: string;
  language: string;
  docId: string;
  createdBy: string | null;
  createdAt: number;
  /** Frozen into the post when it was last published (readers see it while the post is published). */
  frozen: boolean;
}

/** A version's text as the blog shows it. */
export interface FrozenTranslation {
  language: string;
  docId: string;
  state: Uint8Array;
}

interface TranslationRow {
  item_id: string;
  language: string;
  doc_id: string;
  created_by: string | null;
  created_at: number;
  frozen: number;
}

const COLUMNS = 'item_id, language, doc_id, created_by, created_at, published_state IS NOT NULL AS frozen';

/** The `post_translations` rows: each post's versions, their documents and what publishing froze of them. */
export class TranslationRepository {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      list: db.prepare<[string], TranslationRow>(`SELECT ${COLUMNS} FROM post_translations WHERE item_id = ? ORDER BY created_at, rowid`),
      find: db.prepare<[string, string], TranslationRow>(`SELECT ${COLUMNS} FROM post_translations WHERE item_id = ? AND language = ?`),
      itemOfDoc: db.prepare<[string], { item_id: string }>('SELECT item_id FROM post_translations WHERE doc_id = ?'),
      insert: db.prepare(
        `INSERT INTO post_translations (item_id, language, doc_id, created_by, created_at)
         VALUES (@itemId, @language, @docId, @createdBy, @createdAt)`,
      ),
      remove: db.prepare<[string, string]>('DELETE FROM post_translations WHERE item_id = ? AND language = ?'),
      thaw: db.prepare<[string]>('UPDATE post_translations SET published_state = NULL WHERE item_id = ?'),
      freeze: db.prepare<[Uint8Array, string, string]>('UPDATE post_translations SET published_state = ? WHERE item_id = ? AND language = ?'),
      frozen: db.prepare<[string], { language: string; doc_id: string; published_state: Buffer }>(
        'SELECT language, doc_id, published_state FROM post_translations WHERE item_id = ? AND published_state IS NOT NULL ORDER BY created_at, rowid',
      ),
      frozenLanguages: db.prepare<[string], { item_id: string; language: string }>(
        `SELECT item_id, language FROM post_translations
         WHERE item_id IN (SELECT value FROM json_each(?)) AND published_state IS NOT NULL ORDER BY created_at, rowid`,
      ),
    };
  }

  /** A post's versions, oldest first. */
  list(itemId: string): TranslationRecord[] {
    return this.statements.list.all(itemId).map(toRecord);
  }

  find(itemId: string, language: string): TranslationRecord | null {
    const row = this.statements.find.get(itemId, language);
    return row ? toRecord(row) : null;
  }

  /** The post a version's document belongs to (null for any other document). */
  itemOfDoc(docId: string): string | null {
    return this.statements.itemOfDoc.get(docId)?.item_id ?? null;
  }

  insert(record: Omit<TranslationRecord, 'frozen'>): void {
    this.statements.insert.run(record);
  }

  /** True when there was such a version. */
  remove(itemId: string, language: string): boolean {
    return this.statements.remove.run(itemId, language).changes === 1;
  }

  /**
   * What the blog shows from now on: exactly these versions' states (run inside the publish
   * transaction). Versions not given (added meanwhile, or without words) are shown no more.
   */
  freeze(itemId: string, states: ReadonlyMap<string, Uint8Array>): void {
    this.statements.thaw.run(itemId);
    for (const [language, state] of states) this.statements.freeze.run(state, itemId, language);
  }

  /** The versions frozen into the post when it was last published, oldest first. */
  frozenOf(itemId: string): FrozenTranslation[] {
    return this.statements.frozen.all(itemId).map((row) => ({ language: row.language, docId: row.doc_id, state: new Uint8Array(row.published_state) }));
  }

  /** For a list of posts: the languages of their frozen versions (posts without any are left out). */
  frozenLanguagesOf(itemIds: readonly string[]): Map<string, string[]> {
    const languages = new Map<string, string[]>();
    if (itemIds.length === 0) return languages;
    for (const row of this.statements.frozenLanguages.all(JSON.stringify(itemIds))) {
      const list = languages.get(row.item_id) ?? [];
      list.push(row.language);
      languages.set(row.item_id, list);
    }
    return languages;
  }
}

function toRecord(row: TranslationRow): TranslationRecord {
  return {
    itemId: row.item_id,
    language: row.language,
    docId: row.doc_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    frozen: row.frozen === 1,
  };
}
