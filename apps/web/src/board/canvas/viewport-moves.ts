import { boardBounds, objectBounds, type BoardSnapshot, type Box } from '@kopa/board';
import { MAX_ZOOM, MIN_ZOOM, zoomAround, type Viewport } from '../viewport';

/** Room around what is shown when fitting, in screen pixels. */
const FIT_MARGIN = 48;

/** The viewport showing `box` whole and centred, never zoomed in past `maxZoom`. */
export function viewportShowing(viewport: Viewport, box: Box, maxZoom = 1): Viewport {
  const width = Math.max(1, viewport.width - FIT_MARGIN * 2);
  const height = Math.max(1, viewport.height - FIT_MARGIN * 2);
  const zoom = Math.min(maxZoom, MAX_ZOOM, Math.max(MIN_ZOOM, Math.min(width / Math.max(1, box.w), height / Math.max(1, box.h))));
  return {
    ...viewport,
    zoom,
    x: box.x + box.w / 2 - viewport.width / zoom / 2,
    y: box.y + box.h / 2 - viewport.height / zoom / 2,
  };
}

/** Everything on the board in view (Shift+1); an empty board shows its origin at 100 %. */
export function fitBoard(viewport: Viewport, snapshot: BoardSnapshot): Viewport {
  const bounds = boardBounds(snapshot);
  if (!bounds) return { ...viewport, zoom: 1, x: -viewport.width / 2, y: -viewport.height / 2 };
  return viewportShowing(viewport, bounds);
}

/** Zooms by a factor around the middle of the screen (buttons and keys). */
export function zoomCentre(viewport: Viewport, zoom: number): Viewport {
  return zoomAround(viewport, { x: viewport.width / 2, y: viewport.height / 2 }, zoom);
}

/** The viewport with an object in view: unchanged when it is already, else centred on it. */
export function revealObject(viewport: Viewport, snapshot: BoardSnapshot, id: string): Viewport {
  const object = snapshot.byId.get(id);
  if (!object) return viewport;
  const box = objectBounds(object, snapshot);
  const view = { x: viewport.x, y: viewport.y, w: viewport.width / viewport.zoom, h: viewport.height / viewport.zoom };
  const inside = box.x >= view.x && box.y >= view.y && box.x + box.w <= view.x + view.w && box.y + box.h <= view.y + view.h;
  if (inside) return viewport;
  if (box.w <= view.w * 0.8 && box.h <= view.h * 0.8) {
    return { ...viewport, x: box.x + box.w / 2 - view.w / 2, y: box.y + box.h / 2 - view.h / 2 };
  }
  return viewportShowing(viewport, box, viewport.zoom);
}
