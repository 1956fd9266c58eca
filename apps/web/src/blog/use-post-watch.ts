import { useEffect, useRef } from 'react';
import { useControlSocket } from '../live/ControlSocketProvider';

/**
 * Follows a post on the control socket ('post:watch') and runs `onChanged` when the
 * server says its status changed (submitted, reviewed, published…). Watches again
 * after a reconnect: the server forgets rooms with the old connection.
 */
export function usePostWatch(itemId: string, onChanged: () => void): void {
  const socket = useControlSocket();
  const latest = useRef(onChanged);
  useEffect(() => {
    latest.current = onChanged;
  }, [onChanged]);

  useEffect(() => {
    if (!socket) return;
    const watch = () => socket.emit('post:watch', { itemId }, () => {});
    const onPostChanged = (event: { itemId: string }) => {
      if (event.itemId === itemId) latest.current();
    };
    const onReconnect = () => {
      watch();
      // Whatever changed while the connection was down was not heard: look again.
      latest.current();
    };
    socket.on('post:changed', onPostChanged);
    if (socket.connected) watch();
    // Only reconnects call for a fresh look; the first connect just watches.
    let connectedBefore = socket.connected;
    const onConnect = () => {
      if (connectedBefore) onReconnect();
      else watch();
      connectedBefore = true;
    };
    socket.on('connect', onConnect);
    return () => {
      socket.emit('post:unwatch', { itemId });
      socket.off('post:changed', onPostChanged);
      socket.off('connect', onConnect);
    };
  }, [socket, itemId]);
}
