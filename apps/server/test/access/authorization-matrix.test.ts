import type { Action } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from '../support/api-client.js';
import { probeBoardWrite, probeRest, probeSpaceJoin, probeYjsRead, probeYjsWrite } from '../support/channel-probes.js';
import { buildTwoPartnerships, type MatrixWorld } from '../support/two-partnerships.js';

/**
 * The authorization matrix: actors (every role, two schools, two partnerships, nobody)
 * × resources × actions × channels (REST, Socket.IO, Yjs). The expected answers are
 * written out below from the rules, independently of can(); every cell is
 * asked of the running server through the channel named.
 */

type ActorName = keyof MatrixWorld['actors'];
type ResourceName =
  | 'A partnership'
  | 'A school LV'
  | 'A school ES'
  | 'A team Welcome'
  | 'A partnership space'
  | 'A team space'
  | 'A diary Gijón'
  | 'A post in Harbour'
  | 'B partnership'
  | 'B team space'
  | 'B post in Bridges'
  | 'A board in Welcome'
  | 'A locked board in Welcome';

/** Who may do what. Reading a space includes its items; editing an item is editing in its space. */
const ALLOWED: Record<ActorName, Partial<Record<ResourceName, Action[]>>> = {
  nobody: {},
  // The coordinator manages the partnership and their own school (LV), and works in every space.
  ilze: {
    'A partnership': ['read', 'manage'],
    'A school LV': ['read', 'manage'],
    'A school ES': ['read'],
    'A team Welcome': ['read', 'manage'],
    'A partnership space': ['read', 'edit', 'manage'],
    'A team space': ['read', 'edit', 'manage'],
    'A diary Gijón': ['read', 'edit', 'manage'],
    'A post in Harbour': ['read', 'edit', 'comment', 'moderate', 'publish'],
    'A board in Welcome': ['read', 'edit', 'moderate'],
    'A locked board in Welcome': ['read', 'edit', 'moderate'],
  },
  // A teacher manages their own school's pupils, teams and spaces; not the partnership itself.
  carmen: {
    'A partnership': ['read'],
    'A school LV': ['read'],
    'A school ES': ['read', 'manage'],
    'A team Welcome': ['read', 'manage'],
    'A partnership space': ['read', 'edit', 'manage'],
    'A team space': ['read', 'edit', 'manage'],
    'A diary Gijón': ['read', 'edit', 'manage'],
    // No pupil of her school is in Harbour: she still reviews, publishes and moderates its posts.
    'A post in Harbour': ['read', 'edit', 'comment', 'moderate', 'publish'],
    // Teachers lock boards (moderation) and still change locked ones.
    'A board in Welcome': ['read', 'edit', 'moderate'],
    'A locked board in Welcome': ['read', 'edit', 'moderate'],
  },
  // Jānis (LV) is in team Welcome and travelled to Gijón: he writes in both, and reads the rest.
  janis: {
    'A partnership': ['read'],
    'A school LV': ['read'],
    'A school ES': ['read'],
    'A team Welcome': ['read'],
    'A partnership space': ['read'],
    'A team space': ['read', 'edit'],
    'A diary Gijón': ['read', 'edit'],
    // He writes Harbour's post and may submit it, never publish or moderate it.
    'A post in Harbour': ['read', 'edit', 'comment'],
    // His team's board; once a teacher locks it, he only looks.
    'A board in Welcome': ['read', 'edit'],
    'A locked board in Welcome': ['read'],
  },
  // Lucía (ES) is in team Welcome but hosted the Gijón visit rather than travelling: she only reads its diary.
  lucia: {
    'A partnership': ['read'],
    'A school LV': ['read'],
    'A school ES': ['read'],
    'A team Welcome': ['read'],
    'A partnership space': ['read'],
    'A team space': ['read', 'edit'],
    'A diary Gijón': ['read'],
    // Not in Harbour: she reads, comments and reacts, but does not write the post.
    'A post in Harbour': ['read', 'comment'],
    'A board in Welcome': ['read', 'edit'],
    'A locked board in Welcome': ['read'],
  },
  // Guests read and may report; they never comment or react.
  guest: {
    'A partnership': ['read'],
    'A school LV': ['read'],
    'A school ES': ['read'],
    'A team Welcome': ['read'],
    'A partnership space': ['read'],
    'A team space': ['read'],
    'A diary Gijón': ['read'],
    'A post in Harbour': ['read'],
    // Guests look at boards (pan and zoom), never change them.
    'A board in Welcome': ['read'],
    'A locked board in Welcome': ['read'],
  },
  // Partnership B's people may do nothing at all in A, and A's nothing in B.
  bea: {
    'B partnership': ['read', 'manage'],
    'B team space': ['read', 'edit', 'manage'],
    'B post in Bridges': ['read', 'edit', 'comment', 'moderate', 'publish'],
  },
  ola: {
    'B partnership': ['read'],
    'B team space': ['read', 'edit'],
    'B post in Bridges': ['read', 'edit', 'comment'],
  },
};

