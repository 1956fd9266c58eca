import { readDocumentContent, restoreDocumentContent } from '@kopa/editor';
import type { VersionSummary } from '@kopa/protocol';
import * as Y from 'yjs';
import type { DocumentRegistry } from '../collab/document-registry.js';
import { ServerEdit } from '../collab/server-edit.js';
import type { ItemRecord } from '../spaces/space-repository.js';
import { assertUsable, withLiveDocument } from './live-document.js';
import type { StoredVersion, VersionRepository } from './version-repository.js';

/**
 * Brings an earlier version back as a new change of the live document, made for
 * `userId`: stored, then relayed to everyone connected, like any edit. Nothing
 * is rewound (the Yjs state only grows), so each writer's undo stays their own.
 * Keeps the result as a version of kind `restored`.
 */
export async function restoreVersion(
  deps: { registry: DocumentRegistry; versions: VersionRepository },
  item: ItemRecord,
  version: StoredVersion,
  userId: string,
): Promise<VersionSummary> {
  const content = await readDocumentContent(version.state);
  return withLiveDocument(deps.registry, item.docId, async (doc) => {
    const update = await restoreDocumentContent(Y.encodeStateAsUpdate(doc.ydoc), content);
    assertUsable(doc);
    // Peers' edits made meanwhile merge with it as with any concurrent edit.
    Y.applyUpdate(doc.ydoc, update, new ServerEdit(userId));
    await deps.registry.queue.idle();
    assertUsable(doc);
    return deps.versions.save({
      itemId: item.id,
      kind: 'restored',
      state: Y.encodeStateAsUpdate(doc.ydoc),
      createdBy: userId,
      name: restoredName(version),
    });
  });
}

/** Named after the version it brings back: its name, or when it was taken (UTC, readable in any language). */
function restoredName(version: StoredVersion): string {
  if (version.name !== '') return version.name;
  return `${new Date(version.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
