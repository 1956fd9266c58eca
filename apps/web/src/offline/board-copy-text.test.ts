import { BoardModel, createBoardContent } from '@kopa/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardCopyText } from './board-copy-text';

function board(layout: 'canvas' | 'wall', fill: (model: BoardModel) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createBoardContent({ layout, columns: layout === 'wall' ? ['Ideas', 'Questions'] : [] }));
  fill(new BoardModel(doc));
  return Y.encodeStateAsUpdate(doc);
}

describe('boardCopyText', () => {
  it('reads a canvas top to bottom, left to right: frame titles, notes, texts and shape labels', () => {
    const state = board('canvas', (model) => {
      model.add({ type: 'note', x: 400, y: 0, w: 200, h: 200, color: 'yellow', text: 'Second, on the right', column: null });
      model.add({ type: 'note', x: 0, y: 0, w: 200, h: 200, color: 'yellow', text: 'First, on the left', column: null });
      model.add({ type: 'text', x: 0, y: 600, w: 300, h: 60, color: 'black', text: 'Below them', size: 'm' });
      model.add({ type: 'shape', x: 0, y: 900, w: 100, h: 100, kind: 'rect', color: 'blue', filled: true, text: '' });
      model.add({ type: 'shape', x: 0, y: 1200, w: 100, h: 100, kind: 'ellipse', color: 'blue', filled: true, text: 'A circle' });
    });
    expect(boardCopyText(state)).toBe('First, on the left\n\nSecond, on the right\n\nBelow them\n\nA circle');
  });

  it('reads a wall column by column, each title before its notes', () => {
    const state = board('wall', (model) => {
      const [ideas, questions] = model.snapshot().columns;
      model.add({ type: 'note', x: 0, y: 0, w: 200, h: 200, color: 'yellow', text: 'Why is the sea cold?', column: questions!.id });
      model.add({ type: 'note', x: 0, y: 0, w: 200, h: 200, color: 'yellow', text: 'Visit the lighthouse', column: ideas!.id });
    });
    expect(boardCopyText(state)).toBe('Ideas\n\nVisit the lighthouse\n\nQuestions\n\nWhy is the sea cold?');
  });

  it('leaves out a wall’s columns without notes', () => {
    const state = board('wall', (model) => {
      const [, questions] = model.snapshot().columns;
      model.add({ type: 'note', x: 0, y: 0, w: 200, h: 200, color: 'yellow', text: 'Why is the sea cold?', column: questions!.id });
    });
    expect(boardCopyText(state)).toBe('Questions\n\nWhy is the sea cold?');
  });

  it('is empty for a board without words', () => {
    expect(boardCopyText(board('canvas', () => {}))).toBe('');
  });
});
