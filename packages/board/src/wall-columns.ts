import { compareOrdered } from './board-order.js';
import type { BoardSnapshot, NoteObject } from './board-types.js';

/** One column of the wall as shown: its notes in order. */
export interface WallColumn {
  /** null: a wall without any column shows its notes in one unnamed column. */
  id: string | null;
  title: string;
  notes: NoteObject[];
}

const byColumnOrder = (a: NoteObject, b: NoteObject) =>
  compareOrdered({ id: a.id, order: a.columnOrder }, { id: b.id, order: b.columnOrder });

/**
 * The wall's columns with their notes, in order. A note without a column, or in
 * a column that was removed meanwhile, shows in the first column (as the model
 * treats it). Only notes take part: other objects belong to the free canvas.
 */
export function wallColumns(snapshot: Pick<BoardSnapshot, 'objects' | 'columns'>): WallColumn[] {
  const notes = snapshot.objects.filter((object): object is NoteObject => object.type === 'note');
  if (snapshot.columns.length === 0) return [{ id: null, title: '', notes: notes.sort(byColumnOrder) }];
  const columns = snapshot.columns.map((column): WallColumn => ({ id: column.id, title: column.title, notes: [] }));
  const byId = new Map(columns.map((column) => [column.id, column]));
  for (const note of notes) (byId.get(note.column ?? '') ?? columns[0]!).notes.push(note);
  for (const column of columns) column.notes.sort(byColumnOrder);
  return columns;
}
