import fs from 'node:fs/promises';
import { drawBoard, readBoard, type BoardSnapshot } from '@kopa/board';
import sharp from 'sharp';
import type * as Y from 'yjs';
import type { UploadRepository } from '../uploads/upload-repository.js';
import type { UploadStore } from '../uploads/upload-store.js';

/** Item lists show thumbnails at about 160×100 CSS pixels; this covers 2× screens. */
export const THUMBNAIL_SIZE = { width: 320, height: 200 } as const;

/**
 * Draws a board as a small WebP: the board's own SVG (the same drawing as its
 * export) rasterised by sharp. Pictures are inlined from the partnership's own
 * uploads only, so a board can never pull another partnership's picture into view.
 */
export class BoardThumbnailRenderer {
  constructor(private readonly deps: { uploads: UploadRepository; files: UploadStore }) {}

  async render(doc: Y.Doc, partnershipId: string): Promise<Buffer> {
    const snapshot = readBoard(doc);
    const pictures = await this.pictures(snapshot, partnershipId);
    const { svg, width, height } = drawBoard(snapshot, { imageHref: (uploadId) => pictures.get(uploadId) ?? '' });
    // Rasterise near the final size: a big board is not drawn full size first.
    const scale = Math.min(1, (THUMBNAIL_SIZE.width * 2) / width, (THUMBNAIL_SIZE.height * 2) / height);
    return sharp(Buffer.from(svg), { density: Math.max(1, 72 * scale) })
      .resize(THUMBNAIL_SIZE.width, THUMBNAIL_SIZE.height, { fit: 'contain', background: '#ffffff' })
      .flatten({ background: '#ffffff' })
      .webp({ quality: 80 })
      .toBuffer();
  }

  /** The smallest stored variant of each picture on the board, as a PNG data URL. */
  private async pictures(snapshot: BoardSnapshot, partnershipId: string): Promise<Map<string, string>> {
    const hrefs = new Map<string, string>();
    for (const object of snapshot.objects) {
      if (object.type !== 'image' || hrefs.has(object.uploadId)) continue;
      const image = this.deps.uploads.imageIn(partnershipId, object.uploadId);
      const smallest = image?.variants[0];
      if (!smallest) continue;
      try {
        const bytes = await fs.readFile(this.deps.files.pathOf(object.uploadId, smallest.width));
        const png = await sharp(bytes).png().toBuffer();
        hrefs.set(object.uploadId, `data:image/png;base64,${png.toString('base64')}`);
      } catch {
        // A missing file shows as an empty picture frame; the thumbnail is still worth drawing.
      }
    }
    return hrefs;
  }
}
