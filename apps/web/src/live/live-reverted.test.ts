import { describe, expect, it } from 'vitest';
import { addReverted, dropReverted, parseReverted, revertedElsewhere, type RevertedNote } from './live-reverted';

const note = (itemId: string, at: number, byName = 'Carmen'): RevertedNote => ({ sessionId: 'live1', itemId, itemTitle: `Title ${itemId}`, byName, at });

describe('reverted notes', () => {
  it('keeps one note per item, the newest first', () => {
    let notes = addReverted([], note('d1', 1));
    notes = addReverted(notes, note('b2', 2));
    notes = addReverted(notes, note('d1', 3, 'Marco'));
    expect(notes.map((entry) => [entry.itemId, entry.byName])).toEqual([
      ['d1', 'Marco'],
      ['b2', 'Carmen'],
    ]);
  });

  it('keeps a few at most', () => {
    let notes: RevertedNote[] = [];
    for (let i = 0; i < 5; i += 1) notes = addReverted(notes, note(`d${i}`, i));
    expect(notes.map((entry) => entry.itemId)).toEqual(['d4', 'd3', 'd2']);
  });

  it('closes the note about one item only', () => {
    const notes = [note('d1', 1), note('b2', 2)];
    expect(dropReverted(notes, 'd1').map((entry) => entry.itemId)).toEqual(['b2']);
    expect(dropReverted(notes, 'nothing')).toHaveLength(2);
  });

  it('leaves the note about the open item to that item’s page', () => {
    const notes = [note('d1', 1), note('b2', 2)];
    expect(revertedElsewhere(notes, 'd1').map((entry) => entry.itemId)).toEqual(['b2']);
    expect(revertedElsewhere(notes, null)).toHaveLength(2);
  });
});

describe('parseReverted', () => {
  it('reads back what was stored', () => {
    const notes = [note('d1', 1), note('b2', 2)];
    expect(parseReverted(JSON.stringify(notes))).toEqual(notes);
  });

  it('drops anything that is not a note, and survives broken storage', () => {
    expect(parseReverted(null)).toEqual([]);
    expect(parseReverted('{not json')).toEqual([]);
    expect(parseReverted('{"itemId":"d1"}')).toEqual([]);
    expect(parseReverted(JSON.stringify([note('d1', 1), { itemId: 'x' }, null, 'text']))).toEqual([note('d1', 1)]);
  });
});
