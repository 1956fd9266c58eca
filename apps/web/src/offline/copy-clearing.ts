/**
 * Deleting local copies (IndexedDB databases), one at a time per copy. A copy being
 * deleted must be gone before the same copy is opened again: a fresh copy that loaded
 * the refused changes would send them again, and be refused again.
 *
 * No Yjs here: logging out deletes copies from the home page, which stays light.
 */
const clearing = new Map<string, Promise<void>>();

/** Resolves once no deletion of this copy is under way. */
export function whenCleared(name: string): Promise<void> {
  return clearing.get(name) ?? Promise.resolve();
}

/**
 * Deletes the copy `name`, after closing `open` (the copy's open persistence, if any, so it
 * writes nothing more). Other open connections to it are closed by their owners when asked
 * (lib0's IndexedDB helper closes on `versionchange`).
 */
export function deleteLocalCopy(name: string, open?: { destroy(): Promise<unknown> } | null): Promise<void> {
  const done: Promise<void> = whenCleared(name)
    .then(async () => {
      await open?.destroy();
      await deleteDatabase(name);
    })
    .catch((error: unknown) => console.warn('A copy kept on this device could not be deleted', error))
    .finally(() => {
      if (clearing.get(name) === done) clearing.delete(name);
    });
  clearing.set(name, done);
  return done;
}

function deleteDatabase(name: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
  });
}
