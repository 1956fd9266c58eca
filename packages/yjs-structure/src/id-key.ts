import type * as Y from 'yjs';

/** A struct id as a string, for Sets and Maps (Y.ID objects compare by identity). */
export function idKey(id: Y.ID): string {
  return `${id.client}:${id.clock}`;
}
