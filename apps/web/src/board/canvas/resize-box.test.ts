import { describe, expect, it } from 'vitest';
import { handlePoint, resizeBox } from './resize-box';

const box = { x: 100, y: 100, w: 200, h: 100 };

describe('resizeBox', () => {
  it('moves only the edges of the handle held', () => {
    expect(resizeBox(box, 'e', 50, 30, false)).toEqual({ x: 100, y: 100, w: 250, h: 100 });
    expect(resizeBox(box, 'nw', 20, 10, false)).toEqual({ x: 120, y: 110, w: 180, h: 90 });
  });

  it('flips the box when dragged past the opposite edge', () => {
    expect(resizeBox(box, 'e', -300, 0, false)).toEqual({ x: 0, y: 100, w: 100, h: 100 });
  });

  it('keeps the proportions by a corner when asked, growing away from the opposite corner', () => {
    expect(resizeBox(box, 'nw', -200, 0, true)).toEqual({ x: -100, y: 0, w: 400, h: 200 });
    expect(resizeBox(box, 'se', 200, 0, true)).toEqual({ x: 100, y: 100, w: 400, h: 200 });
  });

  it('never makes a box smaller than a finger can find', () => {
    expect(resizeBox(box, 'se', -200, -100, false)).toEqual({ x: 100, y: 100, w: 8, h: 8 });
  });

  it('puts handles on corners and edge middles', () => {
    expect(handlePoint(box, 'se')).toEqual({ x: 300, y: 200 });
    expect(handlePoint(box, 'n')).toEqual({ x: 200, y: 100 });
  });
});
