import type { SqliteDatabase } from '../db/open-database.js';

export interface BoardThumbnail {
  image: Buffer;
  renderedAt: number;
}

/** The `board_thumbnails` table: one small WebP picture per board, for item lists. */
export class BoardThumbnailRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      find: db.prepare<[string], { image: Buffer; rendered_at: number }>('SELECT image, rendered_at FROM board_thumbnails WHERE item_id = ?'),
      version: db.prepare<[string], { rendered_at: number }>('SELECT rendered_at FROM board_thumbnails WHERE item_id = ?'),
      save: db.prepare<[string, Buffer, number]>(
        `INSERT INTO board_thumbnails (item_id, image, rendered_at) VALUES (?, ?, ?)
         ON CONFLICT(item_id) DO UPDATE SET image = excluded.image, rendered_at = excluded.rendered_at`,
      ),
    };
  }

  find(itemId: string): BoardThumbnail | null {
    const row = this.statements.find.get(itemId);
    return row ? { image: row.image, renderedAt: row.rendered_at } : null;
  }

  /** When it was drawn: part of its URL, so browsers may cache each drawing for good. */
  versionOf(itemId: string): number | null {
    return this.statements.version.get(itemId)?.rendered_at ?? null;
  }

  save(itemId: string, image: Buffer, renderedAt: number): void {
    this.statements.save.run(itemId, image, renderedAt);
  }
}
