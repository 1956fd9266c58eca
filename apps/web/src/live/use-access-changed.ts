import { useEffect, useRef } from 'react';
import { useControlSocket } from './ControlSocketProvider';

/**
 * Runs `onChange` when the server says this user's rights changed somewhere
 * (an item archived or deleted, a team changed): the page fetches again and
 * shows what is true now, read-only where writing is no longer allowed.
 */
export function useAccessChanged(onChange: () => void): void {
  const socket = useControlSocket();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useEffect(() => {
    if (!socket) return;
    const handler = () => latest.current();
    socket.on('access:changed', handler);
    return () => {
      socket.off('access:changed', handler);
    };
  }, [socket]);
}
