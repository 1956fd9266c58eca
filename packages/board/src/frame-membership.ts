import type { BoardObject, BoardSnapshot, BoxedObject, FrameObject } from './board-types.js';
import { boxOf, centreOf, containsPoint } from './object-box.js';

/** Objects that can sit in a frame: every boxed object except frames (frames don't nest). */
export function canJoinFrame(object: BoardObject): object is Exclude<BoxedObject, FrameObject> {
  return object.type !== 'connector' && object.type !== 'frame';
}

/** The topmost frame whose box holds the object's centre, or null. */
export function frameFor(object: BoxedObject, snapshot: BoardSnapshot): string | null {
  const centre = centreOf(boxOf(object));
  for (let i = snapshot.objects.length - 1; i >= 0; i -= 1) {
    const candidate = snapshot.objects[i]!;
    if (candidate.type === 'frame' && candidate.id !== object.id && containsPoint(boxOf(candidate), centre)) {
      return candidate.id;
    }
  }
  return null;
}
