import { compareOrdered, keyAfterAll } from './board-order.js';
import type { BoardSnapshot, NoteObject } from './board-types.js';

/** A column's notes in place order; null (or the first column) also holds the notes without a column. */
export function notesInColumn(snapshot: BoardSnapshot, columnId: string | null): NoteObject[] {
  const first = snapshot.columns[0]?.id ?? null;
  const target = columnId ?? first;
  const notes: NoteObject[] = [];
  for (const object of snapshot.objects) {
    if (object.type === 'note' && (object.column ?? first) === target) notes.push(object);
  }
  return notes.sort((a, b) => compareOrdered({ id: a.id, order: a.columnOrder }, { id: b.id, order: b.columnOrder }));
}

/** A place after every note of the column. */
export function columnEndKey(snapshot: BoardSnapshot, columnId: string | null): string {
  return keyAfterAll(notesInColumn(snapshot, columnId).map((note) => note.columnOrder));
}
