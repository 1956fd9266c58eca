import type { BoardObject, NoteObject } from '@kopa/board';
import { describe, expect, it } from 'vitest';
import { findNote, wallColumns } from './wall-columns';
import { COLUMNS, note } from './wall-test-notes';

const ids = (notes: readonly NoteObject[]) => notes.map((entry) => entry.id);

describe('wallColumns', () => {
  it('puts each note in its column, ordered by columnOrder and then id', () => {
    const objects: BoardObject[] = [note('n3', 'ideas', 'a2'), note('n1', 'questions', 'a0'), note('n2', 'ideas', 'a1'), note('n0', 'ideas', 'a1')];
    const columns = wallColumns({ objects, columns: COLUMNS });
    expect(columns.map((column) => [column.id, column.title, ids(column.notes)])).toEqual([
      ['ideas', 'Ideas', ['n0', 'n2', 'n3']],
      ['questions', 'Questions', ['n1']],
    ]);
  });

  it('compares order keys by code unit, not by locale (upper case sorts before lower case)', () => {
    const columns = wallColumns({ objects: [note('late', 'ideas', 'a0V'), note('early', 'ideas', 'a0G'), note('lower', 'ideas', 'a0a')], columns: COLUMNS });
    expect(ids(columns[0]!.notes)).toEqual(['early', 'late', 'lower']);
  });

  it('shows notes without a column, or of a removed column, in the first column', () => {
    const columns = wallColumns({ objects: [note('gone', 'removed', 'a0'), note('none', null, 'a1')], columns: COLUMNS });
    expect(ids(columns[0]!.notes)).toEqual(['gone', 'none']);
    expect(columns[1]!.notes).toEqual([]);
  });

  it('shows a wall without columns as one unnamed column, and leaves other objects out', () => {
    const shape: BoardObject = { id: 's', type: 'shape', order: 'a0', frameId: null, x: 0, y: 0, w: 1, h: 1, kind: 'rect', color: 'blue', filled: true, text: '' };
    const columns = wallColumns({ objects: [shape, note('b', 'x', 'a1'), note('a', null, 'a0')], columns: [] });
    expect(columns).toHaveLength(1);
    expect(columns[0]!.id).toBeNull();
    expect(ids(columns[0]!.notes)).toEqual(['a', 'b']);
  });

  it('finds a note', () => {
    const columns = wallColumns({ objects: [note('a', 'ideas', 'a0'), note('b', 'questions', 'a0'), note('c', 'questions', 'a1')], columns: COLUMNS });
    expect(findNote(columns, 'c')).toEqual({ column: 1, index: 1 });
    expect(findNote(columns, 'missing')).toBeNull();
  });
});
