import type { ClientToServerEvents, Role, ServerToClientEvents } from '@kopa/protocol';
import type { Server, Socket } from 'socket.io';
import type { Authenticated } from '../auth/authenticator.js';

export interface SocketData {
  auth: Authenticated;
  /** The user's role in each space joined (plain data: adapters copy it between processes). */
  roles: Record<string, Role>;
  /** The live sessions joined, each with the item this socket has open in it (null: none). */
  live: Record<string, string | null>;
}

/** Every socket of a partnership's members: where changes of rights and new live sessions are told. */
export const partnershipRoom = (partnershipId: string): string => `partnership:${partnershipId}`;

export type KopaIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type KopaSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
