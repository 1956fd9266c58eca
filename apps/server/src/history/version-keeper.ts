import * as Y from 'yjs';
import type { DocumentObserver } from '../collab/document-registry.js';
import type { SharedDocument } from '../collab/shared-document.js';
import type { Logger } from '../logger.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import { sameSnapshot } from './same-snapshot.js';
import { isVersioned } from './versioned-items.js';
import type { VersionRepository } from './version-repository.js';

export interface VersionKeeperDeps {
  spaces: SpaceRepository;
  versions: VersionRepository;
  logger: Logger;
  /** How old the oldest unversioned change may get before an automatic version is taken. */
  intervalMs: number;
}

/**
 * Takes automatic versions of documents and posts: during long work (once the
 * first change since the last version is `intervalMs` old) and when the last
 * writer leaves a changed document. Never one equal to the previous version.
 */
export class VersionKeeper implements DocumentObserver {
  /** Documents with stored changes no version holds yet, and when each is due. */
  private readonly due = new Map<string, { doc: SharedDocument; timer: NodeJS.Timeout }>();

  constructor(private readonly deps: VersionKeeperDeps) {}

  afterStore(doc: SharedDocument): void {
    const entry = this.due.get(doc.docId);
    if (entry?.doc === doc) return;
    // First change since the last version (or the document was loaded anew).
    if (entry) clearTimeout(entry.timer);
    this.schedule(doc, this.deps.intervalMs);
  }

  afterIdle(doc: SharedDocument): void {
    if (this.due.has(doc.docId)) this.keep(doc);
  }

  private schedule(doc: SharedDocument, delayMs: number): void {
    const timer = setTimeout(() => this.keep(doc), delayMs);
    timer.unref();
    this.due.set(doc.docId, { doc, timer });
  }

  private keep(doc: SharedDocument): void {
    const entry = this.due.get(doc.docId);
    if (entry) clearTimeout(entry.timer);
    this.due.delete(doc.docId);
    // An unloaded document was versioned when its last writer left.
    if (doc.ydoc.isDestroyed) return;
    try {
      this.saveIfChanged(doc);
    } catch (error) {
      this.deps.logger.error({ err: error, docId: doc.docId }, 'could not keep an automatic version');
    }
  }

  private saveIfChanged(doc: SharedDocument): void {
    const item = this.deps.spaces.findItemByDocId(doc.docId);
    if (!item || !isVersioned(item)) return;
    const latest = this.deps.versions.latest(item.id);
    const ageMs = latest ? Date.now() - latest.createdAt : Infinity;
    const stillWorking = doc.peers.size > 0;
    // Someone named or submitted a version meanwhile: the next automatic one is due an interval after it.
    if (latest && stillWorking && ageMs < this.deps.intervalMs) {
      this.schedule(doc, this.deps.intervalMs - ageMs);
      return;
    }
    const state = Y.encodeStateAsUpdate(doc.ydoc);
    if (latest && sameSnapshot(this.deps.versions.find(item.id, latest.id)?.state, state)) return;
    this.deps.versions.save({ itemId: item.id, kind: 'auto', state, createdBy: null });
  }
}
