import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardModel } from '../src/board-model.js';
import { BOARD_LIMITS, type NoteObject } from '../src/board-types.js';

function setup() {
  const doc = new Y.Doc();
  const model = new BoardModel(doc);
  const addNote = (column: string | null, text: string) =>
    model.add({ type: 'note', x: 0, y: 0, w: 200, h: 120, color: 'yellow', text, column });
  /** Texts per column, in wall order; '' holds notes without a column. */
  const wall = () => {
    const snapshot = model.snapshot();
    const result: Record<string, string[]> = {};
    const notes = snapshot.objects
      .filter((o): o is NoteObject => o.type === 'note')
      .sort((a, b) => (a.columnOrder < b.columnOrder ? -1 : a.columnOrder > b.columnOrder ? 1 : a.id < b.id ? -1 : 1));
    for (const note of notes) (result[note.column ?? ''] ??= []).push(note.text);
    return result;
  };
  return { doc, model, addNote, wall };
}

describe('BoardModel: wall layout', () => {
  it('sets the layout and keeps columns in order', () => {
    const { model } = setup();
    expect(model.snapshot().layout).toBe('canvas');
    model.setLayout('wall');
    const todo = model.addColumn('To do');
    const doing = model.addColumn('Doing');
    const done = model.addColumn('Done');
    expect(model.snapshot()).toMatchObject({ layout: 'wall' });
    expect(model.snapshot().columns.map((c) => c.title)).toEqual(['To do', 'Doing', 'Done']);
    model.moveColumn(done, todo);
    expect(model.snapshot().columns.map((c) => c.id)).toEqual([done, todo, doing]);
    model.moveColumn(done, null);
    expect(model.snapshot().columns.map((c) => c.id)).toEqual([todo, doing, done]);
    model.renameColumn(doing, 'x'.repeat(500));
    expect(model.snapshot().columns[1]!.title).toHaveLength(BOARD_LIMITS.maxTitleLength);
  });

  it('refuses more than maxColumns columns', () => {
    const { model } = setup();
    for (let i = 0; i < BOARD_LIMITS.maxColumns; i += 1) model.addColumn(`c${i}`);
    expect(() => model.addColumn('one too many')).toThrow(RangeError);
  });

  it('appends notes to their column and places them before others', () => {
    const { model, addNote, wall } = setup();
    const a = model.addColumn('A');
    const b = model.addColumn('B');
    const n1 = addNote(a, 'one');
    addNote(a, 'two');
    const n3 = addNote(b, 'three');
    expect(wall()).toEqual({ [a]: ['one', 'two'], [b]: ['three'] });
    model.placeNote(n3, a, n1);
    expect(wall()).toEqual({ [a]: ['three', 'one', 'two'] });
    model.placeNote(n1, b, null);
    expect(wall()).toEqual({ [a]: ['three', 'two'], [b]: ['one'] });
    model.placeNote(n1, a, null);
    expect(wall()).toEqual({ [a]: ['three', 'two', 'one'] });
  });

  it('removing a column moves its notes to the end of the first remaining column', () => {
    const { model, addNote, wall } = setup();
    const a = model.addColumn('A');
    const b = model.addColumn('B');
    addNote(a, 'a1');
    addNote(null, 'loose');
    addNote(b, 'b1');
    addNote(b, 'b2');
    model.removeColumn(b);
    // 'loose' has no column, so it shows in the first one (A), between a1 and b1.
    expect(wall()).toEqual({ [a]: ['a1', 'b1', 'b2'], '': ['loose'] });
    const first = model.snapshot().objects.filter((o) => o.type === 'note').map((o) => o as NoteObject);
    const keyOf = (text: string) => first.find((n) => n.text === text)!.columnOrder;
    expect(keyOf('a1') < keyOf('loose') && keyOf('loose') < keyOf('b1') && keyOf('b1') < keyOf('b2')).toBe(true);
    // Removing the first column: its notes (and those without one) go to the next one.
    const c = model.addColumn('C');
    addNote(c, 'c1');
    model.removeColumn(a);
    expect(wall()).toEqual({ [c]: ['c1', 'a1', 'loose', 'b1', 'b2'] });
    model.removeColumn(c);
    expect(wall()).toEqual({ '': ['c1', 'a1', 'loose', 'b1', 'b2'] });
  });

  it('shows a note whose column was removed concurrently in the first column', () => {
    const one = setup();
    const two = setup();
    const a = one.model.addColumn('A');
    const b = one.model.addColumn('B');
    Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(one.doc));
    one.model.removeColumn(b);
    two.addNote(b, 'late');
    Y.applyUpdate(one.doc, Y.encodeStateAsUpdate(two.doc));
    Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(one.doc));
    expect(one.wall()).toEqual({ '': ['late'] });
    expect(two.model.snapshot()).toEqual(one.model.snapshot());
    expect(one.model.snapshot().columns.map((c) => c.id)).toEqual([a]);
  });
});