type Channel = 'REST' | 'Socket.IO' | 'Yjs';
interface Probe {
  resource: ResourceName;
  action: Action;
  channel: Channel;
  /** What is asked, for the test's name. */
  how: string;
  run(world: MatrixWorld, actor: ActorName): Promise<boolean>;
}

const cookieOf = (world: MatrixWorld, actor: ActorName) => world.actors[actor];

/** A REST probe whose path and body depend on the world built for the run. */
const rest =
  (method: string, path: (world: MatrixWorld) => string, body?: (world: MatrixWorld) => unknown) => (world: MatrixWorld, actor: ActorName) =>
    probeRest(world.server, cookieOf(world, actor), method, path(world), body?.(world));

function spaceProbes(resource: ResourceName, key: keyof MatrixWorld['spaces']): Probe[] {
  const space = (world: MatrixWorld) => world.spaces[key];
  return [
    {
      resource,
      action: 'read',
      channel: 'REST',
      how: 'GET /api/spaces/:id',
      run: (world, actor) => probeRest(world.server, cookieOf(world, actor), 'GET', `/api/spaces/${space(world).spaceId}`),
    },
    {
      resource,
      action: 'read',
      channel: 'REST',
      how: 'GET /api/items/:id',
      run: (world, actor) => probeRest(world.server, cookieOf(world, actor), 'GET', `/api/items/${space(world).itemId}`),
    },
    {
      resource,
      action: 'read',
      channel: 'Socket.IO',
      how: 'presence:join',
      run: (world, actor) => probeSpaceJoin(world.server, cookieOf(world, actor), space(world).spaceId),
    },
    {
      resource,
      action: 'read',
      channel: 'Yjs',
      how: 'upgrade /yjs/:docId',
      run: (world, actor) => probeYjsRead(world.server, cookieOf(world, actor), space(world).docId),
    },
    {
      resource,
      action: 'edit',
      channel: 'REST',
      how: 'POST /api/spaces/:id/items',
      run: (world, actor) =>
        probeRest(world.server, cookieOf(world, actor), 'POST', `/api/spaces/${space(world).spaceId}/items`, { title: 'Probe' }),
    },
    {
      resource,
      action: 'edit',
      channel: 'REST',
      how: 'PATCH /api/items/:id (rename)',
      run: (world, actor) =>
        probeRest(world.server, cookieOf(world, actor), 'PATCH', `/api/items/${space(world).itemId}`, { title: space(world).itemTitle }),
    },
    {
      resource,
      action: 'edit',
      channel: 'Yjs',
      how: 'an update reaches the disk',
      run: (world, actor) =>
        probeYjsWrite(world.server, cookieOf(world, actor), space(world).docId, world.actors[space(world).watcher]!),
    },
    {
      resource,
      action: 'manage',
      channel: 'REST',
      how: 'GET /api/spaces/:id/bin',
      run: (world, actor) => probeRest(world.server, cookieOf(world, actor), 'GET', `/api/spaces/${space(world).spaceId}/bin`),
    },
  ];
}

