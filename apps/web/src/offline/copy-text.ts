import type { ItemType } from '@kopa/protocol';

/**
 * The text of an item's local copy, for the pupil to copy out. Each reader comes along
 * only when needed: a document page does not load the board's code, nor the reverse.
 */
export async function readCopyText(kind: ItemType, state: Uint8Array): Promise<string> {
  if (kind === 'board') {
    const { boardCopyText } = await import('./board-copy-text');
    return boardCopyText(state);
  }
  const { documentCopyText } = await import('./document-copy-text');
  return documentCopyText(state);
}
