import { CollabConnection } from '../collab/collab-connection.js';
import type { DocumentObserver } from '../collab/document-registry.js';
import type { SharedDocument } from '../collab/shared-document.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { LiveRepository } from './live-repository.js';

/**
 * Who changed which item while a session ran (supervision shows it; the summary
 * keeps a version of each). A change counts for every running session that covers
 * the item: one on its space, or one on its partnership's space.
 */
export class LiveActivityRecorder implements DocumentObserver {
  constructor(
    private readonly live: LiveRepository,
    private readonly spaces: SpaceRepository,
  ) {}

  afterStore(doc: SharedDocument, _update: Uint8Array, origin: unknown): void {
    if (!(origin instanceof CollabConnection)) return;
    const { userId, partnershipId } = origin.identity;
    const sessions = this.live.runningIn(partnershipId);
    if (sessions.length === 0) return;
    const item = this.spaces.findItemByDocId(doc.docId);
    if (!item) return;
    for (const session of sessions) {
      if (session.spaceId === item.spaceId || this.spaces.findSpace(session.spaceId)?.kind === 'partnership') {
        this.live.recordActivity(session.id, item.id, userId);
      }
    }
  }
}
