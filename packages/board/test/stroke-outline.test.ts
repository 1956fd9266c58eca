import { describe, expect, it } from 'vitest';
import type { StrokeObject } from '../src/board-types.js';
import { strokeOutlinePath, strokePoints } from '../src/stroke-outline.js';

const stroke = (fields: Partial<StrokeObject> = {}): StrokeObject => ({
  id: 'p', type: 'stroke', order: 'a0', frameId: null, x: 100, y: 200, w: 0, h: 0, color: 'black', size: 6,
  points: Array.from({ length: 30 }, (_, i) => [i * 4, Math.sin(i / 3) * 20, 0.5]).flat(),
  ...fields,
});

/** The extent of every coordinate pair in a path. */
function extent(d: string) {
  const numbers = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const xs = numbers.map(([x]) => x);
  const ys = numbers.map(([, y]) => y);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

describe('strokeOutlinePath', () => {
  it('is empty without points', () => {
    expect(strokeOutlinePath(stroke({ points: [] }))).toBe('');
  });

  it('is a closed path around the points at their natural size', () => {
    const d = strokeOutlinePath(stroke());
    expect(d).toMatch(/^M-?[\d.]+,-?[\d.]+ Q .* Z$/);
    const box = extent(d);
    expect(box.minX).toBeGreaterThanOrEqual(100 - 6);
    expect(box.maxX).toBeLessThanOrEqual(100 + 116 + 6);
    expect(box.minY).toBeGreaterThanOrEqual(200 - 20 - 6);
    expect(box.maxY).toBeLessThanOrEqual(200 + 20 + 6);
  });

  it('scales the points into the box once the stroke has one', () => {
    const natural = stroke();
    const points = strokePoints({ ...natural, w: 232, h: 80 });
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    expect(Math.min(...xs)).toBeCloseTo(100);
    expect(Math.max(...xs)).toBeCloseTo(332);
    expect(Math.min(...ys)).toBeCloseTo(200);
    expect(Math.max(...ys)).toBeCloseTo(280);
    const box = extent(strokeOutlinePath({ ...natural, w: 232, h: 80 }));
    expect(box.maxX - box.minX).toBeGreaterThan(220);
  });

  it('uses real pressure when the pen reports it', () => {
    const light = stroke({ points: stroke().points.map((value, i) => (i % 3 === 2 ? 0.1 : value)) });
    const hard = stroke({ points: stroke().points.map((value, i) => (i % 3 === 2 ? 1 : value)) });
    const height = (d: string) => extent(d).maxY - extent(d).minY;
    expect(height(strokeOutlinePath(hard))).toBeGreaterThan(height(strokeOutlinePath(light)) + 2);
  });

  it('draws a single tap as a dot', () => {
    const d = strokeOutlinePath(stroke({ points: [0, 0, 0.5] }));
    expect(d).toMatch(/Z$/);
    const box = extent(d);
    expect(box.maxX - box.minX).toBeGreaterThan(2);
  });
});