function partnershipProbes(resource: ResourceName, key: 'A' | 'B'): Probe[] {
  const partnership = (world: MatrixWorld) => world.partnerships[key];
  return [
    {
      resource,
      action: 'read',
      channel: 'REST',
      how: 'GET /api/partnerships/:id',
      run: (world, actor) => probeRest(world.server, cookieOf(world, actor), 'GET', `/api/partnerships/${partnership(world).id}`),
    },
    {
      resource,
      action: 'manage',
      channel: 'REST',
      how: 'PATCH /api/partnerships/:id',
      run: (world, actor) =>
        probeRest(world.server, cookieOf(world, actor), 'PATCH', `/api/partnerships/${partnership(world).id}`, {
          title: partnership(world).title,
        }),
    },
  ];
}

function schoolProbes(resource: ResourceName, school: 'LV' | 'ES'): Probe[] {
  const path = (world: MatrixWorld) => `/api/partnerships/${world.partnerships.A.id}/schools/${world.schools[school]}/pupils`;
  return [
    {
      resource,
      action: 'manage',
      channel: 'REST',
      how: 'GET …/schools/:id/pupils',
      run: (world, actor) => probeRest(world.server, cookieOf(world, actor), 'GET', path(world)),
    },
  ];
}

const teamProbes: Probe[] = [
  {
    resource: 'A team Welcome',
    action: 'read',
    channel: 'REST',
    how: 'GET …/teams',
    run: (world, actor) => probeRest(world.server, cookieOf(world, actor), 'GET', `/api/partnerships/${world.partnerships.A.id}/teams`),
  },
  {
    resource: 'A team Welcome',
    action: 'manage',
    channel: 'REST',
    how: 'PATCH /api/teams/:id (rename)',
    run: (world, actor) => probeRest(world.server, cookieOf(world, actor), 'PATCH', `/api/teams/${world.teams.welcome}`, { name: 'Welcome' }),
  },
];

/** The blog's workflow on a published post: each action asked through the route that needs it. */
function postProbes(resource: ResourceName, key: keyof MatrixWorld['posts']): Probe[] {
  const post = (world: MatrixWorld) => world.posts[key];
  return [
    { resource, action: 'read', channel: 'REST', how: 'GET /api/posts/:id/published', run: rest('GET', (world) => `/api/posts/${post(world).itemId}/published`) },
    { resource, action: 'read', channel: 'REST', how: 'GET /api/posts/:id/comments', run: rest('GET', (world) => `/api/posts/${post(world).itemId}/comments`) },
    {
      resource,
      action: 'read',
      channel: 'REST',
      how: 'POST /api/reports (anyone who reads may report)',
      run: rest(
        'POST',
        () => '/api/reports',
        (world) => ({ targetType: 'post', targetId: post(world).itemId, reason: 'Probe: is this ok?' }),
      ),
    },
    { resource, action: 'edit', channel: 'REST', how: 'PATCH /api/posts/:id (themes)', run: rest('PATCH', (world) => `/api/posts/${post(world).itemId}`, () => ({ themes: [] })) },
    {
      resource,
      action: 'comment',
      channel: 'REST',
      how: 'PUT /api/posts/:id/reactions/👍',
      run: rest('PUT', (world) => `/api/posts/${post(world).itemId}/reactions/${encodeURIComponent('👍')}`),
    },
    {
      resource,
      action: 'comment',
      channel: 'REST',
      how: 'POST /api/posts/:id/comments',
      run: rest('POST', (world) => `/api/posts/${post(world).itemId}/comments`, () => ({ body: 'Great work!' })),
    },
    {
      resource,
      action: 'moderate',
      channel: 'REST',
      how: 'POST /api/posts/:id/review (a review comment)',
      run: rest('POST', (world) => `/api/posts/${post(world).itemId}/review`, () => ({ action: 'comment', message: 'Lovely pictures' })),
    },
    {
      resource,
      action: 'publish',
      channel: 'REST',
      how: 'POST /api/posts/:id/publish (a freshly submitted post)',
      run: async (world, actor) => {
        const { writer, spaceId } = post(world);
        const fresh = await sendJson<{ id: string }>(world.server.url, 'POST', `/api/spaces/${spaceId}/items`, {
          cookie: writer,
          body: { type: 'post', title: 'Waiting for review' },
        });
        await sendJson(world.server.url, 'POST', `/api/posts/${fresh.body.id}/submit`, { cookie: writer, body: {} });
        return probeRest(world.server, cookieOf(world, actor), 'POST', `/api/posts/${fresh.body.id}/publish`, {});
      },
    },
  ];
}

