import { BOARD_LIMITS, boxContains, boxCenter, type BoardModel, type Box, type NewObject } from '@kopa/board';
import type { BoardClip, ClipObject } from './board-clip';

/** How far each further paste of the same copy lands from the last, as Ctrl+D does. */
export const PASTE_NUDGE = 24;

/**
 * Where a paste goes: where the copied objects were (nudged `nudge` steps when
 * the originals are still there, so the copies don't hide under them), or — when
 * that is not wholly in view — centred in the view, so the paste is always seen.
 */
export function pasteOffset(bounds: Box | null, view: Box, nudge: number): { dx: number; dy: number } {
  if (!bounds) return { dx: 0, dy: 0 };
  const step = nudge * PASTE_NUDGE;
  const nudged = { ...bounds, x: bounds.x + step, y: bounds.y + step };
  if (boxContains(view, nudged)) return { dx: step, dy: step };
  const from = boxCenter(bounds);
  const to = boxCenter(view);
  return { dx: Math.round(to.x - from.x), dy: Math.round(to.y - from.y) };
}

/**
 * Re-creates the clip's objects on this board through the model, moved by the
 * offset, as one change (one undo step): connectors point at the new copies,
 * notes keep their wall column only where this board has it. Returns the new
 * ids of the clip's roots (to select), or [] when the board has no room for it.
 */
export function pasteClip(model: BoardModel, clip: BoardClip, offset: { dx: number; dy: number }): string[] {
  const snapshot = model.snapshot();
  if (snapshot.objects.length + clip.objects.length > BOARD_LIMITS.maxObjects) return [];
  const columns = new Set(snapshot.columns.map((column) => column.id));
  const newIds = new Map<string, string>();
  try {
    model.transact(() => {
      // Boxed objects first (bottom first, so they stack as copied), then the connectors between them.
      for (const object of clip.objects) {
        if (object.type !== 'connector') newIds.set(object.id, model.add(moved(object, offset, columns)));
      }
      for (const object of clip.objects) {
        if (object.type !== 'connector') continue;
        const fromId = newIds.get(object.fromId);
        const toId = newIds.get(object.toId);
        if (fromId === undefined || toId === undefined) continue;
        newIds.set(object.id, model.add({ type: 'connector', fromId, toId, color: object.color, arrow: object.arrow }));
      }
    });
  } catch {
    // The board filled up meanwhile (someone else added things): what was added stays, as any partial edit would.
  }
  return clip.roots.flatMap((id) => newIds.get(id) ?? []);
}

function moved(object: Exclude<ClipObject, { type: 'connector' }>, offset: { dx: number; dy: number }, columns: ReadonlySet<string>): NewObject {
  const { id: _id, ...init } = object;
  const limit = BOARD_LIMITS.maxCoordinate;
  const x = clamp(init.x + offset.dx, limit);
  const y = clamp(init.y + offset.dy, limit);
  if (init.type === 'note') return { ...init, x, y, column: init.column !== null && columns.has(init.column) ? init.column : null };
  return { ...init, x, y };
}

function clamp(value: number, limit: number): number {
  return Math.min(limit, Math.max(-limit, value));
}
