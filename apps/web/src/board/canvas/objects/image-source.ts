import type { ImageObject } from '@kopa/board';
import { imageFileUrl, storedWidths, VARIANT_WIDTHS } from '@kopa/editor';

/**
 * The variant URLs worth trying for a board picture, best first: the narrowest
 * stored width that covers `wanted` pixels. A picture written before its width was
 * kept (largestWidth 0) tries the common widths, narrower ones last.
 */
export function pictureCandidates(image: Pick<ImageObject, 'uploadId' | 'largestWidth'>, wanted = 640): string[] {
  if (image.largestWidth > 0) {
    const widths = storedWidths(image.largestWidth);
    return [imageFileUrl(image.uploadId, widths.find((width) => width >= wanted) ?? image.largestWidth)];
  }
  const widths = [...VARIANT_WIDTHS.filter((width) => width <= wanted)].reverse();
  return widths.map((width) => imageFileUrl(image.uploadId, width));
}

/**
 * How many pixels wide a board picture is on screen at 100 % zoom on this display (`w` in
 * board units, which are CSS pixels at 100 %): the variant to ask for. Never below the narrowest
 * stored width, so a picture written before its width was kept still finds one.
 */
export function shownWidth(w: number, pixelRatio: number): number {
  return Math.max(VARIANT_WIDTHS[0]!, Math.ceil(Math.abs(w) * (pixelRatio > 0 ? pixelRatio : 1)));
}
