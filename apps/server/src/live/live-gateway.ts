import {
  liveCommandSchemas,
  liveRoom,
  userRoom,
  type Ack,
  type LiveCommand,
  type LiveParsed,
  type LiveResult,
} from '@kopa/protocol';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { KopaIo, KopaSocket } from '../control/control-types.js';
import { partnershipRoom } from '../control/control-types.js';
import type { Logger } from '../logger.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import { LiveCommandError } from './live-command-error.js';
import type { LiveChatRepository } from './live-chat-repository.js';
import type { LivePollRepository } from './live-poll-repository.js';
import type { LiveRepository } from './live-repository.js';
import { announcementOf, type LiveSessions } from './live-sessions.js';
import { liveStateFor, type LivePresence } from './live-state.js';
import { superviseSession, type LiveSupervisionDeps } from './live-supervision.js';
import { writeLiveSummary, type LiveSummaryDeps } from './live-summary.js';

export interface LiveGatewayDeps {
  sessions: LiveSessions;
  live: LiveRepository;
  polls: LivePollRepository;
  chat: LiveChatRepository;
  spaces: SpaceRepository;
  summary: LiveSummaryDeps;
  supervision: LiveSupervisionDeps;
  logger: Logger;
  /** Commands one person may send per second, on average over 10 s (a class clicking fast stays well below). */
  commandsPerSecond?: number;
}

const CHAT_HISTORY = 100;
type RoomSocket = Awaited<ReturnType<KopaIo['fetchSockets']>>[number];
/** Changes within this long go out together (a class voting at once). */
const PUBLISH_COALESCE_MS = 25;

/**
 * Live sessions over Socket.IO: every command is checked against its schema, limited
 * per person, run by LiveSessions and acknowledged; then everyone in the session gets
 * the new state (each as they may see it). Chat messages travel as their own events.
 */
export class LiveGateway {
  private readonly limiter: RateLimiterMemory;
  private readonly publishing = new Map<string, Promise<void>>();

  constructor(
    private readonly io: KopaIo,
    private readonly deps: LiveGatewayDeps,
  ) {
    this.limiter = new RateLimiterMemory({ points: (deps.commandsPerSecond ?? 5) * 10, duration: 10 });
  }

