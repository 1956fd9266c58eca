import { LIVE_COMMANDS, type LiveCommand, type Me } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson } from '../support/api-client.js';
import { connectControlClient, connected, type ControlClient } from '../support/control-client.js';
import { buildTwoPartnerships, type MatrixWorld } from '../support/two-partnerships.js';

/**
 * Every live command × every actor, asked of the running server over Socket.IO. The
 * session runs on partnership A's team space "Welcome" (Jānis LV, Lucía ES); Carmen
 * (teacher, ES) started it and made Ilze (coordinator, LV) a co-host. The answers are
 * written out here from the rules, independently of canLive(): hosts steer;
 * each school's teacher moderates their own pupils, the coordinator everyone's; pupils
 * and teachers take part; guests only watch; other partnerships and strangers see nothing.
 */
type ActorName = keyof MatrixWorld['actors'];

interface Probe {
  name: string;
  command: LiveCommand;
  /** The payload for this run (fresh ids made in `prepare`, run as the host). */
  payload(context: ProbeContext): Promise<object> | object;
  /** Puts things back after an allowed run (a lock lifted, a mute undone). */
  undo?(context: ProbeContext, answer: unknown, socket: ControlClient): Promise<void>;
}

interface ProbeContext {
  sessionId: string;
  host: ControlClient;
  ids: { janis: string; lucia: string; ilze: string };
  world: MatrixWorld;
}

const ask = (socket: ControlClient, command: LiveCommand, payload: object) =>
  (socket.emitWithAck as (event: string, payload: unknown) => Promise<{ ok: boolean } & Record<string, unknown>>)(command, payload);

const hostAsks = async (context: ProbeContext, command: LiveCommand, payload: object) => {
  const answer = await ask(context.host, command, { sessionId: context.sessionId, ...payload });
  if (!answer.ok) throw new Error(`the host could not ${command}: ${JSON.stringify(answer)}`);
  return answer;
};

const session = (context: ProbeContext) => ({ sessionId: context.sessionId });

