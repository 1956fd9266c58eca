import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Viewport } from '../viewport';
import type { BoardPeer } from './board-peer';
import { followView } from './follow-view';

/**
 * While following someone, shows what they see (fitted to this screen) each
 * time their view changes, and stops when they leave the board.
 */
export function useFollow(
  peers: readonly BoardPeer[],
  following: number | null,
  mySize: { width: number; height: number },
  apply: (viewport: Viewport) => void,
  stop: () => void,
): void {
  // The latest callbacks, without re-running the effect for each new function.
  const callbacks = useRef({ apply, stop });
  useLayoutEffect(() => {
    callbacks.current = { apply, stop };
  });

  const view = following === null ? null : followView(peers, following, mySize);
  // The effect runs when what to do really changed, not for every new peers array.
  const key = view === null ? '' : view.kind === 'view' ? JSON.stringify(view.viewport) : view.kind;

  useEffect(() => {
    if (key === '' || key === 'wait') return;
    if (key === 'gone') callbacks.current.stop();
    else callbacks.current.apply(JSON.parse(key) as Viewport);
  }, [key]);
}
