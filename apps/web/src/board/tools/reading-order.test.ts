import type { BoardObject, BoardSnapshot } from '@kopa/board';
import { describe, expect, it } from 'vitest';
import { nextInOrder, readingOrder } from './reading-order';

function note(id: string, x: number, y: number): BoardObject {
  return { id, type: 'note', order: id, frameId: null, x, y, w: 100, h: 100, color: 'yellow', text: '', column: null, columnOrder: 'a0' };
}

describe('reading order', () => {
  it('goes row by row, left to right, whatever the stacking order', () => {
    const objects = [note('c', 0, 300), note('b', 400, 10), note('a', 0, 0)];
    const snapshot: BoardSnapshot = { layout: 'canvas', objects, byId: new Map(objects.map((o) => [o.id, o])), columns: [] };
    expect(readingOrder(snapshot)).toEqual(['a', 'b', 'c']);
  });

  it('starts at either end and gives null past the last, so Tab can leave the board', () => {
    expect(nextInOrder(['a', 'b'], undefined, false)).toBe('a');
    expect(nextInOrder(['a', 'b'], undefined, true)).toBe('b');
    expect(nextInOrder(['a', 'b'], 'a', false)).toBe('b');
    expect(nextInOrder(['a', 'b'], 'b', false)).toBeNull();
    expect(nextInOrder(['a', 'b'], 'a', true)).toBeNull();
    expect(nextInOrder([], undefined, false)).toBeNull();
  });
});
