import { useCallback, useEffect, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { announceOnBoard, readBoardPeer, type BoardAwarenessState, type BoardPeer } from './board-peer';

export type { BoardPeer } from './board-peer';

/**
 * The others on the board (their name, colour, pointer and view, from Yjs
 * awareness; the server writes in the name and colour) and a way to share ours.
 * Everyone who opens the board, canvas or wall, is announced at once. Sharing is throttled to one awareness
 * update per animation frame: a moving pointer fires far more often than that.
 */
export function useBoardAwareness(provider: WebsocketProvider | null): {
  peers: BoardPeer[];
  publish(state: BoardAwarenessState): void;
} {
  const [peers, setPeers] = useState<BoardPeer[]>([]);
  const pending = useRef<BoardAwarenessState | null>(null);
  const frame = useRef<number | null>(null);

  useEffect(() => {
    if (!provider) return;
    const awareness = provider.awareness;
    const onChange = () => {
      const others: BoardPeer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const peer = readBoardPeer(clientId, state);
        if (peer) others.push(peer);
      });
      setPeers(others);
    };
    onChange();
    awareness.on('change', onChange);
    // Present on the board from the start (the canvas adds its pointer and view as they change).
    announceOnBoard(awareness);
    return () => {
      awareness.off('change', onChange);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
      pending.current = null;
    };
  }, [provider]);

  const publish = useCallback(
    (state: BoardAwarenessState) => {
      if (!provider) return;
      pending.current = state;
      if (frame.current !== null) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = null;
        const next = pending.current;
        pending.current = null;
        if (next) provider.awareness.setLocalStateField('board', next);
      });
    },
    [provider],
  );

  return { peers, publish };
}
