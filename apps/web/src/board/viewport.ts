/**
 * What part of the board a screen shows: the board point at the screen's top-left
 * corner, the zoom (screen pixels per board unit) and the screen's size in pixels.
 * Shared with others through awareness, so "follow Ilze" can show what Ilze sees.
 */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;

export function screenToBoard(viewport: Viewport, point: Point): Point {
  return { x: viewport.x + point.x / viewport.zoom, y: viewport.y + point.y / viewport.zoom };
}

export function boardToScreen(viewport: Viewport, point: Point): Point {
  return { x: (point.x - viewport.x) * viewport.zoom, y: (point.y - viewport.y) * viewport.zoom };
}

/** Zooms around a screen point (the cursor, or the middle of a pinch), keeping it still. */
export function zoomAround(viewport: Viewport, screenPoint: Point, zoom: number): Viewport {
  const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  const anchor = screenToBoard(viewport, screenPoint);
  return { ...viewport, zoom: next, x: anchor.x - screenPoint.x / next, y: anchor.y - screenPoint.y / next };
}

/** The viewport of someone else, fitted to this screen: same centre, whole of their view visible. */
export function fitViewport(theirs: Viewport, mine: Pick<Viewport, 'width' | 'height'>): Viewport {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.min((mine.width / theirs.width) * theirs.zoom, (mine.height / theirs.height) * theirs.zoom)));
  const centre = { x: theirs.x + theirs.width / theirs.zoom / 2, y: theirs.y + theirs.height / theirs.zoom / 2 };
  return { ...mine, zoom, x: centre.x - mine.width / zoom / 2, y: centre.y - mine.height / zoom / 2 };
}
