import { copiesToForget } from './copies-index';
import { readCopies, replaceCopies } from './copies-store';
import { deleteLocalCopy } from './copy-clearing';
import { isCopyOf, localCopyName } from './local-copy-name';

/**
 * After a logout: deletes this person's copies the server has everything of (on a shared
 * laptop the next pupil finds nothing of theirs). Copies holding unsaved work stay, to be
 * sent when they open the item again. Copies missing from the index (it was cleared, or
 * the browser closed between the two writes) go too, unless marked unsaved.
 *
 * Light on purpose (no Yjs): it runs from the app's shell.
 */
export async function forgetSavedCopies(userId: string): Promise<void> {
  const { forget, keep } = copiesToForget(readCopies(userId));
  replaceCopies(userId, keep);
  const kept = new Set(keep.map((entry) => localCopyName(userId, entry.docId)));
  const names = new Set(forget.map((entry) => localCopyName(userId, entry.docId)));
  for (const name of await databaseNames()) {
    if (isCopyOf(userId, name) && !kept.has(name)) names.add(name);
  }
  await Promise.all([...names].map((name) => deleteLocalCopy(name)));
}

async function databaseNames(): Promise<string[]> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
    return (await indexedDB.databases()).flatMap((database) => (database.name ? [database.name] : []));
  } catch {
    return [];
  }
}
