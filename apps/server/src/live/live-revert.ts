import { BOARD_ROOTS } from '@kopa/board';
import { authorshipRuns, authorshipText } from '@kopa/editor';
import { diffWordsWithSpace } from 'diff';
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

    return await withLiveDocument(deps.registry, item.docId, (doc) => {
      const before = item.type === 'board' ? '' : documentText(doc.ydoc);
      Y.applyUpdate(doc.ydoc, change, new ServerEdit(hostId));
      return item.type === 'board' ? countObjects(replay, change) : countCharacters(before, documentText(doc.ydoc));
    });
  } finally {
    replay.destroy();
  }
}

/** The shared types the pupil could have changed: the Lexical root, or a board's maps. */
function scopeOf(doc: Y.Doc, item: ItemRecord): ConstructorParameters<typeof Y.UndoManager>[0] {
  if (item.type === 'board') return [doc.getMap(BOARD_ROOTS.objects), doc.getMap(BOARD_ROOTS.columns), doc.getMap(BOARD_ROOTS.board)];
  return [doc.get('root', Y.XmlText)];
}

/**
 * Characters of the words that went and came back, as a reader sees them (Lexical's binding may
 * rewrite a few of the pupil's neighbours' letters when a paragraph splits; undoing that is no news).
 */
function countCharacters(before: string, after: string): RevertResult {
  let removed = 0;
  let restored = 0;
  // Letters, digits and signs: spaces between words are not what anyone counts.
  const visible = (text: string) => text.replace(/\s/gu, '').length;
  for (const part of diffWordsWithSpace(before, after)) {
    if (part.removed) removed += visible(part.value);
    else if (part.added) restored += visible(part.value);
  }
  return { removed, restored };
}

const documentText = (doc: Y.Doc) => authorshipText(authorshipRuns(doc));

/** Board objects the change took away (the pupil's own), and those it put back as they were (deleted, moved, rewritten). */
function countObjects(replay: Y.Doc, change: Uint8Array): RevertResult {
  const objects = replay.getMap(BOARD_ROOTS.objects);
  const objectOf = (struct: Y.Item): { id: string; whole: boolean } | null => {
    let item: Y.Item | null = struct;
    while (item && item.parent !== objects) item = (item.parent as Y.AbstractType<unknown>)._item;
    return item?.parentSub ? { id: item.parentSub, whole: item === struct } : null;
  };
  const removed = new Set<string>();
  const touched = new Set<string>();
  forEachDeleted(replay, change, (struct) => {
    const object = objectOf(struct);
    if (object?.whole) removed.add(object.id);
    else if (object) touched.add(object.id);
  });
  for (const struct of Y.decodeUpdate(change).structs) {
    const item = struct instanceof Y.Item ? Y.getItem(replay.store, struct.id) : null;
    const object = item instanceof Y.Item ? objectOf(item) : null;
    if (object) touched.add(object.id);
  }
  return { removed: removed.size, restored: [...touched].filter((id) => !removed.has(id)).length };
}

/** Every item the change deletes, as the replay (which keeps deleted content) holds it. */
function forEachDeleted(replay: Y.Doc, change: Uint8Array, use: (item: Y.Item) => void): void {
  const { ds } = Y.decodeUpdate(change);
  Y.transact(replay, (transaction) => {
    Y.iterateDeletedStructs(transaction, ds, (struct) => {
      if (struct instanceof Y.Item) use(struct);
    });
  });
}
