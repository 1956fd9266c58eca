import * as Y from 'yjs';

/** Two documents kept in sync both ways, as two browsers behind the sync server would be. */
export function syncedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const remote = Symbol('remote');
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== remote) Y.applyUpdate(b, update, remote);
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== remote) Y.applyUpdate(a, update, remote);
  });
  return [a, b];
}
