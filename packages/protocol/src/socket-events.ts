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
  /** The session was ended elsewhere (logout, account switched off): return to the login page. */
  'session:ended': () => void;
  /** What this user may see or change in a partnership has changed: fetch spaces and items again. */
  'access:changed': (change: { partnershipId: string }) => void;
}

export const spaceRoom = (spaceId: string): string => `space:${spaceId}`;
export const userRoom = (userId: string): string => `user:${userId}`;
