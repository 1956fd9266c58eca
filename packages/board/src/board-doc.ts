import type * as Y from 'yjs';

/**
 * The Yjs layout of a board document. Three root maps:
 *
 * - `objects`: object id → Y.Map of that object's fields. Plain fields hold JSON
 *   values (last writer wins per field, so two people moving and recolouring one
 *   note both win); `text` is a Y.Text (several people can write in one note) and
 *   `points` a Y.Array of numbers (a stroke grows point by point while drawn, so
 *   others see it being drawn).
 * - `columns`: column id → Y.Map { title, order } for the wall layout.
 * - `board`: settings, today only `layout`.
 *
 * The server's update guard (board-update-guard.ts) accepts nothing outside this
 * layout, and only BoardModel writes it.
 */
export const BOARD_ROOTS = { objects: 'objects', columns: 'columns', board: 'board' } as const;

/** Fields whose value is a shared type rather than a plain value. */
export const TEXT_FIELD = 'text';
export const POINTS_FIELD = 'points';

export type ObjectMap = Y.Map<unknown>;

export function objectsOf(doc: Y.Doc): Y.Map<ObjectMap> {
  return doc.getMap<ObjectMap>(BOARD_ROOTS.objects);
}

export function columnsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(BOARD_ROOTS.columns);
}

export function settingsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(BOARD_ROOTS.board);
}

/** Every shared root of a board, e.g. the scope of an undo manager. */
export function boardRoots(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return [objectsOf(doc), columnsOf(doc), settingsOf(doc)] as Y.AbstractType<unknown>[];
}
