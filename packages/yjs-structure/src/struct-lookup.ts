import * as Y from 'yjs';

export type Struct = Y.Item | Y.GC | Y.Skip;

export interface StructLookup {
  /** The struct holding `id`: from the update itself or, failing that, from the document; null when unknown. */
  find(id: Y.ID): Y.Item | Y.GC | null;
}

/** Finds a struct by id in the update itself or, failing that, in the document. */
export function createStructLookup(doc: Y.Doc, structs: readonly Struct[]): StructLookup {
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  return {
    find(id) {
      const local = byClient.get(id.client);
      if (local) {
        const hit = local.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
        if (hit && !(hit instanceof Y.Skip)) return hit;
      }
      if (Y.getState(doc.store, id.client) > id.clock) return Y.getItem(doc.store, id) as Y.Item | Y.GC;
      return null;
    },
  };
}
