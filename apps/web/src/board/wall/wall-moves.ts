import { findNote, type WallColumn } from './wall-columns';

/** Where a note goes: a column, before one of its notes (null: at the end). */
export interface NotePlacement {
  columnIndex: number;
  columnId: string | null;
  beforeNoteId: string | null;
  /** Its place in the column afterwards (0-based) and how many notes the column then has. */
  index: number;
  count: number;
}

export type MoveDirection = 'up' | 'down' | 'left' | 'right';

/**
 * Where a note goes when it is put at `index` among the other notes of a column
 * (the note itself left out, so "before the note after me" needs no special case).
 */
export function placeAt(columns: readonly WallColumn[], noteId: string, columnIndex: number, index: number): NotePlacement | null {
  const column = columns[columnIndex];
  if (!column) return null;
  const others = column.notes.filter((note) => note.id !== noteId);
  const at = Math.max(0, Math.min(index, others.length));
  return { columnIndex, columnId: column.id, beforeNoteId: others[at]?.id ?? null, index: at, count: others.length + 1 };
}

/**
 * One keyboard step: up and down within the column, left and right to the
 * neighbouring column at the same height (or its end). Null at the wall's edges.
 */
export function stepPlacement(columns: readonly WallColumn[], noteId: string, direction: MoveDirection): NotePlacement | null {
  const where = findNote(columns, noteId);
  if (!where) return null;
  const { column, index } = where;
  const length = columns[column]!.notes.length;
  switch (direction) {
    case 'up':
      return index === 0 ? null : placeAt(columns, noteId, column, index - 1);
    case 'down':
      return index >= length - 1 ? null : placeAt(columns, noteId, column, index + 1);
    case 'left':
      return column === 0 ? null : placeAt(columns, noteId, column - 1, index);
    case 'right':
      return column >= columns.length - 1 ? null : placeAt(columns, noteId, column + 1, index);
  }
}

/** Whether a placement leaves the note where it already is. */
export function isSamePlace(columns: readonly WallColumn[], noteId: string, placement: NotePlacement): boolean {
  const where = findNote(columns, noteId);
  return where !== null && where.column === placement.columnIndex && where.index === placement.index;
}

/**
 * Where a dragged note lands in a column: before the first other note whose
 * middle is below the pointer. `middles` are the other notes' vertical middles, in order.
 */
export function dropIndex(middles: readonly number[], pointerY: number): number {
  const below = middles.findIndex((middle) => pointerY < middle);
  return below === -1 ? middles.length : below;
}
