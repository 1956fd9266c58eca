import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { CopyEntry } from './copies-index';
import { findCopyOfItem, forgetCopy } from './copies-store';
import { deleteLocalCopy, whenCleared } from './copy-clearing';
import { readCopyText } from './copy-text';
import { localCopyName } from './local-copy-name';
import { keepRescuedText } from './rescued-texts';

/**
 * The item can no longer be opened (403, 404: deleted, or rights gone while offline).
 * Its copy on this device is deleted; if it held unsaved work, its text is kept first,
 * for the pupil to copy out.
 */
export async function settleUnavailableCopy(userId: string, itemId: string): Promise<void> {
  // An item may have several documents on the device (a post and its versions in other languages): each is settled.
  for (let entry = findCopyOfItem(userId, itemId); entry; entry = findCopyOfItem(userId, itemId)) await settleCopy(userId, itemId, entry);
}

async function settleCopy(userId: string, itemId: string, entry: CopyEntry): Promise<void> {
  forgetCopy(userId, entry.docId);
  const name = localCopyName(userId, entry.docId);
  if (!entry.unsaved || typeof indexedDB === 'undefined') {
    await deleteLocalCopy(name);
    return;
  }
  await whenCleared(name);
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  try {
    await persistence.whenSynced;
    const text = await readCopyText(entry.kind, Y.encodeStateAsUpdate(doc));
    if (text.trim()) keepRescuedText(userId, { itemId, kind: entry.kind, title: entry.title, text, offline: true });
  } finally {
    await deleteLocalCopy(name, persistence);
    doc.destroy();
  }
}
