import { readDocumentContent, restoreDocumentBlocks } from '@kopa/editor';
import type { VersionSummary } from '@kopa/protocol';
import * as Y from 'yjs';
import type { DocumentRegistry } from '../collab/document-registry.js';
import { ServerEdit } from '../collab/server-edit.js';
import type { ItemRecord } from '../spaces/space-repository.js';
import type { DocumentAuthors } from './document-authors.js';
import { assertUsable, withLiveDocument } from './live-document.js';
import { sameSnapshot } from './same-snapshot.js';
import type { StoredVersion, VersionRepository } from './version-repository.js';

export interface VersionRestoreDeps {
  registry: DocumentRegistry;
  versions: VersionRepository;
  authors: Pick<DocumentAuthors, 'blockWriters'>;
}

/**
 * Brings an earlier version back as a new change of the live document, made for
 * `userId`: stored, then relayed to everyone connected, like any edit. Nothing
 * is rewound (the Yjs state only grows), so each writer's undo stays their own.
 * Blocks the live text still shares with the version stay as they are; the
 * blocks brought back stay credited to whoever wrote them in the version.
 * In one step: the text as it was becomes a `before_restore` version, then the
 * change is applied and the result kept as a `restored` version.
 */
export async function restoreVersion(
  deps: VersionRestoreDeps,
  item: ItemRecord,
  version: StoredVersion,
  userId: string,
): Promise<VersionSummary> {
  const content = await readDocumentContent(version.state);
  const writers = deps.authors.blockWriters(item.docId, version.state);
  return withLiveDocument(deps.registry, item.docId, async (doc) => {
    const change = await restoreDocumentBlocks(Y.encodeStateAsUpdate(doc.ydoc), content);
    const clientAuthors = new Map(change.insertedBlocks.map(({ clientId, versionIndex }) => [clientId, writers[versionIndex] ?? userId]));
    await deps.registry.queue.idle();
    assertUsable(doc);
    // No await from here to applying: the kept text is exactly what the restore replaces.
    keepTextBeforeRestore(deps.versions, item, Y.encodeStateAsUpdate(doc.ydoc), userId);
    // Peers' edits made meanwhile merge with it as with any concurrent edit.
    Y.applyUpdate(doc.ydoc, change.update, new ServerEdit(userId, clientAuthors));
    await deps.registry.queue.idle();
    assertUsable(doc);
    return deps.versions.save({
      itemId: item.id,
      kind: 'restored',
      state: Y.encodeStateAsUpdate(doc.ydoc),
      createdBy: userId,
      // People's words only: the web says which version came back, in the reader's language.
      name: version.name,
      sourceVersionId: version.id,
    });
  });
}

/** Saves the live text as a `before_restore` version, unless the latest version already holds it. */
function keepTextBeforeRestore(versions: VersionRepository, item: ItemRecord, state: Uint8Array, userId: string): void {
  const latest = versions.latest(item.id);
  if (latest && sameSnapshot(versions.find(item.id, latest.id)?.state, state)) return;
  versions.save({ itemId: item.id, kind: 'before_restore', state, createdBy: userId });
}
