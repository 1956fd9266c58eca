/**
 * The widths an upload is stored in (the server's image pipeline writes them, the
 * editor's `srcset` reads them): each of these below the picture's largest width,
 * then the largest itself, which is never above the last.
 */
export const VARIANT_WIDTHS: readonly number[] = [320, 640, 1280, 1920];

/** The stored widths of a picture whose largest variant is `largestWidth` wide, narrowest first. */
export function storedWidths(largestWidth: number): number[] {
  return [...VARIANT_WIDTHS.filter((width) => width < largestWidth), largestWidth];
}

/** Where a picture's variant of one width is served. */
export function imageFileUrl(uploadId: string, width: number): string {
  return `/files/${encodeURIComponent(uploadId)}/${width}.webp`;
}

/**
 * Every stored variant of a picture whose largest variant is `largestWidth` wide,
 * narrowest first, for `srcset`. A picture node keeps only that width, and the
 * server's widths follow from it.
 */
export function imageVariants(uploadId: string, largestWidth: number): { width: number; url: string }[] {
  if (uploadId === '' || largestWidth <= 0) return [];
  return storedWidths(largestWidth).map((width) => ({ width, url: imageFileUrl(uploadId, width) }));
}
