import type { ClientToServerEvents, ServerToClientEvents } from '@kopa/protocol';
import { io, type Socket } from 'socket.io-client';

export type ControlClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io-client on the control plane, sending the session cookie as a browser would. */
export function connectControlClient(
  baseUrl: string,
  headers: Record<string, string> = {},
  transports: ('websocket' | 'polling')[] = ['websocket'],
): ControlClient {
  return io(baseUrl, {
    transports,
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
}

export function connected(socket: ControlClient): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}
