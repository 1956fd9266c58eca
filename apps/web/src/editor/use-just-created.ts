import { useEffect, useState } from 'react';

/** The item a page was opened for right after creating it (NewDocumentForm passes it in the history entry). */
function createdItemInHistory(): string | null {
  const state: unknown = window.history.state;
  return state && typeof state === 'object' && 'createdItem' in state && typeof state.createdItem === 'string' ? state.createdItem : null;
}

/**
 * Whether this page was opened for `itemId` just after creating it: the writer types at once,
 * so the editor takes the focus. Only for this open: going back to it later, or reloading, is
 * an ordinary open and keeps the focus where it is.
 */
export function useJustCreated(itemId: string): boolean {
  const [createdItem] = useState(createdItemInHistory);
  useEffect(() => {
    if (createdItem) window.history.replaceState(null, '');
  }, [createdItem]);
  return createdItem === itemId;
}
