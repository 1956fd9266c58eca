import { storedWidths, VARIANT_WIDTHS } from '@kopa/editor';
import sharp from 'sharp';
import { HttpError } from '../http/http-error.js';
import { sniffImageType, unsupportedImage, type ImageType } from './image-type.js';

/**
 * About 67 megapixels: more than any phone photo, far less than the billions of pixels
 * a 10 MB file can claim to hold (a decompression bomb would exhaust memory).
 */
export const MAX_INPUT_PIXELS = 8192 * 8192;

export interface ImageVariant {
  width: number;
  height: number;
  /** WebP bytes without any metadata. */
  data: Buffer;
}

export interface ProcessedImage {
  type: ImageType;
  /** Ascending by width. */
  variants: ImageVariant[];
}

/**
 * Turns uploaded bytes into the WebP variants Kopa serves: checks what the bytes are,
 * turns the picture upright by its EXIF orientation, and writes no metadata at all
 * (EXIF with GPS position, XMP, ICC profiles, comments are all dropped).
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  const type = await sniffImageType(bytes);
  // Only the first frame of animated GIF/WebP/PNG is read (sharp's default of one page).
  const source = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true, failOn: 'error' });

  const metadata = await source.metadata().catch(rethrowReadable);
  // The decoder must see the same format the sniffing saw, or the bytes are playing tricks.
  if (metadata.format !== type.format) throw unsupportedImage();

  const variants: ImageVariant[] = [];
  // One at a time: a few large pictures at once should not take all the memory.
  for (const width of variantWidths(metadata.autoOrient.width)) {
    // sharp keeps no metadata unless told to (keepMetadata/withMetadata), so the output is clean.
    const { data, info } = await source
      .clone()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
      .catch(rethrowReadable);
    variants.push({ width: info.width, height: info.height, data });
  }
  return { type, variants };
}

/** The standard widths below the picture's own, then its own width capped at the largest: never upscaled. */
export function variantWidths(originalWidth: number): number[] {
  return storedWidths(Math.min(originalWidth, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!));
}

function rethrowReadable(error: unknown): never {
  const message = error instanceof Error ? error.message : '';
  if (/pixel limit/i.test(message)) {
    throw new HttpError(
      413,
      'payload_too_large',
      `The picture has more than ${Math.floor(MAX_INPUT_PIXELS / 1_000_000)} million pixels: make it smaller and try again.`,
    );
  }
  throw new HttpError(415, 'unsupported_image', 'This picture could not be read: the file may be damaged. Try another one.');
}
