import type { DocumentRegistry } from '../collab/document-registry.js';
import type { SharedDocument } from '../collab/shared-document.js';

/**
 * Runs `use` on a document's live Y.Doc (loaded if nobody has it open) once every
 * change received so far is on disk, then releases it: a document nobody is
 * connected to unloads again after the registry's delay.
 */
export async function withLiveDocument<T>(
  registry: DocumentRegistry,
  docId: string,
  use: (doc: SharedDocument) => T | Promise<T>,
): Promise<T> {
  const doc = await registry.open(docId);
  try {
    await registry.queue.idle();
    assertUsable(doc);
    return await use(doc);
  } finally {
    registry.release(doc);
  }
}

/** Storing failed: the registry dropped the document and its memory is not to be trusted. */
export function assertUsable(doc: SharedDocument): void {
  if (doc.ydoc.isDestroyed) throw new Error(`document ${doc.docId} could not be stored`);
}
