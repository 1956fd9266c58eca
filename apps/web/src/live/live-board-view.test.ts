import { describe, expect, it } from 'vitest';
import { sharedViewport, viewOfViewport, viewportForView } from './live-board-view';

describe('board views', () => {
  it('carries the middle of the screen and the zoom', () => {
    expect(viewOfViewport({ x: 100, y: 50, zoom: 2, width: 800, height: 600 })).toEqual({ x: 300, y: 200, zoom: 2 });
  });

  it('puts the same middle in the middle of a smaller screen', () => {
    const viewport = viewportForView({ x: 300, y: 200, zoom: 2 }, { width: 360, height: 500 });
    expect(viewport).toEqual({ x: 210, y: 75, zoom: 2, width: 360, height: 500 });
    expect(viewOfViewport(viewport)).toEqual({ x: 300, y: 200, zoom: 2 });
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
