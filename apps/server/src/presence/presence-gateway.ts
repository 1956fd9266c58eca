import {
  spaceRefSchema,
  spaceRoom,
  type PresenceMember,
  type SpacePresence,
} from '@kopa/protocol';
import type { AccessControl } from '../access/access-control.js';
import type { KopaIo, KopaSocket } from '../control/control-types.js';
import type { Logger } from '../logger.js';
import type { SpaceRepository } from '../spaces/space-repository.js';

export interface PresenceDeps {
  access: AccessControl;
  spaces: SpaceRepository;
  logger: Logger;
}

/** Presence: who is in a space right now, from which school and country. */
export function handlePresence(io: KopaIo, socket: KopaSocket, deps: PresenceDeps): void {
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
    await leaveSpace(io, socket, parsed.data.spaceId);
  });

  socket.on('disconnecting', () => {
    const spaceIds = joinedSpaces(socket);
    // The socket is still in its rooms now; announce once it has left them.
    socket.once('disconnect', () => {
      for (const spaceId of spaceIds) {
        announce(io, spaceId).catch((error: unknown) => deps.logger.warn({ err: error }, 'presence update failed'));
      }
    });
  });
}

export async function leaveSpace(io: KopaIo, socket: KopaSocket, spaceId: string): Promise<void> {
  await socket.leave(spaceRoom(spaceId));
  delete socket.data.roles[spaceId];
  await announce(io, spaceId);
}

export function joinedSpaces(socket: KopaSocket): string[] {
  return [...socket.rooms].filter((room) => room.startsWith('space:')).map((room) => room.slice('space:'.length));
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
