import type { Viewport } from '../viewport';

export type ViewportListener = (viewport: Viewport) => void;

/**
 * The canvas's viewport outside React state: pans and zooms change it many times
 * a second, and only the few things drawn in screen space (selection handles,
 * cursors, the text being written) follow it; the board's objects move with one
 * SVG transform set directly on the DOM.
 */
export class ViewportStore {
  private current: Viewport;
  private readonly listeners = new Set<ViewportListener>();

  constructor(initial: Viewport) {
    this.current = initial;
  }

  get = (): Viewport => this.current;

  set(next: Viewport): void {
    const current = this.current;
    if (
      next.x === current.x &&
      next.y === current.y &&
      next.zoom === current.zoom &&
      next.width === current.width &&
      next.height === current.height
    ) {
      return;
    }
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }

  subscribe = (listener: ViewportListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
