import type { WallColumn } from '@kopa/board';

// The wall's columns are grouped once, in the board package: the wall drawing (downloads, thumbnails) uses them too.
export { wallColumns, type WallColumn } from '@kopa/board';

/** Where a note is: its column's index and its place in that column. */
export function findNote(columns: readonly WallColumn[], noteId: string): { column: number; index: number } | null {
  for (let column = 0; column < columns.length; column += 1) {
    const index = columns[column]!.notes.findIndex((note) => note.id === noteId);
    if (index >= 0) return { column, index };
  }
  return null;
}
