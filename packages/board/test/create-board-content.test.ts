import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardContent } from '../src/create-board-content.js';
import { readBoard } from '../src/board-snapshot.js';
import { checkBoardUpdate } from '../src/board-update-guard.js';

describe('createBoardContent', () => {
  it('writes the layout and the wall columns in order', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, createBoardContent({ layout: 'wall', columns: ['Ideas', 'Questions', 'Answers'] }));
    const snapshot = readBoard(doc);
    expect(snapshot.layout).toBe('wall');
    expect(snapshot.columns.map((c) => c.title)).toEqual(['Ideas', 'Questions', 'Answers']);
    expect(snapshot.objects).toEqual([]);
  });

  it('passes the server’s update guard', () => {
    expect(checkBoardUpdate(new Y.Doc(), createBoardContent({ layout: 'wall', columns: ['A', 'B'] }))).toBeNull();
    expect(checkBoardUpdate(new Y.Doc(), createBoardContent({ layout: 'canvas' }))).toBeNull();
  });

  it('makes a canvas board with no columns', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, createBoardContent({ layout: 'canvas' }));
    expect(readBoard(doc)).toMatchObject({ layout: 'canvas', columns: [], objects: [] });
    expect(doc.getMap('board').get('layout')).toBe('canvas');
  });
});
