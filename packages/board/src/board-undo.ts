import * as Y from 'yjs';
import { boardRoots } from './board-doc.js';
import type { BoardModel } from './board-model.js';

export interface BoardUndo {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Ends the current undo step, so the next change starts a new one. */
  stopCapturing(): void;
  /** Called whenever what can be undone or redone changes. */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Undo for one person: only changes made through this model (its origin) are
 * tracked, never other people's or repairs. Changes within 500 ms merge into
 * one step.
 */
export function createBoardUndo(model: BoardModel): BoardUndo {
  const manager = new Y.UndoManager(boardRoots(model.doc), {
    trackedOrigins: new Set([model.origin]),
    captureTimeout: 500,
  });
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
  for (const event of events) manager.on(event, notify);
  return {
    undo: () => {
      manager.undo();
    },
    redo: () => {
      manager.redo();
    },
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    stopCapturing: () => manager.stopCapturing(),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    destroy() {
      for (const event of events) manager.off(event, notify);
      listeners.clear();
      manager.destroy();
    },
  };
}
