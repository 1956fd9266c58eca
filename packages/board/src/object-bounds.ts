import type { BoardObject, BoardSnapshot, Box } from './board-types.js';
import { connectorEnds } from './connector-geometry.js';
import { boxOf } from './object-box.js';

export interface BoardPoint {
  x: number;
  y: number;
}

const EMPTY: Box = { x: 0, y: 0, w: 0, h: 0 };

/**
 * The area an object covers on the board, normalised (w, h ≥ 0): lines with a
 * negative w/h flipped, strokes from their points plus half the pen, connectors
 * spanning their two ends.
 */
export function objectBounds(object: BoardObject, snapshot: BoardSnapshot): Box {
  if (object.type === 'connector') {
    const ends = connectorEnds(object, snapshot);
    return ends ? spanOf({ x: ends.x1, y: ends.y1 }, { x: ends.x2, y: ends.y2 }) : EMPTY;
  }
  const box = boxOf(object);
  if (object.type !== 'stroke') return box;
  const pen = object.size / 2;
  return { x: box.x - pen, y: box.y - pen, w: box.w + 2 * pen, h: box.h + 2 * pen };
}

/** The box around every object, or null for an empty board. */
export function boardBounds(snapshot: BoardSnapshot): Box | null {
  let bounds: Box | null = null;
  for (const object of snapshot.objects) {
    const box = objectBounds(object, snapshot);
    bounds = bounds ? unionOf(bounds, box) : box;
  }
  return bounds;
}

export function boxCenter(box: Box): BoardPoint {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
}

/** Whether a point, or a whole box, lies within `outer` (edges included). */
export function boxContains(outer: Box, inner: Box | BoardPoint): boolean {
  const w = 'w' in inner ? inner.w : 0;
  const h = 'h' in inner ? inner.h : 0;
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + w <= outer.x + outer.w && inner.y + h <= outer.y + outer.h;
}

/** Whether two boxes overlap or touch. */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

export function unionOf(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

function spanOf(a: BoardPoint, b: BoardPoint): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}
