import { describe, expect, it } from 'vitest';
import type { BoardObject } from '../src/board-types.js';
import { boardBounds, boxCenter, boxContains, boxesIntersect, objectBounds } from '../src/object-bounds.js';
import { make, snapshotOf } from './support/snapshot-of.js';

const stroke = (fields: Partial<Extract<BoardObject, { type: 'stroke' }>>): BoardObject => ({
  id: 'p', type: 'stroke', order: 'a0', frameId: null, x: 100, y: 100, w: 0, h: 0, color: 'black', size: 4,
  points: [-10, 5, 0.5, 30, 25, 0.5, 10, -5, 0.5],
  ...fields,
});

describe('objectBounds', () => {
  it('is the box of boxed objects', () => {
    const note = make.note('a', { x: 10, y: 20, w: 30, h: 40 });
    expect(objectBounds(note, snapshotOf([note]))).toEqual({ x: 10, y: 20, w: 30, h: 40 });
  });

  it('normalises lines drawn up and left', () => {
    const line: BoardObject = { id: 'l', type: 'line', order: 'a0', frameId: null, x: 100, y: 100, w: -60, h: -40, color: 'grey', arrow: true };
    expect(objectBounds(line, snapshotOf([line]))).toEqual({ x: 40, y: 60, w: 60, h: 40 });
  });

  it('takes an unfinished stroke from its points, plus half the pen', () => {
    const drawing = stroke({});
    expect(objectBounds(drawing, snapshotOf([drawing]))).toEqual({ x: 88, y: 93, w: 44, h: 34 });
  });

  it('takes a finished stroke from its box, plus half the pen', () => {
    const finished = stroke({ w: 80, h: 60, size: 10 });
    expect(objectBounds(finished, snapshotOf([finished]))).toEqual({ x: 95, y: 95, w: 90, h: 70 });
  });

  it('spans a connector between its ends', () => {
    const a = make.rect('a', { x: 0, y: 0, w: 100, h: 100 });
    const b = make.rect('b', { x: 200, y: 200, w: 100, h: 100 });
    const c = make.connector('c', 'a', 'b');
    expect(objectBounds(c, snapshotOf([a, b, c]))).toEqual({ x: 100, y: 100, w: 100, h: 100 });
  });
});

describe('boardBounds and box helpers', () => {
  it('is null for an empty board and the union otherwise', () => {
    expect(boardBounds(snapshotOf([]))).toBeNull();
    const objects = [make.note('a', { x: -50, y: 10, w: 20, h: 20 }), make.rect('b', { x: 100, y: 200, w: 50, h: 10 })];
    expect(boardBounds(snapshotOf(objects))).toEqual({ x: -50, y: 10, w: 200, h: 200 });
  });

  it('finds centres, containment and overlap', () => {
    const box = { x: 0, y: 0, w: 100, h: 50 };
    expect(boxCenter(box)).toEqual({ x: 50, y: 25 });
    expect(boxContains(box, { x: 100, y: 50 })).toBe(true);
    expect(boxContains(box, { x: 101, y: 10 })).toBe(false);
    expect(boxContains(box, { x: 10, y: 10, w: 90, h: 40 })).toBe(true);
    expect(boxContains(box, { x: 10, y: 10, w: 91, h: 40 })).toBe(false);
    expect(boxesIntersect(box, { x: 100, y: 50, w: 10, h: 10 })).toBe(true);
    expect(boxesIntersect(box, { x: 101, y: 0, w: 10, h: 10 })).toBe(false);
    expect(boxesIntersect(box, { x: -10, y: -10, w: 200, h: 200 })).toBe(true);
  });
});
