import { useEffect, useRef } from 'react';
import { useControlSocket } from '../live/ControlSocketProvider';

/**
 * Runs `onChange` when someone renames an item or gives it another language, for pages in its
 * space (item pages and the space page are in the space's room: useSpacePresence).
 * `which` picks the changes this page shows: one item's, or a whole space's.
 */
export function useItemChanged(which: { itemId: string } | { spaceId: string }, onChange: () => void): void {
  const socket = useControlSocket();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  const itemId = 'itemId' in which ? which.itemId : null;
  const spaceId = 'spaceId' in which ? which.spaceId : null;
  useEffect(() => {
    if (!socket) return;
    const handler = (event: { spaceId: string; itemId: string }) => {
      if (event.itemId === itemId || event.spaceId === spaceId) latest.current();
    };
    socket.on('item:changed', handler);
    return () => {
      socket.off('item:changed', handler);
    };
  }, [socket, itemId, spaceId]);
}
