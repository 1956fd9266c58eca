import { describe, expect, it } from 'vitest';
import { BoardModel } from '../src/board-model.js';
import { createBoardUndo } from '../src/board-undo.js';
import type { NewObject } from '../src/board-types.js';
import { syncedPair } from './board-peers.js';

const note = (x: number, text: string): NewObject => ({
  type: 'note', x, y: 0, w: 100, h: 100, color: 'yellow', text, column: null,
});

describe('createBoardUndo', () => {
  it('undoes and redoes only this person’s changes, with two people on the board', () => {
    const [docA, docB] = syncedPair();
    const ilze = new BoardModel(docA);
    const lucia = new BoardModel(docB);
    const undo = createBoardUndo(ilze);
    let notified = 0;
    undo.subscribe(() => (notified += 1));
    expect(undo.canUndo()).toBe(false);

    const mine = ilze.add(note(0, 'mine'));
    undo.stopCapturing();
    const theirs = lucia.add(note(200, 'theirs'));
    lucia.moveBy([mine], 0, 50);
    ilze.update(mine, { color: 'blue' });
    undo.stopCapturing();
    expect(undo.canUndo()).toBe(true);
    expect(notified).toBeGreaterThan(0);

    undo.undo(); // the recolour
    expect(lucia.snapshot().byId.get(mine)).toMatchObject({ color: 'yellow', y: 50 });
    undo.undo(); // the add
    expect(lucia.snapshot().byId.has(mine)).toBe(false);
    expect(lucia.snapshot().byId.get(theirs)).toMatchObject({ text: 'theirs' });
    expect(undo.canUndo()).toBe(false);

    undo.redo();
    expect(ilze.snapshot().byId.get(mine)).toMatchObject({ text: 'mine' });
    expect(undo.canRedo()).toBe(true);
    undo.destroy();
  });

  it('makes one step of a transaction, and of changes within the capture time', () => {
    const [docA] = syncedPair();
    const model = new BoardModel(docA);
    const undo = createBoardUndo(model);
    const id = model.add(note(0, 'a'));
    model.moveBy([id], 10, 0);
    model.moveBy([id], 10, 0);
    undo.undo();
    expect(model.snapshot().objects).toHaveLength(0);
    undo.stopCapturing();
    model.transact(() => {
      model.add(note(0, 'b'));
      model.add(note(10, 'c'));
    });
    undo.stopCapturing();
    undo.undo();
    expect(model.snapshot().objects).toHaveLength(0);
    undo.destroy();
  });

  it('never undoes a repair', () => {
    const [docA, docB] = syncedPair();
    const ilze = new BoardModel(docA);
    const lucia = new BoardModel(docB);
    const undo = createBoardUndo(ilze);
    const a = lucia.add(note(0, 'a'));
    const b = lucia.add(note(200, 'b'));
    // A connector arrives in a doc where its end has just been removed (by hand, not via the model).
    ilze.add({ type: 'connector', fromId: a, toId: b, color: 'black', arrow: true });
    undo.stopCapturing();
    docB.getMap('objects').delete(b);
    ilze.repair();
    expect(docA.getMap('objects').size).toBe(1);
    // The only step is the connector's add.
    undo.undo();
    expect(undo.canUndo()).toBe(false);
    expect(docA.getMap('objects').size).toBe(1);
    undo.destroy();
  });
});
