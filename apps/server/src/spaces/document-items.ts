import { createDocId } from '@kopa/protocol';
import { createDocumentContent } from '@kopa/editor';
import type { DocumentStore } from '../storage/document-store.js';
import type { ItemRecord, SpaceRepository } from './space-repository.js';
import { randomUUID } from 'node:crypto';

/**
 * Creates a document item: its first content (an empty paragraph, written by a
 * headless Lexical editor so browsers never race to bootstrap it) is stored
 * before the item becomes visible.
 */
export async function createDocumentItem(
  deps: { spaces: SpaceRepository; store: DocumentStore },
  spaceId: string,
  title: string,
  createdBy: string | null,
  content: Uint8Array = createDocumentContent(),
): Promise<ItemRecord> {
  const item: ItemRecord = { id: randomUUID(), spaceId, type: 'doc', title, docId: createDocId(), archived: false, deleted: false };
  await deps.store.appendUpdates([{ docId: item.docId, update: content }]);
  deps.spaces.insertItem(item, createdBy);
  return item;
}
