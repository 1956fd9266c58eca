import { objectBounds, unionOf, type BoardObject, type BoardSnapshot, type Box, type NewObject } from '@kopa/board';

/**
 * Copied board objects as plain data: what Ctrl+C keeps for pasting on this
 * board or another one. Each object is what `BoardModel.add` takes plus the id
 * it had, so connectors can be re-pointed at the pasted copies.
 */
export type ClipObject = DistributiveOmit<NewObject, 'columnOrder'> & { id: string };

export interface BoardClip {
  /** In stacking order, bottom first: pasted in this order, they stack the same way. */
  objects: readonly ClipObject[];
  /** The ids that were selected (frame members and connectors came along); they are selected after pasting. */
  roots: readonly string[];
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The clip of a selection: the selected objects, the members of selected
 * frames, and the connectors whose both ends are copied (others would dangle).
 * Null when nothing selected is on the board.
 */
export function clipFromSelection(selection: readonly string[], snapshot: BoardSnapshot): BoardClip | null {
  const roots = selection.filter((id) => snapshot.byId.has(id));
  if (roots.length === 0) return null;
  const copying = new Set(roots);
  for (const object of snapshot.objects) {
    if (object.frameId !== null && copying.has(object.frameId) && snapshot.byId.get(object.frameId)?.type === 'frame') copying.add(object.id);
  }
  for (const object of snapshot.objects) {
    if (object.type === 'connector' && copying.has(object.fromId) && copying.has(object.toId)) copying.add(object.id);
  }
  // A connector selected alone has nothing to join on another board.
  for (const id of [...copying]) {
    const object = snapshot.byId.get(id);
    if (object?.type === 'connector' && !(copying.has(object.fromId) && copying.has(object.toId))) copying.delete(id);
  }
  const objects = snapshot.objects.filter((object) => copying.has(object.id)).map(toClipObject);
  if (objects.length === 0) return null;
  return { objects, roots: roots.filter((id) => copying.has(id)) };
}

function toClipObject(object: BoardObject): ClipObject {
  // The place in this board's stacking, frames and wall columns means nothing elsewhere.
  const { order: _order, frameId: _frameId, ...rest } = object;
  if (rest.type === 'note') {
    const { columnOrder: _columnOrder, ...note } = rest;
    return note;
  }
  return rest;
}

/** The box around the clip's objects (connectors follow their ends), or null when it has none. */
export function clipBounds(clip: BoardClip): Box | null {
  const empty: BoardSnapshot = { layout: 'canvas', objects: [], byId: new Map(), columns: [] };
  let bounds: Box | null = null;
  for (const object of clip.objects) {
    if (object.type === 'connector') continue;
    const box = objectBounds({ ...object, order: 'a0', frameId: null, columnOrder: 'a0' } as BoardObject, empty);
    bounds = bounds ? unionOf(bounds, box) : box;
  }
  return bounds;
}
