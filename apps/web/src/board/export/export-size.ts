/** Pixels per board unit in a downloaded picture: sharp on a projector and when printed. */
export const PNG_SCALE = 2;
/** Canvases much larger than this fail or crawl on cheap laptops and phones. */
export const PNG_MAX_SIDE = 4096;

/**
 * The pixel size of the PNG of a board drawing `width` × `height` units: twice
 * the size, unless that makes a side longer than the maximum, then as large as
 * fits (keeping the proportions). Never below one pixel.
 */
export function pngSize(width: number, height: number, scale = PNG_SCALE, maxSide = PNG_MAX_SIDE): { width: number; height: number; scale: number } {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const fitted = Math.min(scale, maxSide / w, maxSide / h);
  return { width: Math.max(1, Math.min(maxSide, Math.round(w * fitted))), height: Math.max(1, Math.min(maxSide, Math.round(h * fitted))), scale: fitted };
}

/** A file name from the board's title: no characters file systems refuse, never empty. */
export function downloadName(title: string, extension: 'png' | 'svg', fallback: string): string {
  const printable = Array.from(title, (char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${safe || fallback}.${extension}`;
}
