import {
  spaceRefSchema,
  spaceRoom,
  type ClientToServerEvents,
  type PresenceMember,
  type Role,
  type ServerToClientEvents,
  type SpacePresence,
} from '@kopa/protocol';
import type { Server, Socket } from 'socket.io';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticated, Authenticator } from '../auth/authenticator.js';
import type { Logger } from '../logger.js';
import type { SpaceRepository } from '../spaces/space-repository.js';

export interface SocketData {
  auth: Authenticated;
  /** The user's role in each space joined (plain data: adapters copy it between processes). */
  roles: Record<string, Role>;
}

export type KopaIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type KopaSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface PresenceDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  logger: Logger;
}

const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * The Socket.IO control plane, starting with presence: who is in a space right
 * now, from which school and country. Live sessions grow on the same rooms.
 */
export function attachPresence(io: KopaIo, deps: PresenceDeps): { closeSession(sessionId: string): void } {
  io.use((socket, next) => {
    const auth = deps.authenticator.authenticate(socket.request);
    if (!auth) return next(new Error('unauthenticated'));
    socket.data.auth = auth;
    socket.data.roles = {};
    void socket.join(sessionRoom(auth.session.id));
    next();
  });

  io.on('connection', (socket) => {
    const { user } = socket.data.auth;

    socket.on('presence:join', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = spaceRefSchema.safeParse(payload);
      if (!parsed.success) return ack({ ok: false, error: 'spaceId is required', code: 'invalid_request' });
      const space = deps.spaces.findSpace(parsed.data.spaceId);
      const member = space ? deps.access.memberIn(user.id, space.partnershipId) : null;
      if (!space || !member || !deps.access.canOnSpace(user.id, 'read', space)) {
        return ack({ ok: false, error: 'Space not found', code: 'not_found' });
      }
      socket.data.roles[space.id] = member.role;
      await socket.join(spaceRoom(space.id));
      const presence = await presenceOf(io, space.id);
      ack({ ok: true, ...presence });
      socket.to(spaceRoom(space.id)).emit('presence:update', presence);
    });

    socket.on('presence:leave', async (payload) => {
      const parsed = spaceRefSchema.safeParse(payload);
      if (!parsed.success || !socket.rooms.has(spaceRoom(parsed.data.spaceId))) return;
      await socket.leave(spaceRoom(parsed.data.spaceId));
      await announce(io, parsed.data.spaceId);
    });

    socket.on('disconnecting', () => {
      const spaceIds = spacesOf(socket);
      // The socket is still in its rooms now; announce once it has left them.
      socket.once('disconnect', () => {
        for (const spaceId of spaceIds) {
          announce(io, spaceId).catch((error: unknown) => deps.logger.warn({ err: error }, 'presence update failed'));
        }
      });
    });
  });

  return {
    closeSession(sessionId) {
      io.in(sessionRoom(sessionId)).emit('session:ended');
      io.in(sessionRoom(sessionId)).disconnectSockets(true);
    },
  };
}

async function announce(io: KopaIo, spaceId: string): Promise<void> {
  io.to(spaceRoom(spaceId)).emit('presence:update', await presenceOf(io, spaceId));
}

/** Everyone in the space, once each however many tabs they have open. */
async function presenceOf(io: KopaIo, spaceId: string): Promise<SpacePresence> {
  const sockets = await io.in(spaceRoom(spaceId)).fetchSockets();
  const members = new Map<string, PresenceMember>();
  for (const socket of sockets) {
    const { user } = socket.data.auth;
    members.set(user.id, {
      userId: user.id,
      displayName: user.displayName,
      country: user.country,
      schoolName: user.schoolName,
      role: socket.data.roles[spaceId] ?? 'guest',
    });
  }
  return { spaceId, members: [...members.values()].sort((a, b) => a.displayName.localeCompare(b.displayName)) };
}

function spacesOf(socket: KopaSocket): string[] {
  return [...socket.rooms].filter((room) => room.startsWith('space:')).map((room) => room.slice('space:'.length));
}
