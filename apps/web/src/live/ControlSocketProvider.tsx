import type { ClientToServerEvents, ServerToClientEvents } from '@kopa/protocol';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import { useSession } from '../session/use-session';

export type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ControlSocketContext = createContext<ControlSocket | null>(null);

/**
 * One Socket.IO connection per signed-in session: the classroom's live control
 * plane (presence now; locks, timers and polls later). Same origin, same cookie.
 */
export function ControlSocketProvider({ children }: { children: ReactNode }) {
  const { refresh } = useSession();
  // Made once per provider; App gives the provider a key per user, so a new user gets a new socket.
  const [socket] = useState<ControlSocket>(() => io({ withCredentials: true, autoConnect: false }));

  useEffect(() => {
    // The server ended this session (logout in another tab, account switched off).
    const onConnectError = (error: Error) => {
      if (error.message === 'unauthenticated') refresh();
    };
    socket.on('session:ended', refresh);
    socket.on('connect_error', onConnectError);
    socket.connect();
    return () => {
      socket.off('session:ended', refresh);
      socket.off('connect_error', onConnectError);
      socket.disconnect();
    };
  }, [socket, refresh]);

  return <ControlSocketContext.Provider value={socket}>{children}</ControlSocketContext.Provider>;
}

export function useControlSocket(): ControlSocket | null {
  return useContext(ControlSocketContext);
}
