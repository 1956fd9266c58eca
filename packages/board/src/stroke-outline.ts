import { getStroke } from 'perfect-freehand';
import type { StrokeObject } from './board-types.js';
import { pointsExtent } from './object-box.js';

/** What pointer events report for a mouse or a touch without pressure. */
const NO_PRESSURE = 0.5;

/**
 * The outline of a pen stroke as an SVG path `d` (filled, not stroked), in
 * board coordinates. The points are relative to (x, y); once the stroke has a
 * box (w or h set) they are scaled to fill it.
 */
export function strokeOutlinePath(stroke: StrokeObject): string {
  const points = strokePoints(stroke);
  if (points.length === 0) return '';
  const outline = getStroke(points, {
    size: stroke.size,
    thinning: 0.5,
    smoothing: 0.5,
    streamline: 0.45,
    // Mice and fingers report a flat 0.5; then the speed of drawing stands in for pressure.
    simulatePressure: points.every(([, , pressure]) => pressure === NO_PRESSURE),
    last: true,
  });
  return pathFromOutline(outline);
}

/** The stroke's points in board coordinates, as [x, y, pressure]. */
export function strokePoints(stroke: StrokeObject): [number, number, number][] {
  const raw = stroke.points;
  const natural = pointsExtent(raw);
  const scaled = stroke.w !== 0 || stroke.h !== 0;
  const sx = scaled && natural.w > 0 ? stroke.w / natural.w : 1;
  const sy = scaled && natural.h > 0 ? stroke.h / natural.h : 1;
  // Scaled: the points' extent maps onto the box; natural: the points sit at (x, y) as drawn.
  const ox = scaled ? stroke.x - natural.x * sx : stroke.x;
  const oy = scaled ? stroke.y - natural.y * sy : stroke.y;
  const result: [number, number, number][] = [];
  for (let i = 0; i + 1 < raw.length; i += 3) {
    const pressure = raw[i + 2];
    result.push([ox + raw[i]! * sx, oy + raw[i + 1]! * sy, pressure === undefined ? NO_PRESSURE : clampPressure(pressure)]);
  }
  return result;
}

function clampPressure(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Quadratic curves through the midpoints of the outline (perfect-freehand's usual rendering). */
function pathFromOutline(outline: number[][]): string {
  const first = outline[0];
  if (!first || outline.length < 2) return '';
  const parts = [`M${round(first[0]!)},${round(first[1]!)}`, 'Q'];
  for (let i = 0; i < outline.length; i++) {
    const [x0, y0] = outline[i]!;
    const [x1, y1] = outline[(i + 1) % outline.length]!;
    parts.push(`${round(x0!)},${round(y0!)} ${round((x0! + x1!) / 2)},${round((y0! + y1!) / 2)}`);
  }
  parts.push('Z');
  return parts.join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
