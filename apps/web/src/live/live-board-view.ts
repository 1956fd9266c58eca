import type { BoardView } from '@kopa/protocol';
import { fitViewport, MAX_ZOOM, MIN_ZOOM, type Viewport } from '../board/viewport';

/** A board screen's view as the spotlight carries it: the board point in the middle of the screen, the zoom, and the part of the board in sight. */
export function viewOfViewport(viewport: Viewport): BoardView {
  return {
    x: viewport.x + viewport.width / viewport.zoom / 2,
    y: viewport.y + viewport.height / viewport.zoom / 2,
    zoom: viewport.zoom,
    width: viewport.width / viewport.zoom,
    height: viewport.height / viewport.zoom,
  };
}

/**
 * The spotlight's view on this screen: the same middle, and the whole of what the host
 * sees fitted in (like following someone), within the canvas's zoom limits. A view
 * without its size keeps the host's zoom.
 */
export function viewportForView(view: BoardView, size: Pick<Viewport, 'width' | 'height'>): Viewport {
  if (view.width && view.height) {
    return fitViewport({ x: view.x - view.width / 2, y: view.y - view.height / 2, zoom: 1, width: view.width, height: view.height }, size);
  }
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom));
  return { width: size.width, height: size.height, zoom, x: view.x - size.width / zoom / 2, y: view.y - size.height / zoom / 2 };
}

/** Reads the `board.viewport` a canvas shares in Yjs awareness (anything else: null). */
export function sharedViewport(awarenessState: unknown): Viewport | null {
  if (!awarenessState || typeof awarenessState !== 'object') return null;
  const board = (awarenessState as { board?: unknown }).board;
  if (!board || typeof board !== 'object') return null;
  const viewport = (board as { viewport?: unknown }).viewport;
  if (!viewport || typeof viewport !== 'object') return null;
  const { x, y, zoom, width, height } = viewport as Record<string, unknown>;
  const numbers = [x, y, zoom, width, height];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  if ((zoom as number) <= 0 || (width as number) <= 0 || (height as number) <= 0) return null;
  return { x: x as number, y: y as number, zoom: zoom as number, width: width as number, height: height as number };
}
