import { BOARD_ROOTS } from '@kopa/board';
import type { RevertResult } from '@kopa/protocol';
import * as Y from 'yjs';
import type { DocumentRegistry } from '../collab/document-registry.js';
import { ServerEdit } from '../collab/server-edit.js';
import { withLiveDocument } from '../history/live-document.js';
import type { ItemRecord } from '../spaces/space-repository.js';
import type { LiveTrailRepository } from './live-trail-repository.js';

const TAKEN_BACK = Symbol('the pupil’s changes being taken back');

/**
 * Takes back one pupil's changes to one item since a moment of the session, and
 * nobody else's. The session's trail is replayed into a document that keeps deleted
 * content (no garbage collection): the item's state before its first change in the
 * session, then every stored change in order, the pupil's since `since` under an
 * origin an UndoManager tracks. Undoing all it tracked removes what the pupil wrote
 * and brings back what they deleted, exactly as their own undo would, with the others'
 * later work left in place. That change is applied to the live document as the host's
 * edit: stored, then seen by everyone, like any change (history only grows).
 */
export async function revertPupilChanges(
  deps: { trail: LiveTrailRepository; registry: DocumentRegistry },
  revert: { sessionId: string; item: ItemRecord; pupilId: string; since: number; hostId: string },
): Promise<RevertResult> {
  const { sessionId, item, pupilId, since, hostId } = revert;
  // Everything stored so far is in the trail before it is read.
  await deps.registry.queue.idle();
  const base = deps.trail.base(sessionId, item.id);
  if (!base) return { removed: 0, restored: 0 };

  const replay = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(replay, base);
    const undo = new Y.UndoManager(scopeOf(replay, item), { trackedOrigins: new Set([TAKEN_BACK]), captureTimeout: 0 });
    for (const edit of deps.trail.edits(sessionId, item.id)) {
      Y.applyUpdate(replay, edit.update, edit.userId === pupilId && edit.at >= since ? TAKEN_BACK : null);
    }
    const changes: Uint8Array[] = [];
    replay.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === undo) changes.push(update);
    });
    while (undo.undoStack.length > 0) undo.undo();
    undo.destroy();
    if (changes.length === 0) return { removed: 0, restored: 0 };
    const change = Y.mergeUpdates(changes);

    await withLiveDocument(deps.registry, item.docId, (doc) => Y.applyUpdate(doc.ydoc, change, new ServerEdit(hostId)));
    return measure(change);
  } finally {
    replay.destroy();
  }
}

/** The shared types the pupil could have changed: the Lexical root, or a board's maps. */
function scopeOf(doc: Y.Doc, item: ItemRecord): ConstructorParameters<typeof Y.UndoManager>[0] {
  if (item.type === 'board') return [doc.getMap(BOARD_ROOTS.objects), doc.getMap(BOARD_ROOTS.columns), doc.getMap(BOARD_ROOTS.board)];
  return [doc.get('root', Y.XmlText)];
}

/** What the change took out (deleted ranges) and brought back (new content), in Yjs units (characters, embeds). */
function measure(change: Uint8Array): RevertResult {
  const { structs, ds } = Y.decodeUpdate(change);
  let removed = 0;
  for (const ranges of ds.clients.values()) for (const range of ranges) removed += range.len;
  const restored = structs.filter((struct) => struct instanceof Y.Item).reduce((sum, struct) => sum + struct.length, 0);
  return { removed, restored };
}
