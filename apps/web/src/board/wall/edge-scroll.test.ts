import { describe, expect, it } from 'vitest';
import { EDGE, edgeScroll } from './edge-scroll';

const box = { left: 0, top: 100, right: 1000, bottom: 700 };

describe('edgeScroll', () => {
  it('stays still in the middle', () => {
    expect(edgeScroll(box, { x: 500, y: 400 })).toEqual({ dx: 0, dy: 0 });
    expect(edgeScroll(box, { x: EDGE, y: 100 + EDGE })).toEqual({ dx: 0, dy: 0 });
  });

  it('scrolls towards the nearest edge, faster closer to it', () => {
    const near = edgeScroll(box, { x: 990, y: 400 });
    const nearer = edgeScroll(box, { x: 999, y: 400 });
    expect(near.dx).toBeGreaterThan(0);
    expect(nearer.dx).toBeGreaterThan(near.dx);
    expect(edgeScroll(box, { x: 5, y: 110 })).toMatchObject({ dx: expect.any(Number), dy: expect.any(Number) });
    expect(edgeScroll(box, { x: 5, y: 110 }).dx).toBeLessThan(0);
    expect(edgeScroll(box, { x: 5, y: 110 }).dy).toBeLessThan(0);
    expect(edgeScroll(box, { x: 500, y: 695 }).dy).toBeGreaterThan(0);
  });

  it('does not speed up beyond the edge', () => {
    expect(edgeScroll(box, { x: -200, y: 400 })).toEqual(edgeScroll(box, { x: 0, y: 400 }));
  });
});
