import type { BoardColumn, NoteObject } from '@kopa/board';

/** Test data for the wall's pure logic (only the *.test.ts files import this). */
export function note(id: string, column: string | null, columnOrder: string): NoteObject {
  return { id, type: 'note', order: 'a0', frameId: null, x: 0, y: 0, w: 200, h: 120, color: 'yellow', text: id, column, columnOrder };
}

export const COLUMNS: BoardColumn[] = [
  { id: 'ideas', title: 'Ideas', order: 'a0' },
  { id: 'questions', title: 'Questions', order: 'a1' },
];
