import type * as Y from 'yjs';
import { objectsOf } from './board-doc.js';
import { connectorIsAttached, readObject } from './board-snapshot.js';
import type { BoardObject } from './board-types.js';

/**
 * The origin of repair writes: no undo manager tracks it, so tidying up after
 * someone else's change never lands in anyone's undo stack.
 */
export const REPAIR_ORIGIN: object = Object.freeze({ name: 'kopa-board-repair' });

/**
 * Removes what concurrent edits can leave dangling: connectors whose ends are
 * gone, and frameIds naming no frame. Every peer may run it after every
 * remote change: it writes nothing when the board is sound, and two peers
 * repairing the same thing make the same change.
 */
export function repairBoard(doc: Y.Doc): void {
  const objects = objectsOf(doc);
  const read = new Map<string, BoardObject | null>();
  objects.forEach((map, id) => read.set(id, readObject(id, map)));
  const dangling: string[] = [];
  const frameless: string[] = [];
  for (const [id, object] of read) {
    if (!object) continue;
    if (!connectorIsAttached(object, read)) dangling.push(id);
    else if (object.frameId !== null && read.get(object.frameId)?.type !== 'frame') frameless.push(id);
  }
  // readObject shows a frame's or connector's frameId as null; the raw value may still be set.
  for (const [id, object] of read) {
    if (object && (object.type === 'frame' || object.type === 'connector') && objects.get(id)?.get('frameId') != null) {
      frameless.push(id);
    }
  }
  if (dangling.length === 0 && frameless.length === 0) return;
  doc.transact(() => {
    for (const id of dangling) objects.delete(id);
    for (const id of frameless) objects.get(id)?.set('frameId', null);
  }, REPAIR_ORIGIN);
}
