import type { BoardView } from '@kopa/protocol';

/**
 * The open board pages' current views, for "Bring everyone here": a board page
 * registers how to read its view, the host's panel asks for it by item id.
 */
export class BoardViewRegistry {
  private readonly readers = new Map<string, () => BoardView | null>();

  register(itemId: string, read: () => BoardView | null): () => void {
    this.readers.set(itemId, read);
    return () => {
      if (this.readers.get(itemId) === read) this.readers.delete(itemId);
    };
  }

  read(itemId: string): BoardView | null {
    return this.readers.get(itemId)?.() ?? null;
  }
}
