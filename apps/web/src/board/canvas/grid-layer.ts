import type { Viewport } from '../viewport';

/** A dotted grid square in board units (the dots follow pan and zoom). */
const GRID = 24;
/** How far the painted dots may be stretched or shrunk before they are painted again at the right spacing. */
const MIN_STRETCH = 0.7;
const MAX_STRETCH = 1.5;

/** The distance between dots on screen: every 24 units, every fourth or sixteenth one when zoomed far out. */
export function gridStep(zoom: number): number {
  // A broken zoom (0, NaN) must never spin this loop.
  let step = zoom > 0 && Number.isFinite(zoom) ? GRID * zoom : GRID;
  while (step < 12) step *= 4;
  return step;
}

/**
 * The dotted grid as its own layer, moved by a CSS transform only. Changing a
 * background's position repaints it, and any repaint makes the browser sort
 * the whole board into layers again (slow on a big board); a transform on a
 * layer of its own costs nothing. The dots are painted again only when a zoom
 * has stretched them too far, and when the view settles.
 */
export class GridLayer {
  /** The dot spacing painted now, in screen pixels (0: not yet painted). */
  private tile = 0;
  private width = 0;
  private height = 0;

  constructor(private readonly element: HTMLElement) {}

  apply(viewport: Viewport, settled = false): void {
    const step = gridStep(viewport.zoom);
    const stretch = step / this.tile;
    if (settled ? stretch !== 1 : !(stretch >= MIN_STRETCH && stretch <= MAX_STRETCH)) this.paint(step);
    this.size(viewport);
    const scale = step / this.tile;
    // One dot spacing of room before the view's edge, so the shifted pattern always covers it.
    const x = modulo(-viewport.x * viewport.zoom, step) - step;
    const y = modulo(-viewport.y * viewport.zoom, step) - step;
    this.element.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
  }

  private paint(step: number): void {
    this.tile = step;
    this.element.style.backgroundSize = `${step}px ${step}px`;
    this.width = 0;
  }

  /** Big enough to cover the view at the smallest stretch, with a spacing to spare. */
  private size(viewport: Viewport): void {
    const width = Math.ceil((viewport.width + 2 * this.tile * MAX_STRETCH) / MIN_STRETCH);
    const height = Math.ceil((viewport.height + 2 * this.tile * MAX_STRETCH) / MIN_STRETCH);
    if (width <= this.width && height <= this.height) return;
    this.width = width;
    this.height = height;
    this.element.style.width = `${width}px`;
    this.element.style.height = `${height}px`;
  }
}

function modulo(value: number, step: number): number {
  return ((value % step) + step) % step;
}
