import * as Y from 'yjs';

/** Whether two Yjs states hold the same changes (inserts and deletions). */
export function sameSnapshot(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Y.equalSnapshots(snapshotOf(a), snapshotOf(b));
}

function snapshotOf(state: Uint8Array): Y.Snapshot {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return Y.snapshot(doc);
  } finally {
    doc.destroy();
  }
}
