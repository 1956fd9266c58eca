import * as Y from 'yjs';

/**
 * Would applying `update` change `doc`? A client answers the server's SyncStep1 with
 * everything the server lacks, plus its whole delete set, so a read-only client with
 * nothing new still sends deletions the server already has. Only an update that adds
 * content, or deletes something still visible, is an edit that has to be refused.
 */
export function changesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const known = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, end] of Y.parseUpdateMeta(update).to) {
    if (end > (known.get(client) ?? 0)) return true;
  }
  for (const [client, ranges] of Y.decodeUpdate(update).ds.clients) {
    for (const range of ranges) {
      if (!alreadyDeleted(doc, client, range.clock, range.clock + range.len, known.get(client) ?? 0)) return true;
    }
  }
  return false;
}

function alreadyDeleted(doc: Y.Doc, client: number, from: number, to: number, knownUpTo: number): boolean {
  // Deleting content the server has never seen: that content is new (and comes with the update).
  if (to > knownUpTo) return false;
  const structs = doc.store.clients.get(client);
  if (!structs) return false;
  for (let index = Y.findIndexSS(structs, from); index < structs.length; index++) {
    const struct = structs[index]!;
    if (struct.id.clock >= to) break;
    if (!struct.deleted) return false;
  }
  return true;
}
