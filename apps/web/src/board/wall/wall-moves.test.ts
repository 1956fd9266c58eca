import { describe, expect, it } from 'vitest';
import { wallColumns } from './wall-columns';
import { COLUMNS, note } from './wall-test-notes';
import { dropIndex, isSamePlace, placeAt, stepPlacement } from './wall-moves';

// Ideas: a, b, c — Questions: d
const columns = wallColumns({
  objects: [note('a', 'ideas', 'a0'), note('b', 'ideas', 'a1'), note('c', 'ideas', 'a2'), note('d', 'questions', 'a0')],
  columns: COLUMNS,
});

describe('stepPlacement (keyboard moves)', () => {
  it('moves up and down within the column', () => {
    expect(stepPlacement(columns, 'b', 'up')).toEqual({ columnIndex: 0, columnId: 'ideas', beforeNoteId: 'a', index: 0, count: 3 });
    expect(stepPlacement(columns, 'b', 'down')).toEqual({ columnIndex: 0, columnId: 'ideas', beforeNoteId: null, index: 2, count: 3 });
    expect(stepPlacement(columns, 'a', 'down')).toEqual({ columnIndex: 0, columnId: 'ideas', beforeNoteId: 'c', index: 1, count: 3 });
  });

  it('stops at the top, the bottom and the outer columns', () => {
    expect(stepPlacement(columns, 'a', 'up')).toBeNull();
    expect(stepPlacement(columns, 'c', 'down')).toBeNull();
    expect(stepPlacement(columns, 'a', 'left')).toBeNull();
    expect(stepPlacement(columns, 'd', 'right')).toBeNull();
    expect(stepPlacement(columns, 'missing', 'up')).toBeNull();
  });

  it('moves sideways at the same height, or to the end of a shorter column', () => {
    expect(stepPlacement(columns, 'a', 'right')).toEqual({ columnIndex: 1, columnId: 'questions', beforeNoteId: 'd', index: 0, count: 2 });
    expect(stepPlacement(columns, 'c', 'right')).toEqual({ columnIndex: 1, columnId: 'questions', beforeNoteId: null, index: 1, count: 2 });
    expect(stepPlacement(columns, 'd', 'left')).toEqual({ columnIndex: 0, columnId: 'ideas', beforeNoteId: 'a', index: 0, count: 4 });
  });
});

describe('placeAt (drops)', () => {
  it('leaves the dragged note out when counting places', () => {
    expect(placeAt(columns, 'a', 0, 1)).toMatchObject({ beforeNoteId: 'c', index: 1 });
    expect(placeAt(columns, 'a', 0, 99)).toMatchObject({ beforeNoteId: null, index: 2, count: 3 });
    expect(placeAt(columns, 'a', 5, 0)).toBeNull();
  });

  it('knows when a drop changes nothing', () => {
    expect(isSamePlace(columns, 'b', placeAt(columns, 'b', 0, 1)!)).toBe(true);
    expect(isSamePlace(columns, 'b', placeAt(columns, 'b', 0, 0)!)).toBe(false);
    expect(isSamePlace(columns, 'b', placeAt(columns, 'b', 1, 1)!)).toBe(false);
  });
});

describe('dropIndex', () => {
  it('lands before the first note whose middle is below the pointer', () => {
    expect(dropIndex([100, 200, 300], 50)).toBe(0);
    expect(dropIndex([100, 200, 300], 150)).toBe(1);
    expect(dropIndex([100, 200, 300], 350)).toBe(3);
    expect(dropIndex([], 10)).toBe(0);
  });
});