  attach(socket: KopaSocket): void {
    const userId = socket.data.auth.user.id;
    const { sessions } = this.deps;

    this.command(socket, 'live:start', async (payload) => {
      const { session, started } = sessions.start(userId, payload);
      if (started) await this.announce(session.id);
      else await this.publish(session.id);
      return { sessionId: session.id };
    });

    this.command(socket, 'live:join', async (payload) => {
      const context = sessions.join(userId, payload);
      socket.data.live[context.session.id] ??= null;
      await socket.join(liveRoom(context.session.id));
      await this.publish(context.session.id);
      const snapshot = await this.snapshot(context.session.id);
      return { state: liveStateFor(snapshot, userId), chat: this.deps.chat.chat(context.session.id, CHAT_HISTORY) };
    });

    this.command(socket, 'live:leave', async ({ sessionId }) => {
      sessions.context(userId, sessionId);
      await this.leave(socket, sessionId);
      return {};
    });

    this.command(socket, 'live:open', async (payload) => {
      const { sessionId } = payload;
      const itemId = sessions.opened(userId, payload);
      if (!(sessionId in socket.data.live)) throw new LiveCommandError('conflict', 'Join the session first.');
      socket.data.live[sessionId] = itemId;
      await this.publish(sessionId);
      return {};
    });

    this.state(socket, 'live:cohost', (payload) => sessions.cohost(userId, payload));
    this.command(socket, 'live:lock', async (payload) => {
      const result = sessions.lock(userId, payload);
      await this.publish(payload.sessionId);
      return result;
    });
    this.state(socket, 'live:unlock', (payload) => sessions.unlock(userId, payload));
    this.state(socket, 'live:spotlight', (payload) => sessions.spotlight(userId, payload));
    this.state(socket, 'live:release', (payload) => sessions.release(userId, payload));
    this.state(socket, 'live:hand', (payload) => sessions.hand(userId, payload));
    this.state(socket, 'live:lower-hands', (payload) => sessions.lowerHands(userId, payload));
    this.state(socket, 'live:timer', (payload) => sessions.timer(userId, payload));
    this.command(socket, 'live:poll-create', async (payload) => {
      const result = sessions.createPoll(userId, payload);
      await this.publish(payload.sessionId);
      return result;
    });
    this.state(socket, 'live:poll-vote', (payload) => sessions.vote(userId, payload));
    this.state(socket, 'live:poll-close', (payload) => sessions.closePoll(userId, payload));
    this.state(socket, 'live:poll-reveal', (payload) => sessions.revealPoll(userId, payload));
    this.state(socket, 'live:mute', (payload) => sessions.mute(userId, payload));
    this.state(socket, 'live:chat-settings', (payload) => sessions.chatSettings(userId, payload));

    this.command(socket, 'live:chat-send', ({ sessionId, ...message }) => {
      const { message: sent, added } = sessions.sendMessage(userId, { sessionId, ...message });
      if (added) this.io.to(liveRoom(sessionId)).emit('live:chat', { sessionId, message: sent });
      return { message: sent };
    });

    this.command(socket, 'live:chat-delete', ({ sessionId, messageId }) => {
      if (sessions.deleteMessage(userId, { sessionId, messageId })) this.io.to(liveRoom(sessionId)).emit('live:chat-deleted', { sessionId, messageId });
      return {};
    });

    this.command(socket, 'live:overview', async ({ sessionId }) => {
      const { session, space } = sessions.authorize(userId, 'live:overview', sessionId);
      return { items: await superviseSession(this.deps.supervision, session, space, await this.presence(sessionId)) };
    });

    this.command(socket, 'live:revert', async (payload) => {
      const result = await sessions.revert(userId, payload);
      if (result.removed > 0 || result.restored > 0) {
        const item = this.deps.spaces.findItem(payload.itemId);
        this.io.to(userRoom(payload.userId)).emit('live:reverted', {
          sessionId: payload.sessionId,
          itemId: payload.itemId,
          itemTitle: item?.title ?? '',
          byName: socket.data.auth.user.displayName,
        });
      }
      return result;
    });

    this.command(socket, 'live:end', async ({ sessionId, language, timeZone }) => {
      const { session, space } = sessions.authorize(userId, 'live:end', sessionId);
      // Those still here stayed until the end.
      const presentAtEnd = new Set((await this.presence(sessionId)).keys());
      const { summaryItemId, versionedItems } = await writeLiveSummary(this.deps.summary, session, userId, { language, timeZone, presentAtEnd });
      sessions.finish(userId, session, summaryItemId, { summaryItemId, versionedItems });
      const ended = { sessionId, spaceId: space.id, summaryItemId };
      this.io.to(liveRoom(sessionId)).to(partnershipRoom(session.partnershipId)).emit('live:ended', ended);
      for (const member of await this.io.in(liveRoom(sessionId)).fetchSockets()) delete member.data.live[sessionId];
      this.io.in(liveRoom(sessionId)).socketsLeave(liveRoom(sessionId));
      return { summaryItemId };
    });

    socket.on('disconnecting', () => {
      const joined = Object.keys(socket.data.live);
      socket.once('disconnect', () => {
        for (const sessionId of joined) {
          sessions.left(userId, sessionId);
          void this.publish(sessionId);
        }
      });
    });
  }

  /** Rights changed in a partnership: sockets leave the sessions they may no longer see. */
  async recheck(socket: KopaSocket, partnershipId: string): Promise<void> {
    const userId = socket.data.auth.user.id;
    for (const sessionId of Object.keys(socket.data.live)) {
      const session = this.deps.live.find(sessionId);
      if (session?.partnershipId !== partnershipId) continue;
      try {
        this.deps.sessions.context(userId, sessionId);
      } catch {
        await this.leave(socket, sessionId);
      }
    }
  }

  /**
   * Sends every present participant the session's state, each as they may see it. Changes
   * that come together (a class voting at once) share one sending: a burst of 30 votes in a
   * room of 30 is 30 messages, not 900. The promise settles once it has gone out.
   */
  publish(sessionId: string): Promise<void> {
    let pending = this.publishing.get(sessionId);
    if (!pending) {
      pending = new Promise<void>((resolve) => setTimeout(resolve, PUBLISH_COALESCE_MS))
        .then(async () => {
          this.publishing.delete(sessionId);
          const sockets = await this.io.in(liveRoom(sessionId)).fetchSockets();
          if (sockets.length === 0) return;
          const snapshot = await this.snapshot(sessionId, sockets);
          for (const socket of sockets) socket.emit('live:state', liveStateFor(snapshot, socket.data.auth.user.id));
        })
        .catch((error: unknown) => this.deps.logger.warn({ err: error, sessionId }, 'live state update failed'));
      this.publishing.set(sessionId, pending);
    }
    return pending;
  }

