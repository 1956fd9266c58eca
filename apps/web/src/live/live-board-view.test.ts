import { describe, expect, it } from 'vitest';
import { sharedViewport, viewOfViewport, viewportForView } from './live-board-view';

describe('board views', () => {
  it('carries the middle of the screen, the zoom and the part of the board in sight', () => {
    expect(viewOfViewport({ x: 100, y: 50, zoom: 2, width: 800, height: 600 })).toEqual({ x: 300, y: 200, zoom: 2, width: 400, height: 300 });
  });

  it('fits what the host sees into a phone: same middle, all of it in sight', () => {
    const viewport = viewportForView({ x: 300, y: 200, zoom: 2, width: 400, height: 300 }, { width: 360, height: 500 });
    // 400 board units across a 360 px screen: zoom 0.9, the middle unchanged.
    expect(viewport.zoom).toBeCloseTo(0.9);
    const back = viewOfViewport(viewport);
    expect(back.x).toBeCloseTo(300);
    expect(back.y).toBeCloseTo(200);
    expect(back.width).toBeCloseTo(400);
  });

  it('puts the same middle in the middle of a smaller screen at the host’s zoom when the view has no size', () => {
    const viewport = viewportForView({ x: 300, y: 200, zoom: 2 }, { width: 360, height: 500 });
    expect(viewport).toEqual({ x: 210, y: 75, zoom: 2, width: 360, height: 500 });
  });

  it('keeps the zoom within what the canvas allows', () => {
    expect(viewportForView({ x: 0, y: 0, zoom: 8 }, { width: 400, height: 400 }).zoom).toBe(4);
    expect(viewportForView({ x: 0, y: 0, zoom: 0.05 }, { width: 400, height: 400 }).zoom).toBe(0.1);
  });

  it('reads a shared viewport from awareness, and nothing else', () => {
    expect(sharedViewport({ board: { cursor: null, viewport: { x: 1, y: 2, zoom: 1, width: 10, height: 20 } } })).toEqual({
      x: 1,
      y: 2,
      zoom: 1,
      width: 10,
      height: 20,
    });
    expect(sharedViewport(null)).toBeNull();
    expect(sharedViewport({ user: {} })).toBeNull();
    expect(sharedViewport({ board: { viewport: { x: 1, y: 2, zoom: 0, width: 10, height: 20 } } })).toBeNull();
    expect(sharedViewport({ board: { viewport: { x: '1', y: 2, zoom: 1, width: 10, height: 20 } } })).toBeNull();
  });
});
