import type { Box, BoxedObject } from './board-types.js';

/**
 * The plain box of an object, as the model needs it for frame membership
 * (object-bounds.ts has the full render geometry). Lines have a signed w/h;
 * an unfinished stroke (w = h = 0) takes the extent of its points.
 */
export function boxOf(object: BoxedObject): Box {
  if (object.type === 'stroke' && object.w === 0 && object.h === 0) {
    const natural = pointsExtent(object.points);
    return { x: object.x + natural.x, y: object.y + natural.y, w: natural.w, h: natural.h };
  }
  return normaliseBox(object);
}

export function normaliseBox(box: Box): Box {
  return {
    x: box.w < 0 ? box.x + box.w : box.x,
    y: box.h < 0 ? box.y + box.h : box.y,
    w: Math.abs(box.w),
    h: Math.abs(box.h),
  };
}

export function centreOf(box: Box): { x: number; y: number } {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
}

export function containsPoint(box: Box, point: { x: number; y: number }): boolean {
  return point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h;
}

/** The extent of flat [x, y, pressure, …] points, relative to the stroke's origin. */
export function pointsExtent(points: readonly number[]): Box {
  if (points.length < 2) return { x: 0, y: 0, w: 0, h: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < points.length; i += 3) {
    const x = points[i]!;
    const y = points[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}