const PROBES: Probe[] = [
  { name: 'start a session on the team space', command: 'live:start', payload: (c) => ({ spaceId: c.world.spaces.aTeam.spaceId }) },
  { name: 'join', command: 'live:join', payload: session },
  { name: 'say which item is open', command: 'live:open', payload: (c) => ({ ...session(c), itemId: c.world.spaces.aTeam.itemId }) },
  { name: 'raise a hand', command: 'live:hand', payload: (c) => ({ ...session(c), raised: true }) },
  {
    name: 'vote in an open poll',
    command: 'live:poll-vote',
    payload: async (c) => {
      const poll = await hostAsks(c, 'live:poll-create', { question: 'Ready?', options: ['Yes', 'No'] });
      return { ...session(c), pollId: poll.pollId, optionIds: ['o1'] };
    },
  },
  { name: 'write in the chat', command: 'live:chat-send', payload: (c) => ({ ...session(c), body: 'Hello!' }) },
  { name: 'make a teacher a co-host', command: 'live:cohost', payload: (c) => ({ ...session(c), userId: c.ids.ilze }) },
  {
    name: 'lock everyone',
    command: 'live:lock',
    payload: (c) => ({ ...session(c), scope: 'everyone' }),
    undo: async (c, answer) => void (await hostAsks(c, 'live:unlock', { lockId: (answer as { lockId: string }).lockId })),
  },
  {
    name: 'lock the team',
    command: 'live:lock',
    payload: (c) => ({ ...session(c), scope: 'team', targetId: c.world.teams.welcome }),
    undo: async (c, answer) => void (await hostAsks(c, 'live:unlock', { lockId: (answer as { lockId: string }).lockId })),
  },
  {
    name: 'lock Lucía (ES)',
    command: 'live:lock',
    payload: (c) => ({ ...session(c), scope: 'pupil', targetId: c.ids.lucia }),
    undo: async (c, answer) => void (await hostAsks(c, 'live:unlock', { lockId: (answer as { lockId: string }).lockId })),
  },
  {
    name: 'lock Jānis (LV)',
    command: 'live:lock',
    payload: (c) => ({ ...session(c), scope: 'pupil', targetId: c.ids.janis }),
    undo: async (c, answer) => {
      // Only Ilze looks after Jānis among the hosts; she lifts it.
      const ilze = connectControlClient(c.world.server.url, { cookie: c.world.actors.ilze! });
      await connected(ilze);
      await ask(ilze, 'live:unlock', { ...session(c), lockId: (answer as { lockId: string }).lockId });
      ilze.disconnect();
    },
  },
  {
    name: 'unlock',
    command: 'live:unlock',
    payload: async (c) => ({ ...session(c), lockId: (await hostAsks(c, 'live:lock', { scope: 'everyone', itemId: c.world.spaces.aTeam.itemId })).lockId }),
    undo: async (c) => {
      const { state } = (await hostAsks(c, 'live:join', {})) as unknown as { state: { locks: { id: string }[] } };
      for (const lock of state.locks) await hostAsks(c, 'live:unlock', { lockId: lock.id });
    },
  },
  { name: 'bring everyone to an item', command: 'live:spotlight', payload: (c) => ({ ...session(c), itemId: c.world.spaces.aTeam.itemId, follow: true }) },
  { name: 'release everyone', command: 'live:release', payload: session },
  { name: 'lower all hands', command: 'live:lower-hands', payload: (c) => ({ ...session(c), userId: null }) },
  { name: 'start the timer', command: 'live:timer', payload: (c) => ({ ...session(c), action: 'start', seconds: 60 }) },
  { name: 'create a poll', command: 'live:poll-create', payload: (c) => ({ ...session(c), question: 'Which town?', options: ['Gijón', 'Salerno'] }) },
  {
    name: 'close a poll',
    command: 'live:poll-close',
    payload: async (c) => ({ ...session(c), pollId: (await hostAsks(c, 'live:poll-create', { question: 'Close me', options: ['a', 'b'] })).pollId }),
  },
  {
    name: 'reveal a poll',
    command: 'live:poll-reveal',
    payload: async (c) => ({ ...session(c), pollId: (await hostAsks(c, 'live:poll-create', { question: 'Reveal me', options: ['a', 'b'] })).pollId }),
  },
  {
    name: 'delete a chat message',
    command: 'live:chat-delete',
    payload: async (c) => ({ ...session(c), messageId: ((await hostAsks(c, 'live:chat-send', { body: 'Delete me' })).message as { id: string }).id }),
  },
  {
    name: 'mute Lucía (ES)',
    command: 'live:mute',
    payload: (c) => ({ ...session(c), userId: c.ids.lucia, muted: true }),
    undo: async (c) => void (await hostAsks(c, 'live:mute', { userId: c.ids.lucia, muted: false })),
  },
  {
    name: 'mute Jānis (LV)',
    command: 'live:mute',
    payload: (c) => ({ ...session(c), userId: c.ids.janis, muted: true }),
    undo: async (c) => {
      const ilze = connectControlClient(c.world.server.url, { cookie: c.world.actors.ilze! });
      await connected(ilze);
      await ask(ilze, 'live:mute', { ...session(c), userId: c.ids.janis, muted: false });
      ilze.disconnect();
    },
  },
  { name: 'switch on slow mode', command: 'live:chat-settings', payload: (c) => ({ ...session(c), slowModeSeconds: 0 }) },
  { name: 'see the overview of every team’s items', command: 'live:overview', payload: session },
  { name: 'take back Lucía’s (ES) changes', command: 'live:revert', payload: (c) => ({ ...session(c), userId: c.ids.lucia, itemId: c.world.spaces.aTeam.itemId, since: 0 }) },
  {
    name: 'leave and come back',
    command: 'live:leave',
    payload: session,
    undo: async (c, _answer, socket) => void (await ask(socket, 'live:join', session(c))),
  },
  { name: 'take back Jānis’s (LV) changes', command: 'live:revert', payload: (c) => ({ ...session(c), userId: c.ids.janis, itemId: c.world.spaces.aTeam.itemId, since: 0 }) },
];

const EVERYONE_IN_A: ActorName[] = ['ilze', 'carmen', 'janis', 'lucia', 'guest'];
const TAKING_PART: ActorName[] = ['ilze', 'carmen', 'janis', 'lucia'];
const HOSTS: ActorName[] = ['ilze', 'carmen'];

