import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BoardModel, createBoardContent } from '@kopa/board';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardThumbnailRenderer } from '../../src/boards/board-thumbnail-renderer.js';
import { openDatabase } from '../../src/db/open-database.js';
import { UploadRepository } from '../../src/uploads/upload-repository.js';
import { UploadStore } from '../../src/uploads/upload-store.js';

/** The thumbnail's share of pixels close to `hex` (a note's tint). */
async function shareOf(webp: Buffer, hex: string): Promise<number> {
  const target = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  const { data, info } = await sharp(webp).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let close = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (target.every((value, channel) => Math.abs(data[i + channel]! - value) <= 12)) close++;
  }
  return close / (info.width * info.height);
}

describe('BoardThumbnailRenderer', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopa-thumbnail-'));
  const db = openDatabase(path.join(dir, 'kopa.db'), { synchronous: 'NORMAL' });
  const renderer = new BoardThumbnailRenderer({ uploads: new UploadRepository(db), files: new UploadStore(path.join(dir, 'files')) });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('draws a wall as its columns, not at the notes’ leftover positions', async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, createBoardContent({ layout: 'wall', columns: ['Ideas', 'Questions'] }));
    const model = new BoardModel(doc);
    const [ideas, questions] = model.snapshot().columns;
    // Positions far apart: drawn where they are, the notes would be specks.
    model.add({ type: 'note', x: 0, y: 0, w: 200, h: 120, color: 'green', text: 'Plant trees by the river', column: ideas!.id });
    model.add({ type: 'note', x: 90_000, y: 90_000, w: 200, h: 120, color: 'green', text: 'Ask the town', column: ideas!.id });
    model.add({ type: 'note', x: -90_000, y: 400, w: 200, h: 120, color: 'green', text: 'Why bees?', column: questions!.id });

    const wall = await renderer.render(doc, 'any-partnership');
    expect(await sharp(wall).metadata()).toMatchObject({ format: 'webp', width: 320, height: 200 });
    expect(await shareOf(wall, '#cff2dd')).toBeGreaterThan(0.05);

    model.setLayout('canvas');
    const canvas = await renderer.render(doc, 'any-partnership');
    expect(await shareOf(canvas, '#cff2dd')).toBeLessThan(0.01);
  });
});
