import { boxesIntersect, objectBounds, type Box, type BoardSnapshot } from '@kopa/board';

/** The object drawn under a DOM node (each object's group carries its id). */
export function objectIdAt(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest('[data-object-id]')?.getAttribute('data-object-id') ?? null;
}

/**
 * The topmost object drawn at a screen point, looking through whatever lies over the
 * board there (the selection outline drawn after a first click, a cursor's name).
 */
export function objectIdUnder(clientX: number, clientY: number): string | null {
  for (const element of document.elementsFromPoint(clientX, clientY)) {
    const id = objectIdAt(element);
    if (id) return id;
  }
  return null;
}

/** What a selection rectangle touches. Frames only count when wholly inside, so a drag within a frame selects its contents. */
export function objectsInBox(snapshot: BoardSnapshot, box: Box): string[] {
  return snapshot.objects
    .filter((object) => {
      const bounds = objectBounds(object, snapshot);
      if (object.type === 'frame') {
        return bounds.x >= box.x && bounds.y >= box.y && bounds.x + bounds.w <= box.x + box.w && bounds.y + bounds.h <= box.y + box.h;
      }
      return boxesIntersect(bounds, box);
    })
    .map((object) => object.id);
}

/** The box spanned by two points. */
export function boxFromPoints(a: { x: number; y: number }, b: { x: number; y: number }): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(b.x - a.x), h: Math.abs(b.y - a.y) };
}
