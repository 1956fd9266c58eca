import { escapeXml } from './xml-escape.js';

export interface BoardSvgOptions {
  /** Where a picture is loaded from (a URL or a data URL); '' draws an empty picture frame. */
  imageHref(uploadId: string): string;
  /** Space around the drawing, in board units (default 32). */
  padding?: number;
  /** The SVG's <title>, e.g. the board's name. */
  title?: string;
}

export interface BoardSvg {
  svg: string;
  width: number;
  height: number;
}

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const BACKGROUND = '#ffffff';

/** Space around a drawing: the caller's, never negative. */
export function paddingOf(options: BoardSvgOptions): number {
  return Math.max(0, options.padding ?? 32);
}

/**
 * The standalone SVG around a drawing: the viewBox `view` (whole units), a
 * generic font list, the title and a white background under `body`.
 */
export function svgDocument(view: { x: number; y: number; w: number; h: number }, body: string, title?: string): BoardSvg {
  const heading = title ? `<title>${escapeXml(title)}</title>` : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.w}" height="${view.h}" ` +
    `viewBox="${view.x} ${view.y} ${view.w} ${view.h}" font-family="${escapeXml(FONT_FAMILY)}">` +
    heading +
    `<rect x="${view.x}" y="${view.y}" width="${view.w}" height="${view.h}" fill="${BACKGROUND}"/>` +
    body +
    '</svg>';
  return { svg, width: view.w, height: view.h };
}
