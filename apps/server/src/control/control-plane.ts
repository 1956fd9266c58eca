import { userRoom } from '@kopa/protocol';
import type { AccessControl } from '../access/access-control.js';
import type { AccessListener } from '../access/access-changes.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { Logger } from '../logger.js';
import { handlePresence, joinedSpaces, leaveSpace } from '../presence/presence-gateway.js';
import type { PostRepository } from '../blog/post-repository.js';
import { handlePostWatch, recheckPostWatches } from './post-watch.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { LiveGateway } from '../live/live-gateway.js';
import { partnershipRoom, type KopaIo } from './control-types.js';

export interface ControlPlaneDeps {
  authenticator: Authenticator;
  access: AccessControl;
  spaces: SpaceRepository;
  /** Following a post live asks the same question as the blog's REST routes. */
  posts: PostRepository;
  live: LiveGateway;
  logger: Logger;
}

const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * The Socket.IO control plane: authenticates each connection by its session
 * cookie, puts it in rooms (its session, its user, its partnerships) and hands
 * it to the feature handlers (presence, following posts, live sessions).
 */
export function attachControlPlane(io: KopaIo, deps: ControlPlaneDeps): AccessListener & { closeSession(sessionId: string): void } {
  io.use((socket, next) => {
    const auth = deps.authenticator.authenticate(socket.request);
    if (!auth) return next(new Error('unauthenticated'));
    socket.data.auth = auth;
    socket.data.roles = {};
    socket.data.live = {};
    void socket.join([
      sessionRoom(auth.session.id),
      userRoom(auth.user.id),
      ...deps.access.membersOf(auth.user.id).map((member) => partnershipRoom(member.partnershipId)),
    ]);
    next();
  });

  io.on('connection', (socket) => {
    handlePresence(io, socket, deps);
    handlePostWatch(socket, deps);
    deps.live.attach(socket);
  });

  return {
    closeSession(sessionId) {
      io.in(sessionRoom(sessionId)).emit('session:ended');
      io.in(sessionRoom(sessionId)).disconnectSockets(true);
    },

    accessChanged(partnershipId) {
      const room = partnershipRoom(partnershipId);
      void (async () => {
        for (const socket of await io.in(room).fetchSockets()) {
          const local = io.sockets.sockets.get(socket.id);
          if (!local) continue;
          const { user } = local.data.auth;
          if (!deps.access.memberIn(user.id, partnershipId)?.active) {
            local.emit('access:changed', { partnershipId });
            local.disconnect(true);
            continue;
          }
          for (const spaceId of joinedSpaces(local)) {
            const space = deps.spaces.findSpace(spaceId);
            if (space?.partnershipId === partnershipId && !deps.access.canOnSpace(user.id, 'read', space)) {
              await leaveSpace(io, local, spaceId);
            }
          }
          await recheckPostWatches(local, partnershipId, deps);
          await deps.live.recheck(local, partnershipId);
        }
        io.to(room).emit('access:changed', { partnershipId });
      })().catch((error: unknown) => deps.logger.error({ err: error }, 'access re-check failed'));
    },
  };
}
