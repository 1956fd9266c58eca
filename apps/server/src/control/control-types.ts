import type { ClientToServerEvents, Role, ServerToClientEvents } from '@kopa/protocol';
import type { Server, Socket } from 'socket.io';
import type { Authenticated } from '../auth/authenticator.js';

export interface SocketData {
  auth: Authenticated;
  /** The user's role in each space joined (plain data: adapters copy it between processes). */
  roles: Record<string, Role>;
}

export type KopaIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type KopaSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