  private async leave(socket: KopaSocket, sessionId: string): Promise<void> {
    if (!(sessionId in socket.data.live)) return;
    delete socket.data.live[sessionId];
    await socket.leave(liveRoom(sessionId));
    this.deps.sessions.left(socket.data.auth.user.id, sessionId);
    await this.publish(sessionId);
  }

  /** Tells everyone who may read the session's space that it started (the banner offers to join). */
  private async announce(sessionId: string): Promise<void> {
    const session = this.deps.live.find(sessionId);
    const space = session ? this.deps.spaces.findSpace(session.spaceId) : null;
    if (!session || !space) return;
    const announcement = announcementOf(session, space.title);
    for (const socket of await this.io.in(partnershipRoom(session.partnershipId)).fetchSockets()) {
      if (this.deps.sessions.mayJoin(socket.data.auth.user.id, space)) socket.emit('live:announce', announcement);
    }
  }

  /** What liveStateFor needs; `sockets` when the caller has just fetched the room's. */
  private async snapshot(sessionId: string, sockets?: readonly RoomSocket[]) {
    const session = this.deps.live.find(sessionId);
    if (!session) throw new LiveCommandError('not_found', 'This live session is not running.');
    return {
      session,
      spaceName: this.deps.spaces.findSpace(session.spaceId)?.title ?? '',
      participants: this.deps.live.participants(sessionId),
      locks: this.deps.live.locks(sessionId),
      polls: this.deps.polls.polls(sessionId),
      presence: await this.presence(sessionId, sockets),
    };
  }

  private async presence(sessionId: string, sockets?: readonly RoomSocket[]): Promise<LivePresence> {
    const presence = new Map<string, { itemId: string | null; itemTitle: string | null }>();
    for (const socket of sockets ?? (await this.io.in(liveRoom(sessionId)).fetchSockets())) {
      const userId = socket.data.auth.user.id;
      // Someone with two tabs is where either tab is; an open item wins over none.
      const itemId = socket.data.live[sessionId] ?? presence.get(userId)?.itemId ?? null;
      const item = itemId ? this.deps.spaces.findItem(itemId) : null;
      presence.set(userId, { itemId, itemTitle: item && !item.deleted ? item.title : null });
    }
    return presence;
  }

  /** A command whose only answer is the new state. */
  private state<C extends LiveCommand>(socket: KopaSocket, command: C, run: (payload: LiveParsed<C>) => void): void {
    this.command(socket, command, async (payload) => {
      run(payload);
      await this.publish((payload as { sessionId: string }).sessionId);
      return {} as LiveResult<C>;
    });
  }

  private command<C extends LiveCommand>(socket: KopaSocket, command: C, run: (payload: LiveParsed<C>) => LiveResult<C> | Promise<LiveResult<C>>): void {
    const userId = socket.data.auth.user.id;
    const listener = async (payload: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const reply = ack as Ack<LiveResult<C>>;
      try {
        await this.limiter.consume(userId).catch(() => {
          throw new LiveCommandError('rate_limited', 'Slow down a little, then try again.');
        });
        const parsed = liveCommandSchemas[command].safeParse(payload);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const field = issue?.path.join('.');
          return reply({ ok: false, error: field ? `${field}: ${issue?.message}` : (issue?.message ?? 'Invalid request'), code: 'invalid_request' });
        }
        const result = await run(parsed.data as LiveParsed<C>);
        reply({ ok: true, ...result });
      } catch (error) {
        if (error instanceof LiveCommandError) return reply({ ok: false, error: error.message, code: error.code });
        this.deps.logger.error({ err: error, command }, 'live command failed');
        reply({ ok: false, error: 'Something went wrong on the server.', code: 'internal' });
      }
    };
    (socket as unknown as { on(event: string, listener: (payload: unknown, ack: unknown) => void): void }).on(command, (payload, ack) => void listener(payload, ack));
  }
}
