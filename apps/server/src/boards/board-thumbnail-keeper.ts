import type { DocumentObserver } from '../collab/document-registry.js';
import type { SharedDocument } from '../collab/shared-document.js';
import type { Logger } from '../logger.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { BoardThumbnailRenderer } from './board-thumbnail-renderer.js';
import type { BoardThumbnailRepository } from './board-thumbnail-repository.js';

/**
 * Keeps each board's thumbnail close to its content: drawn again a few seconds
 * after work on it pauses (so lists change while a team works), and when the
 * last person leaves. Drawing is off the request path and never blocks editing.
 */
export class BoardThumbnailKeeper implements DocumentObserver {
  private readonly pending = new Map<string, { doc: SharedDocument; timer: NodeJS.Timeout }>();
  private readonly drawing = new Set<Promise<void>>();

  constructor(
    private readonly deps: {
      spaces: SpaceRepository;
      thumbnails: BoardThumbnailRepository;
      renderer: BoardThumbnailRenderer;
      logger: Logger;
      /** Quiet time after the last change before drawing. */
      delayMs: number;
    },
  ) {}

  afterStore(doc: SharedDocument): void {
    const entry = this.pending.get(doc.docId);
    if (entry) clearTimeout(entry.timer);
    const timer = setTimeout(() => this.draw(doc), this.deps.delayMs);
    timer.unref();
    this.pending.set(doc.docId, { doc, timer });
  }

  afterIdle(doc: SharedDocument): void {
    if (this.pending.has(doc.docId)) this.draw(doc);
  }

  /** Draws a board now (also on request, when it has no thumbnail yet). */
  async drawNow(doc: SharedDocument): Promise<void> {
    const entry = this.pending.get(doc.docId);
    if (entry) clearTimeout(entry.timer);
    this.pending.delete(doc.docId);
    const item = this.deps.spaces.findItemByDocId(doc.docId);
    const space = item ? this.deps.spaces.findSpace(item.spaceId) : null;
    if (!item || !space || item.type !== 'board' || doc.ydoc.isDestroyed) return;
    const image = await this.deps.renderer.render(doc.ydoc, space.partnershipId);
    this.deps.thumbnails.save(item.id, image, Date.now());
  }

  /** Waits for drawings under way (shutdown: the database closes after them). */
  async settle(): Promise<void> {
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    this.pending.clear();
    await Promise.all([...this.drawing]);
  }

  private draw(doc: SharedDocument): void {
    const drawing = this.drawNow(doc)
      .catch((error: unknown) => this.deps.logger.error({ err: error, docId: doc.docId }, 'could not draw a board thumbnail'))
      .finally(() => this.drawing.delete(drawing));
    this.drawing.add(drawing);
  }
}
