import type { Box } from '@kopa/board';

export type BoxHandle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';
export const BOX_HANDLES: readonly BoxHandle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

const MIN_SIZE = 8;

/**
 * The box after dragging one of its handles by (dx, dy) board units. Dragging
 * past the opposite edge flips the box instead of turning it inside out; with
 * `keepRatio` (pictures, by their corners) the proportions stay.
 */
export function resizeBox(start: Box, handle: BoxHandle, dx: number, dy: number, keepRatio: boolean): Box {
  let left = start.x;
  let top = start.y;
  let right = start.x + start.w;
  let bottom = start.y + start.h;
  if (handle.includes('w')) left += dx;
  if (handle.includes('e')) right += dx;
  if (handle.includes('n')) top += dy;
  if (handle.includes('s')) bottom += dy;
  let box = { x: Math.min(left, right), y: Math.min(top, bottom), w: Math.abs(right - left), h: Math.abs(bottom - top) };
  if (keepRatio && handle.length === 2 && start.w > 0 && start.h > 0) {
    const scale = Math.max(box.w / start.w, box.h / start.h);
    const w = start.w * scale;
    const h = start.h * scale;
    // Grow away from the corner opposite the one held.
    const x = handle.includes('w') ? start.x + start.w - w : start.x;
    const y = handle.includes('n') ? start.y + start.h - h : start.y;
    box = { x, y, w, h };
  }
  return { ...box, w: Math.max(MIN_SIZE, box.w), h: Math.max(MIN_SIZE, box.h) };
}

/** Where a handle sits on a box. */
export function handlePoint(box: Box, handle: BoxHandle): { x: number; y: number } {
  const x = handle.includes('w') ? box.x : handle.includes('e') ? box.x + box.w : box.x + box.w / 2;
  const y = handle.includes('n') ? box.y : handle.includes('s') ? box.y + box.h : box.y + box.h / 2;
  return { x, y };
}
