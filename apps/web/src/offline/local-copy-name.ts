/**
 * The IndexedDB database that keeps one person's copy of one item's Y.Doc on this device.
 * Per person AND item: on a shared school laptop, pupils never open each other's copies.
 */
export function localCopyName(userId: string, docId: string): string {
  return `kopa:${userId}:${docId}`;
}

/** Whether a database name is one of this person's copies (whichever item). */
export function isCopyOf(userId: string, name: string): boolean {
  return name.startsWith(`kopa:${userId}:`);
}
