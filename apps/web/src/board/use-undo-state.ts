import type { BoardUndo } from '@kopa/board';
import { useEffect, useState } from 'react';

/** Whether undo and redo have anything to do, for the buttons. */
export function useUndoState(undo: BoardUndo | null): { canUndo: boolean; canRedo: boolean } {
  const [state, setState] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    if (!undo) return;
    const read = () => setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
    read();
    return undo.subscribe(read);
  }, [undo]);
  return state;
}