/** Boards: looking (item, thumbnail, sync), changing through the board model, and locking (teachers). */
function boardProbes(resource: ResourceName, key: keyof MatrixWorld['boards']): Probe[] {
  const board = (world: MatrixWorld) => world.boards[key];
  return [
    { resource, action: 'read', channel: 'REST', how: 'GET /api/items/:id', run: rest('GET', (world) => `/api/items/${board(world).itemId}`) },
    {
      resource,
      action: 'read',
      channel: 'REST',
      how: 'GET /api/items/:id/thumbnail.webp',
      run: rest('GET', (world) => `/api/items/${board(world).itemId}/thumbnail.webp`),
    },
    { resource, action: 'read', channel: 'Yjs', how: 'upgrade /yjs/:docId', run: (world, actor) => probeYjsRead(world.server, cookieOf(world, actor), board(world).docId) },
    {
      resource,
      action: 'edit',
      channel: 'Yjs',
      how: 'a note added through the board model reaches the disk',
      run: (world, actor) => probeBoardWrite(world.server, cookieOf(world, actor), board(world).docId, world.actors.ilze!),
    },
    {
      resource,
      action: 'moderate',
      channel: 'REST',
      how: 'PATCH /api/items/:id (locked)',
      run: rest('PATCH', (world) => `/api/items/${board(world).itemId}`, (world) => ({ locked: board(world).locked })),
    },
  ];
}

const PROBES: Probe[] = [
  ...partnershipProbes('A partnership', 'A'),
  ...partnershipProbes('B partnership', 'B'),
  ...schoolProbes('A school LV', 'LV'),
  ...schoolProbes('A school ES', 'ES'),
  ...teamProbes,
  ...spaceProbes('A partnership space', 'aPartnership'),
  ...spaceProbes('A team space', 'aTeam'),
  ...spaceProbes('A diary Gijón', 'aDiary'),
  ...spaceProbes('B team space', 'bTeam'),
  ...postProbes('A post in Harbour', 'aHarbour'),
  ...postProbes('B post in Bridges', 'bBridges'),
  ...boardProbes('A board in Welcome', 'aOpen'),
  ...boardProbes('A locked board in Welcome', 'aLocked'),
];

const ACTORS = Object.keys(ALLOWED) as ActorName[];
const CELLS = ACTORS.flatMap((actor) =>
  PROBES.map((probe) => ({ actor, probe, allowed: ALLOWED[actor][probe.resource]?.includes(probe.action) ?? false })),
);

describe('authorization matrix: roles × resources × actions × channels', () => {
  let world: MatrixWorld;
  beforeAll(async () => {
    world = await buildTwoPartnerships();
  }, 60_000);
  afterAll(() => world?.server.stop());

  it('covers every actor, every channel and every action that has an endpoint', () => {
    expect(new Set(CELLS.map((cell) => cell.probe.channel))).toEqual(new Set(['REST', 'Socket.IO', 'Yjs']));
    expect(new Set(CELLS.map((cell) => cell.probe.action))).toEqual(new Set(['read', 'edit', 'comment', 'moderate', 'manage', 'publish']));
    expect(CELLS.filter((cell) => cell.allowed).length).toBeGreaterThan(50);
    expect(CELLS.filter((cell) => !cell.allowed).length).toBeGreaterThan(100);
  });

  it.each(CELLS.map((cell) => [cell.actor, cell.allowed ? 'may' : 'may not', cell.probe.action, cell.probe.resource, cell.probe.channel, cell.probe.how, cell] as const))(
    '%s %s %s %s over %s (%s)',
    async (actor, _may, _action, _resource, _channel, _how, cell) => {
      expect(await cell.probe.run(world, actor)).toBe(cell.allowed);
    },
  );
});
