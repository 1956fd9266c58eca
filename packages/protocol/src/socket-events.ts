import type { Role } from './roles.js';
import type { SpaceRef } from './schemas.js';

/** Socket.IO control plane: event names and payloads, typed for both ends. */

export interface PresenceMember {
  userId: string;
  displayName: string;
  role: Role;
  country: string | null;
  schoolName: string | null;
}

export interface SpacePresence {
  spaceId: string;
  members: PresenceMember[];
}

export type Ack<T> = (response: ({ ok: true } & T) | { ok: false; error: string; code?: string }) => void;

export interface ClientToServerEvents {
  'presence:join': (payload: SpaceRef, ack: Ack<SpacePresence>) => void;
  'presence:leave': (payload: SpaceRef) => void;
}

export interface ServerToClientEvents {
  'presence:update': (presence: SpacePresence) => void;
  /** The session ended elsewhere (logout): the client should return to the login page. */
  'session:ended': () => void;
}

export const spaceRoom = (spaceId: string): string => `space:${spaceId}`;
