/**
 * The widths the server stores an upload in (apps/server/src/uploads/image-pipeline.ts):
 * each of these below the picture's largest width, then the largest itself.
 */
const VARIANT_WIDTHS = [320, 640, 1280, 1920];

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
  const widths = [...VARIANT_WIDTHS.filter((width) => width < largestWidth), largestWidth];
  return widths.map((width) => ({ width, url: imageFileUrl(uploadId, width) }));
}
