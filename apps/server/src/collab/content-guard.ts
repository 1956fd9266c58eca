import { checkBoardUpdate } from '@kopa/board';
import { checkDocumentUpdate } from '@kopa/editor';
import type { ItemType } from '@kopa/protocol';
import type * as Y from 'yjs';

export type ContentGuard = (doc: Y.Doc, update: Uint8Array) => string | null;

/**
 * Which shape an item's Yjs document must keep: documents and posts the one
 * Lexical writes, boards the one BoardModel writes. An update outside it is
 * refused before the server applies it.
 */
export function contentGuardFor(type: ItemType): ContentGuard {
  return type === 'board' ? checkBoardUpdate : checkDocumentUpdate;
}
