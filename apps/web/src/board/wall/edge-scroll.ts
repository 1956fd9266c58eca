/** How close to a scroller's edge (px) a dragged note makes it scroll, and how fast at most (px per frame). */
export const EDGE = 56;
const MAX_SPEED = 18;

/**
 * How far to scroll this frame while something is dragged at `at` over a
 * scroller with bounds `box`: faster the nearer the edge, nothing in the middle.
 */
export function edgeScroll(box: { left: number; top: number; right: number; bottom: number }, at: { x: number; y: number }): { dx: number; dy: number } {
  const speed = (distance: number) => Math.round(MAX_SPEED * Math.min(1, Math.max(0, (EDGE - distance) / EDGE)));
  return {
    dx: speed(at.x - box.left) > 0 ? -speed(at.x - box.left) : speed(box.right - at.x),
    dy: speed(at.y - box.top) > 0 ? -speed(at.y - box.top) : speed(box.bottom - at.y),
  };
}
