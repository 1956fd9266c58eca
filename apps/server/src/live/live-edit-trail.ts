import * as Y from 'yjs';
import { CollabConnection } from '../collab/collab-connection.js';
import type { DocumentObserver } from '../collab/document-registry.js';
import { ServerEdit } from '../collab/server-edit.js';
import type { SharedDocument } from '../collab/shared-document.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { LiveRepository } from './live-repository.js';
import type { LiveTrailRepository } from './live-trail-repository.js';

interface Coverage {
  itemId: string;
  sessionIds: string[];
}

/**
 * What happens to items while a session covers them (one on their space, or one on
 * their partnership's space): who changed what (supervision; the versions kept at the
 * end), and the trail a host's revert replays: the item's state before its first
 * change in the session, then every stored change with who made it.
 */
export class LiveEditTrail implements DocumentObserver {
  /** Which running sessions cover each document; forgotten whenever a session starts or ends. */
  private readonly coverage = new Map<string, Coverage | null>();
  private running: { id: string; partnershipId: string; spaceId: string; partnershipWide: boolean }[] | null = null;
  /** `session item` pairs whose base is stored: every keystroke asks, the database needs answering once. */
  private readonly based = new Set<string>();

  constructor(
    private readonly live: LiveRepository,
    private readonly trail: LiveTrailRepository,
    private readonly spaces: SpaceRepository,
  ) {}

  /** A session started or ended. */
  sessionsChanged(): void {
    this.running = null;
    this.coverage.clear();
    this.based.clear();
  }

  beforeChange(doc: SharedDocument): void {
    const covered = this.coveredBy(doc.docId);
    if (!covered) return;
    let state: Uint8Array | undefined;
    for (const sessionId of covered.sessionIds) {
      const key = `${sessionId} ${covered.itemId}`;
      if (this.based.has(key)) continue;
      if (!this.trail.hasBase(sessionId, covered.itemId)) {
        state ??= Y.encodeStateAsUpdate(doc.ydoc);
        this.trail.saveBase(sessionId, covered.itemId, state);
      }
      this.based.add(key);
    }
  }

  afterStore(doc: SharedDocument, update: Uint8Array, origin: unknown): void {
    const covered = this.coveredBy(doc.docId);
    if (!covered) return;
    const writer = origin instanceof CollabConnection ? origin.identity.userId : origin instanceof ServerEdit ? origin.userId : null;
    for (const sessionId of covered.sessionIds) {
      this.trail.recordEdit(sessionId, covered.itemId, writer, update);
      if (origin instanceof CollabConnection) this.trail.recordActivity(sessionId, covered.itemId, origin.identity.userId);
    }
  }

  private coveredBy(docId: string): Coverage | null {
    this.running ??= this.live.allRunning().map((session) => ({
      id: session.id,
      partnershipId: session.partnershipId,
      spaceId: session.spaceId,
      partnershipWide: this.spaces.findSpace(session.spaceId)?.kind === 'partnership',
    }));
    if (this.running.length === 0) return null;
    if (this.coverage.has(docId)) return this.coverage.get(docId)!;
    const item = this.spaces.findItemByDocId(docId);
    const space = item ? this.spaces.findSpace(item.spaceId) : null;
    const sessionIds = this.running
      .filter((session) => session.partnershipId === space?.partnershipId && (session.partnershipWide || session.spaceId === space.id))
      .map((session) => session.id);
    const covered = item && sessionIds.length > 0 ? { itemId: item.id, sessionIds } : null;
    this.coverage.set(docId, covered);
    return covered;
  }
}
