import { copiesToEvict, copyOfItem, parseCopies, withOpened, without, withUnsaved, type CopyDetails, type CopyEntry } from './copies-index';
import { deleteLocalCopy } from './copy-clearing';
import { localCopyName } from './local-copy-name';

/**
 * The index of one person's local copies, in localStorage (small, and there after a reload
 * even before IndexedDB answers). Written at once, so it is never behind what IndexedDB holds.
 */
const key = (userId: string) => `kopa:copies:${userId}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage switched off (some private modes): copies still work for this visit.
    return null;
  }
}

export function readCopies(userId: string): CopyEntry[] {
  return parseCopies(storage()?.getItem(key(userId)) ?? null);
}

function write(userId: string, entries: readonly CopyEntry[]): void {
  const store = storage();
  if (!store) return;
  try {
    if (entries.length === 0) store.removeItem(key(userId));
    else store.setItem(key(userId), JSON.stringify(entries));
  } catch {
    // Full: the copy itself is still in IndexedDB; only its entry is missing.
  }
}

/** Opened now (first in the index); the oldest saved copies beyond what a device keeps are deleted. */
export function recordOpened(userId: string, details: CopyDetails): CopyEntry {
  const entries = withOpened(readCopies(userId), details, Date.now());
  const evicted = new Set(copiesToEvict(entries).map((entry) => entry.docId));
  write(
    userId,
    entries.filter((entry) => !evicted.has(entry.docId)),
  );
  for (const docId of evicted) void deleteLocalCopy(localCopyName(userId, docId));
  return entries[0]!;
}

export function recordUnsaved(userId: string, docId: string, unsaved: boolean): void {
  const entries = readCopies(userId);
  const next = withUnsaved(entries, docId, unsaved);
  if (next.some((entry, index) => entry !== entries[index])) write(userId, next);
}

export function forgetCopy(userId: string, docId: string): void {
  write(userId, without(readCopies(userId), docId));
}

export function findCopyOfItem(userId: string, itemId: string): CopyEntry | undefined {
  return copyOfItem(readCopies(userId), itemId);
}

export function replaceCopies(userId: string, entries: readonly CopyEntry[]): void {
  write(userId, entries);
}
