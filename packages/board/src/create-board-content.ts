import * as Y from 'yjs';
import { BoardModel } from './board-model.js';
import type { BoardLayout } from './board-types.js';

export interface BoardContentInit {
  layout: BoardLayout;
  /** Wall columns to start with, by title. */
  columns?: string[];
}

/** The first Yjs update of a new board, written by the server when it creates the board. */
export function createBoardContent(init: BoardContentInit): Uint8Array {
  const doc = new Y.Doc();
  const model = new BoardModel(doc);
  model.transact(() => {
    model.setLayout(init.layout);
    for (const title of init.columns ?? []) model.addColumn(title);
  });
  model.destroy();
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
