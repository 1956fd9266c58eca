import { imageFileUrl } from '@kopa/editor';
import type { UploadedImage } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

interface UploadRow {
  id: string;
  partnership_id: string;
  space_id: string | null;
  width: number;
  height: number;
  variants: string;
}

export interface NewUpload {
  id: string;
  partnershipId: string;
  spaceId: string;
  uploadedBy: string;
  /** The MIME type the bytes were sniffed as. */
  sourceType: string;
  /** The largest variant's size: what Kopa actually holds of the picture. */
  width: number;
  height: number;
  variantWidths: number[];
}

/** An upload with what access checks need: whose partnership it belongs to. */
export interface StoredUpload {
  image: UploadedImage;
  partnershipId: string;
  /** The space it was uploaded in (null once that space is gone). */
  spaceId: string | null;
}

/** The `uploads` table: which pictures exist, in which partnership, in which widths. */
export class UploadRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO uploads (id, partnership_id, space_id, uploaded_by, source_type, width, height, variants, created_at)
         VALUES (@id, @partnershipId, @spaceId, @uploadedBy, @sourceType, @width, @height, @variants, @createdAt)`,
      ),
      byId: db.prepare<[string], UploadRow>(
        'SELECT id, partnership_id, space_id, width, height, variants FROM uploads WHERE id = ?',
      ),
    };
  }

  insert(upload: NewUpload): void {
    const { variantWidths, ...columns } = upload;
    this.statements.insert.run({ ...columns, variants: JSON.stringify(variantWidths), createdAt: Date.now() });
  }

  find(uploadId: string): StoredUpload | null {
    const row = this.statements.byId.get(uploadId);
    return row ? { image: toImage(row), partnershipId: row.partnership_id, spaceId: row.space_id } : null;
  }

  /** The picture when it belongs to that partnership (e.g. a post's cover), else null. */
  imageIn(partnershipId: string, uploadId: string): UploadedImage | null {
    const upload = this.find(uploadId);
    return upload?.partnershipId === partnershipId ? upload.image : null;
  }
}

function toImage(row: UploadRow): UploadedImage {
  const widths = (JSON.parse(row.variants) as number[]).toSorted((a, b) => a - b);
  const variants = widths.map((width) => ({ width, url: imageFileUrl(row.id, width) }));
  return { id: row.id, width: row.width, height: row.height, variants, url: variants.at(-1)?.url ?? '' };
}
