import { objectBounds, type BoardSnapshot } from '@kopa/board';

/** Rows this tall (board units) read left to right, like a page. */
const ROW = 60;

/**
 * The order Tab goes through a board: top to bottom, then left to right —
 * how a pupil reads it, not the order things were added in.
 */
export function readingOrder(snapshot: BoardSnapshot): string[] {
  return snapshot.objects
    .map((object) => ({ id: object.id, box: objectBounds(object, snapshot) }))
    .sort((a, b) => Math.floor(a.box.y / ROW) - Math.floor(b.box.y / ROW) || a.box.x - b.box.x || (a.id < b.id ? -1 : 1))
    .map((entry) => entry.id);
}

/** The next object for Tab (or Shift+Tab), or null when the end is reached and focus should leave the board. */
export function nextInOrder(order: readonly string[], current: string | undefined, backwards: boolean): string | null {
  if (order.length === 0) return null;
  const index = current === undefined ? -1 : order.indexOf(current);
  if (index === -1) return backwards ? order[order.length - 1]! : order[0]!;
  const next = index + (backwards ? -1 : 1);
  return order[next] ?? null;
}