/** Who may, per probe. */
const ALLOWED: Record<string, ActorName[]> = {
  'start a session on the team space': ['ilze', 'carmen'],
  join: EVERYONE_IN_A,
  'say which item is open': EVERYONE_IN_A,
  'raise a hand': TAKING_PART,
  'vote in an open poll': TAKING_PART,
  'write in the chat': TAKING_PART,
  'make a teacher a co-host': HOSTS,
  'lock everyone': HOSTS,
  'lock the team': HOSTS,
  // Carmen teaches in Gijón: Lucía is hers, Jānis is not. Ilze coordinates: everyone's.
  'lock Lucía (ES)': HOSTS,
  'lock Jānis (LV)': ['ilze'],
  unlock: HOSTS,
  'bring everyone to an item': HOSTS,
  'release everyone': HOSTS,
  'lower all hands': HOSTS,
  'start the timer': HOSTS,
  'create a poll': HOSTS,
  'close a poll': HOSTS,
  'reveal a poll': HOSTS,
  'delete a chat message': HOSTS,
  'mute Lucía (ES)': HOSTS,
  'mute Jānis (LV)': ['ilze'],
  'switch on slow mode': HOSTS,
  'see the overview of every team’s items': HOSTS,
  'take back Lucía’s (ES) changes': HOSTS,
  'take back Jānis’s (LV) changes': ['ilze'],
  'leave and come back': EVERYONE_IN_A,
};

const ACTORS: ActorName[] = ['nobody', 'ilze', 'carmen', 'janis', 'lucia', 'guest', 'bea', 'ola'];
const CELLS = ACTORS.flatMap((actor) => PROBES.map((probe) => ({ actor, probe, allowed: ALLOWED[probe.name]!.includes(actor) })));

describe('live sessions: authorization matrix (every command × every actor, over Socket.IO)', () => {
  let world: MatrixWorld;
  let context: ProbeContext;
  const sockets = new Map<ActorName, ControlClient | null>();

  beforeAll(async () => {
    // The host scripts a whole lesson's worth of commands in seconds: above what one person may send.
    world = await buildTwoPartnerships({ liveCommandsPerSecond: 1000 });
    const idOf = async (actor: ActorName) => (await getJson<Me>(world.server.url, '/api/me', world.actors[actor])).body.id;
    for (const actor of ACTORS) {
      const cookie = world.actors[actor];
      if (!cookie) {
        sockets.set(actor, null);
        continue;
      }
      const socket = connectControlClient(world.server.url, { cookie });
      await connected(socket);
      sockets.set(actor, socket);
    }
    const host = sockets.get('carmen')!;
    const started = await ask(host, 'live:start', { spaceId: world.spaces.aTeam.spaceId, title: 'Matrix lesson' });
    context = { sessionId: started.sessionId as string, host, world, ids: { janis: await idOf('janis'), lucia: await idOf('lucia'), ilze: await idOf('ilze') } };
    await hostAsks(context, 'live:cohost', { userId: context.ids.ilze });
    for (const actor of EVERYONE_IN_A) await ask(sockets.get(actor)!, 'live:join', session(context));
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets.values()) socket?.disconnect();
    await world?.server.stop();
  });

  it('covers every live command, and a pupil can lock, mute, reveal or end nothing', () => {
    // Ending has its own cells below (each ends a session of its own).
    expect(new Set([...PROBES.map((probe) => probe.command), 'live:end'])).toEqual(new Set(LIVE_COMMANDS));
    expect(Object.keys(ALLOWED).sort()).toEqual(PROBES.map((probe) => probe.name).sort());
    for (const name of ['lock everyone', 'mute Lucía (ES)', 'reveal a poll', 'take back Lucía’s (ES) changes']) expect(ALLOWED[name]).not.toContain('janis');
  });

  it.each(CELLS.map((cell) => [cell.actor, cell.allowed ? 'may' : 'may not', cell.probe.name, cell] as const))('%s %s %s', async (actor, _may, _name, cell) => {
    const socket = sockets.get(actor);
    if (!socket) return expect(cell.allowed).toBe(false); // no session: the handshake is refused (space-presence tests)
    const answer = await ask(socket, cell.probe.command, await cell.probe.payload(context));
    expect(answer.ok, JSON.stringify(answer)).toBe(cell.allowed);
    if (!answer.ok) expect(['forbidden', 'not_found']).toContain(answer.code);
    if (answer.ok) await cell.probe.undo?.(context, answer, socket);
  });

  it.each(ACTORS.map((actor) => [actor, HOSTS.includes(actor) ? 'may' : 'may not'] as const))('%s %s end the session', async (actor, may) => {
    // A session of its own on the diary space for each try, so ending it ends nothing else.
    const started = await ask(context.host, 'live:start', { spaceId: world.spaces.aDiary.spaceId });
    await hostAsks({ ...context, sessionId: started.sessionId as string }, 'live:cohost', { userId: context.ids.ilze });
    const socket = sockets.get(actor);
    const answer = socket ? await ask(socket, 'live:end', { sessionId: started.sessionId }) : { ok: false };
    expect(answer.ok).toBe(may === 'may');
    if (!answer.ok) await hostAsks({ ...context, sessionId: started.sessionId as string }, 'live:end', {});
  });
});
