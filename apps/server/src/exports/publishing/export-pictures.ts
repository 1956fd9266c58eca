import fs from 'node:fs/promises';
import path from 'node:path';
import type { ImageUrl } from '@kopa/render';
import type { UploadRepository } from '../../uploads/upload-repository.js';
import { ExportError, yieldToEventLoop, type ExportEntry } from '../export-format.js';

/** A picture variant inside an export: `files/<uploadId>-<width>.webp`, one flat folder. */
export const pictureEntryPath = (uploadId: string, width: number) => `files/${uploadId}-${width}.webp`;

const PICTURE_REFERENCE = /files\/([A-Za-z0-9_-]{1,128})-([1-9]\d{0,4})\.webp/g;

/**
 * Where an exported page finds a picture, relative to itself (`prefix` is `''` or `'../'`): only
 * a variant the partnership really stores, of an upload of its own, not withheld for consent.
 * Anything else gets '' (which @kopa/render refuses): the picture is left out, never linked broken.
 */
export function exportImageUrl(
  uploads: Pick<UploadRepository, 'find'>,
  partnershipId: string,
  withheld: ReadonlySet<string>,
  prefix: '' | '../',
): ImageUrl {
  return (uploadId, width) => {
    if (withheld.has(uploadId)) return '';
    const upload = uploads.find(uploadId);
    if (!upload || upload.partnershipId !== partnershipId || !upload.image.variants.some((variant) => variant.width === width)) return '';
    return `${prefix}${pictureEntryPath(uploadId, width)}`;
  };
}

/** The picture variants a page or Markdown file refers to (`files/<id>-<width>.webp`), to copy only those. */
export function collectPictures(text: string, into: Map<string, { uploadId: string; width: number }>): void {
  for (const match of text.matchAll(PICTURE_REFERENCE)) {
    const uploadId = match[1]!;
    const width = Number(match[2]);
    into.set(pictureEntryPath(uploadId, width), { uploadId, width });
  }
}

/** The referenced variants' bytes, one entry at a time (already compressed: stored as they are). */
export async function* pictureEntries(
  filesDir: string,
  pictures: ReadonlyMap<string, { uploadId: string; width: number }>,
  step: () => Promise<void>,
): AsyncGenerator<ExportEntry> {
  for (const [entryPath, { uploadId, width }] of [...pictures].sort(([a], [b]) => a.localeCompare(b))) {
    const bytes = await fs.readFile(path.join(filesDir, uploadId, `${width}.webp`)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new ExportError(`A picture (${uploadId}, ${width} px) is missing from the files folder.`);
      throw error;
    });
    yield { path: entryPath, bytes, compress: false };
    await step();
  }
  await yieldToEventLoop();
}
