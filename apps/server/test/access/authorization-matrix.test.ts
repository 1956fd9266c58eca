import type { Action, ExportOverview } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from '../support/api-client.js';
import { probeBoardWrite, probeRest, probeSpaceJoin, probeYjsRead, probeYjsWrite } from '../support/channel-probes.js';
import { buildTwoPartnerships, type MatrixWorld } from '../support/two-partnerships.js';
import { finishedExport, startBackup } from '../exports/backup-files.js';

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
  | 'A locked board in Welcome'
  | 'A practice'
  | 'A public practice'
  | 'B practice'
  | 'A glossary'
  | 'A glossary proposal'
  | 'B glossary';

/** Who may do what. Reading a space includes its items; editing an item is editing in its space. */
const ALLOWED: Record<ActorName, Partial<Record<ResourceName, Action[]>>> = {
  nobody: {},
  // The coordinator manages the partnership and their own school (LV), and works in every space.
  ilze: {
    // Only the coordinator exports the whole partnership (its backup holds every account), and downloads it.
    'A partnership': ['read', 'manage', 'export'],
    'A school LV': ['read', 'manage'],
    'A school ES': ['read'],
    'A team Welcome': ['read', 'manage'],
    'A partnership space': ['read', 'edit', 'manage'],
    'A team space': ['read', 'edit', 'manage'],
    'A diary Gijón': ['read', 'edit', 'manage'],
    'A post in Harbour': ['read', 'edit', 'comment', 'moderate', 'publish'],
    // Approving a board for the public is publishing it.
    'A board in Welcome': ['read', 'edit', 'moderate', 'publish'],
    'A locked board in Welcome': ['read', 'edit', 'moderate', 'publish'],
    // Teachers and the coordinator describe, change and delete practices (moderating the partnership) and make them public.
    'A practice': ['read', 'moderate', 'publish'],
    'A public practice': ['read', 'moderate', 'publish'],
    // The glossary: proposing a term is 'edit'; approving, changing and deleting terms is 'moderate'.
    'A glossary': ['read', 'edit', 'moderate'],
    'A glossary proposal': ['read', 'moderate'],
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
    // Teachers lock boards (moderation) and still change locked ones; they approve them for the public (publishing).
    'A board in Welcome': ['read', 'edit', 'moderate', 'publish'],
    'A locked board in Welcome': ['read', 'edit', 'moderate', 'publish'],
    'A practice': ['read', 'moderate', 'publish'],
    'A public practice': ['read', 'moderate', 'publish'],
    'A glossary': ['read', 'edit', 'moderate'],
    'A glossary proposal': ['read', 'moderate'],
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
    // Pupils and guests read the partnership's practices, never change them.
    'A practice': ['read'],
    'A public practice': ['read'],
    // Pupils propose glossary terms and see the proposals; teachers decide.
    'A glossary': ['read', 'edit'],
    'A glossary proposal': ['read'],
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
    'A practice': ['read'],
    'A public practice': ['read'],
    'A glossary': ['read', 'edit'],
    'A glossary proposal': ['read'],
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
    'A practice': ['read'],
    'A public practice': ['read'],
    // Guests read the approved terms only: proposals are not theirs to see.
    'A glossary': ['read'],
  },
  // Partnership B's people may do nothing at all in A, and A's nothing in B, but read what A made public
  // (its public practices are the instance's inventory).
  bea: {
    'B partnership': ['read', 'manage', 'export'],
    'B team space': ['read', 'edit', 'manage'],
    'B post in Bridges': ['read', 'edit', 'comment', 'moderate', 'publish'],
    'B practice': ['read', 'moderate', 'publish'],
    'A public practice': ['read'],
    'B glossary': ['read', 'edit', 'moderate'],
  },
  ola: {
    'B partnership': ['read'],
    'B team space': ['read', 'edit'],
    'B post in Bridges': ['read', 'edit', 'comment'],
    'B practice': ['read'],
    'A public practice': ['read'],
    'B glossary': ['read', 'edit'],
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

/** A backup each coordinator made of their partnership in the world's setup: only its maker downloads it. */
const backups: Partial<Record<'A' | 'B', string>> = {};

function partnershipProbes(resource: ResourceName, key: 'A' | 'B'): Probe[] {
  const partnership = (world: MatrixWorld) => world.partnerships[key];
  return [
    {
      resource,
      action: 'export',
      channel: 'REST',
      // Teachers see the exports of the spaces they look after here too: what counts is a format for the whole partnership.
      how: 'GET /api/partnerships/:id/exports (a format for the whole partnership)',
      run: async (world, actor) => {
        const { status, body } = await sendJson<ExportOverview>(world.server.url, 'GET', `/api/partnerships/${partnership(world).id}/exports`, {
          cookie: cookieOf(world, actor),
        });
        if (status === 401 || status === 403 || status === 404) return false;
        if (status !== 200) throw new Error(`GET exports answered ${status}`);
        return body.formats.some((format) => format.scopes.includes('partnership'));
      },
    },
    {
      resource,
      action: 'export',
      channel: 'REST',
      how: 'GET /api/exports/:id/download (the backup its coordinator made)',
      run: (world, actor) => probeRest(world.server, cookieOf(world, actor), 'GET', backups[key]!),
    },
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
    {
      resource,
      action: 'manage',
      channel: 'REST',
      how: 'PUT /api/partnerships/:id/showcase (the public showcase switch)',
      run: rest('PUT', (world) => `/api/partnerships/${partnership(world).id}/showcase`, () => ({ enabled: false })),
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
    {
      resource,
      action: 'manage',
      channel: 'REST',
      how: 'GET …/schools/:id/consents',
      run: rest('GET', (world) => `/api/partnerships/${world.partnerships.A.id}/schools/${world.schools[school]}/consents`),
    },
    {
      resource,
      action: 'manage',
      channel: 'REST',
      how: 'PUT …/members/:pupilId/consent (a pupil of the school)',
      run: rest(
        'PUT',
        (world) => `/api/partnerships/${world.partnerships.A.id}/members/${world.pupils[school]}/consent`,
        () => ({ publication: false }),
      ),
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
    { resource, action: 'read', channel: 'REST', how: 'GET /api/items/:id/public', run: rest('GET', (world) => `/api/items/${post(world).itemId}/public`) },
    { resource, action: 'publish', channel: 'REST', how: 'PUT /api/items/:id/public (approve for the public)', run: rest('PUT', (world) => `/api/items/${post(world).itemId}/public`) },
    { resource, action: 'publish', channel: 'REST', how: 'DELETE /api/items/:id/public (withdraw)', run: rest('DELETE', (world) => `/api/items/${post(world).itemId}/public`) },
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
    { resource, action: 'read', channel: 'REST', how: 'GET /api/items/:id/public', run: rest('GET', (world) => `/api/items/${board(world).itemId}/public`) },
    { resource, action: 'publish', channel: 'REST', how: 'PUT /api/items/:id/public (approve for the public)', run: rest('PUT', (world) => `/api/items/${board(world).itemId}/public`) },
    { resource, action: 'publish', channel: 'REST', how: 'DELETE /api/items/:id/public (withdraw)', run: rest('DELETE', (world) => `/api/items/${board(world).itemId}/public`) },
  ];
}

/** The practices each partnership's coordinator described in the world's setup (see beforeAll). */
const practiceIds: Partial<Record<'A practice' | 'A public practice' | 'B practice', string>> = {};

/**
 * The inventory of good practices: reading one (and finding it in a search), describing one in its
 * partnership, changing and deleting one (moderating the partnership), making one public or private
 * (publishing). Deleting and publishing act on a fresh practice its coordinator describes for the probe.
 */
function practiceProbes(resource: 'A practice' | 'A public practice' | 'B practice'): Probe[] {
  const key = resource === 'B practice' ? 'B' : 'A';
  const isPublic = resource === 'A public practice';
  const id = () => practiceIds[resource]!;
  const fresh = async (world: MatrixWorld) => {
    const coordinator = key === 'A' ? world.actors.ilze : world.actors.bea;
    const made = await sendJson<{ id: string }>(world.server.url, 'POST', `/api/partnerships/${world.partnerships[key].id}/practices`, {
      cookie: coordinator,
      body: { title: `Fresh ${resource}`, public: isPublic },
    });
    if (made.status !== 201) throw new Error(`describe a fresh ${resource}: ${made.status}`);
    return made.body.id;
  };
  return [
    { resource, action: 'read', channel: 'REST', how: 'GET /api/practices/:id', run: rest('GET', () => `/api/practices/${id()}`) },
    {
      resource,
      action: 'read',
      channel: 'REST',
      how: 'GET /api/practices?partnershipId= (found in the inventory)',
      run: async (world, actor) => {
        const { status, body } = await sendJson<{ practices?: { id: string }[] }>(
          world.server.url,
          'GET',
          `/api/practices?partnershipId=${world.partnerships[key].id}&limit=50`,
          { cookie: cookieOf(world, actor) },
        );
        if (status === 401) return false;
        if (status !== 200) throw new Error(`search answered ${status}`);
        return body.practices!.some((practice) => practice.id === id());
      },
    },
    ...(isPublic
      ? []
      : [
          {
            resource,
            action: 'moderate',
            channel: 'REST',
            how: 'POST /api/partnerships/:id/practices',
            run: rest('POST', (world) => `/api/partnerships/${world.partnerships[key].id}/practices`, () => ({ title: 'Probe practice' })),
          } satisfies Probe,
        ]),
    { resource, action: 'moderate', channel: 'REST', how: 'PATCH /api/practices/:id (title)', run: rest('PATCH', () => `/api/practices/${id()}`, () => ({ title: resource })) },
    {
      resource,
      action: 'moderate',
      channel: 'REST',
      how: 'DELETE /api/practices/:id (a fresh practice)',
      run: async (world, actor) => probeRest(world.server, cookieOf(world, actor), 'DELETE', `/api/practices/${await fresh(world)}`),
    },
    {
      resource,
      action: 'publish',
      channel: 'REST',
      how: `PATCH /api/practices/:id (public: ${!isPublic}, a fresh practice)`,
      run: async (world, actor) => probeRest(world.server, cookieOf(world, actor), 'PATCH', `/api/practices/${await fresh(world)}`, { public: !isPublic }),
    },
  ];
}

/** Per partnership: an approved term its coordinator added in the world's setup (changing it is moderating the glossary). */
const glossaryTerms: Partial<Record<'A' | 'B', string>> = {};
/** A's pupil's proposal from the world's setup: whether one sees it is reading proposals. */
let aProposal = '';
let glossaryWords = 0;
/** A word nobody used yet: the same word twice is refused. */
const freshWord = () => `probe word ${++glossaryWords}`;

const addTerm = async (world: MatrixWorld, key: 'A' | 'B', who: 'ilze' | 'bea' | 'janis' | 'ola', approve: boolean) => {
  const made = await sendJson<{ id: string }>(world.server.url, 'POST', `/api/partnerships/${world.partnerships[key].id}/glossary`, {
    cookie: world.actors[who],
    body: { translations: { en: freshWord() }, approve },
  });
  if (made.status !== 201) throw new Error(`add a glossary term in ${key}: ${made.status}`);
  return made.body.id;
};

/**
 * The glossary: reading it (everyone in the partnership), proposing a term ('edit': everyone but guests),
 * changing, deleting and approving terms ('moderate': teachers and the coordinator). Deleting and approving
 * act on fresh terms made for the probe.
 */
function glossaryProbes(resource: 'A glossary' | 'B glossary', key: 'A' | 'B'): Probe[] {
  const path = (world: MatrixWorld) => `/api/partnerships/${world.partnerships[key].id}/glossary`;
  const coordinator = key === 'A' ? 'ilze' : 'bea';
  const pupil = key === 'A' ? 'janis' : 'ola';
  return [
    { resource, action: 'read', channel: 'REST', how: 'GET /api/partnerships/:id/glossary', run: rest('GET', path) },
    { resource, action: 'edit', channel: 'REST', how: 'POST /api/partnerships/:id/glossary (propose a term)', run: rest('POST', path, () => ({ translations: { en: freshWord() } })) },
    {
      resource,
      action: 'moderate',
      channel: 'REST',
      how: 'PATCH /api/glossary/:termId (its own words again)',
      run: rest('PATCH', () => `/api/glossary/${glossaryTerms[key]!}`, () => ({ pictureUploadId: null })),
    },
    {
      resource,
      action: 'moderate',
      channel: 'REST',
      how: 'DELETE /api/glossary/:termId (a fresh term)',
      run: async (world, actor) => probeRest(world.server, cookieOf(world, actor), 'DELETE', `/api/glossary/${await addTerm(world, key, coordinator, true)}`),
    },
    {
      resource,
      action: 'moderate',
      channel: 'REST',
      how: 'POST /api/glossary/:termId/approve (a fresh proposal by a pupil)',
      run: async (world, actor) => probeRest(world.server, cookieOf(world, actor), 'POST', `/api/glossary/${await addTerm(world, key, pupil, false)}/approve`),
    },
  ];
}

const glossaryProposalProbes: Probe[] = [
  {
    resource: 'A glossary proposal',
    action: 'read',
    channel: 'REST',
    how: 'GET /api/partnerships/:id/glossary lists a pupil’s proposal',
    run: async (world, actor) => {
      const { status, body } = await sendJson<{ terms?: { id: string }[] }>(world.server.url, 'GET', `/api/partnerships/${world.partnerships.A.id}/glossary`, {
        cookie: cookieOf(world, actor),
      });
      if (status === 401 || status === 404) return false;
      if (status !== 200) throw new Error(`GET glossary answered ${status}`);
      return body.terms!.some((term) => term.id === aProposal);
    },
  },
  {
    resource: 'A glossary proposal',
    action: 'moderate',
    channel: 'REST',
    how: 'PATCH /api/glossary/:proposalId (its own words again)',
    run: rest('PATCH', () => `/api/glossary/${aProposal}`, () => ({ pictureUploadId: null })),
  },
];

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
  ...practiceProbes('A practice'),
  ...practiceProbes('A public practice'),
  ...practiceProbes('B practice'),
  ...glossaryProbes('A glossary', 'A'),
  ...glossaryProbes('B glossary', 'B'),
  ...glossaryProposalProbes,
];

const ACTORS = Object.keys(ALLOWED) as ActorName[];
const CELLS = ACTORS.flatMap((actor) =>
  PROBES.map((probe) => ({ actor, probe, allowed: ALLOWED[actor][probe.resource]?.includes(probe.action) ?? false })),
);

describe('authorization matrix: roles × resources × actions × channels', () => {
  let world: MatrixWorld;
  beforeAll(async () => {
    world = await buildTwoPartnerships();
    for (const [resource, key, coordinator] of [
      ['A practice', 'A', world.actors.ilze!],
      ['A public practice', 'A', world.actors.ilze!],
      ['B practice', 'B', world.actors.bea!],
    ] as const) {
      const made = await sendJson<{ id: string }>(world.server.url, 'POST', `/api/partnerships/${world.partnerships[key].id}/practices`, {
        cookie: coordinator,
        body: { title: resource, public: resource === 'A public practice' },
      });
      if (made.status !== 201) throw new Error(`describe ${resource}: ${made.status}`);
      practiceIds[resource] = made.body.id;
    }
    glossaryTerms.A = await addTerm(world, 'A', 'ilze', true);
    glossaryTerms.B = await addTerm(world, 'B', 'bea', true);
    aProposal = await addTerm(world, 'A', 'janis', false);
    for (const [key, coordinator] of [['A', world.actors.ilze!], ['B', world.actors.bea!]] as const) {
      const started = await startBackup(world.server.url, coordinator, world.partnerships[key].id);
      backups[key] = (await finishedExport(world.server.url, coordinator, started.id)).downloadUrl!;
    }
  }, 60_000);
  afterAll(() => world?.server.stop());

  it('covers every actor, every channel and every action that has an endpoint', () => {
    expect(new Set(CELLS.map((cell) => cell.probe.channel))).toEqual(new Set(['REST', 'Socket.IO', 'Yjs']));
    expect(new Set(CELLS.map((cell) => cell.probe.action))).toEqual(new Set(['read', 'edit', 'comment', 'moderate', 'manage', 'publish', 'export']));
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
