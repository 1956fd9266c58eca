import { createDocId, type ItemType } from '@kopa/protocol';
import { createDocumentContent } from '@kopa/editor';
import type { SqliteDatabase } from '../db/open-database.js';
import type { DocumentStore } from '../storage/document-store.js';
import type { ItemRecord, SpaceRepository } from './space-repository.js';
import { randomUUID } from 'node:crypto';

export interface NewDocumentItem {
  type?: ItemType;
  /** The first Yjs update; documents and blog posts start as one empty Lexical paragraph. */
  content?: Uint8Array;
  /** Runs in the transaction that inserts the item: another feature's own row for it (a post's metadata). */
  alongside?: (item: ItemRecord) => void;
}

/**
 * Creates an item with its Yjs document. The first content (for documents an empty
 * paragraph written by a headless Lexical editor, for boards their layout) is
 * stored before the item becomes visible, so browsers never race to bootstrap it.
 */
export async function createDocumentItem(
  deps: { db: SqliteDatabase; spaces: SpaceRepository; store: DocumentStore },
  spaceId: string,
  title: string,
  createdBy: string | null,
  { type = 'doc', content = createDocumentContent(), alongside }: NewDocumentItem = {},
): Promise<ItemRecord> {
  const item: ItemRecord = { id: randomUUID(), spaceId, type, title, docId: createDocId(), archived: false, locked: false, deleted: false };
  await deps.store.appendUpdates([{ docId: item.docId, update: content }]);
  deps.db.transaction(() => {
    deps.spaces.insertItem(item, createdBy);
    alongside?.(item);
  })();
  return item;
}
