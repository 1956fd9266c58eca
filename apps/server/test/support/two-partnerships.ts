import type { KopaServerOptions } from '../../src/index.js';
import type { Partnership, PupilCredentials, SpaceSummary, Team } from '@kopa/protocol';
import { getJson, login, sendJson } from './api-client.js';
import { publishPost } from './published-post.js';
import { createSecondPartnership, expectOk } from './second-partnership.js';
import { startTestServer, type TestServer } from './test-server.js';

interface SpaceUnderTest {
  spaceId: string;
  itemId: string;
  itemTitle: string;
  docId: string;
  /** Who watches Yjs write probes: someone who may read the document. */
  watcher: 'ilze' | 'bea';
}

export interface MatrixWorld {
  server: TestServer;
  /** Session cookies; `nobody` has none. */
  actors: Record<'nobody' | 'ilze' | 'carmen' | 'janis' | 'lucia' | 'guest' | 'bea' | 'ola', string | undefined>;
  partnerships: Record<'A' | 'B', { id: string; title: string }>;
  schools: Record<'LV' | 'ES', string>;
  /** A pupil of each school (Jānis, Lucía): what consent probes are about. */
  pupils: Record<'LV' | 'ES', string>;
  teams: { welcome: string };
  spaces: Record<'aPartnership' | 'aTeam' | 'aDiary' | 'bTeam', SpaceUnderTest>;
  /**
   * Published blog posts, each in a team whose pupils may write it: in A the team "Harbour" (only
   * Jānis, LV: Carmen's school is not in it, Lucía is not either), in B the team "Bridges" (Ola).
   */
  posts: Record<'aHarbour' | 'bBridges', PostUnderTest>;
  /** Boards in team Welcome (Jānis and Lucía write there); the locked one was locked by Carmen. */
  boards: Record<'aOpen' | 'aLocked', BoardUnderTest>;
}

export interface BoardUnderTest {
  itemId: string;
  docId: string;
  locked: boolean;
}

export interface PostUnderTest {
  itemId: string;
  spaceId: string;
  /** A pupil of the team: writes and submits the posts that publish probes try to publish. */
  writer: string;
  /** A teacher who may publish it. */
  teacher: string;
}

/**
 * Two partnerships on one real server, built only through the public API: the demo
 * partnership (A: schools LV, ES, IT, RO) and a second one (B, see second-partnership.ts)
 * with a pupil in its team.
 */
export async function buildTwoPartnerships(options: KopaServerOptions = {}): Promise<MatrixWorld> {
  const server = await startTestServer({}, options);
  const url = server.url;
  const [ilze, carmen, janis, lucia, guest] = await Promise.all(['ilze', 'carmen', 'janis', 'lucia', 'guest'].map((name) => login(url, name)));
  const aId = ilze!.me.partnershipId!;
  const a = await expectOk(getJson<Partnership>(url, `/api/partnerships/${aId}`, ilze!.cookie), 'read partnership A');
  const schoolOf = (country: string) => a.schools.find((school) => school.country === country)!.id;
  const teams = await expectOk(getJson<Team[]>(url, `/api/partnerships/${aId}/teams`, ilze!.cookie), 'list teams of A');
  const spaces = await expectOk(getJson<SpaceSummary[]>(url, '/api/spaces', ilze!.cookie), 'list spaces of A');

  const withItem = async (space: SpaceSummary, cookie: string, watcher: 'ilze' | 'bea'): Promise<SpaceUnderTest> => {
    const itemTitle = `Matrix item in ${space.title}`;
    const item = await expectOk(
      sendJson<{ id: string; docId: string }>(url, 'POST', `/api/spaces/${space.id}/items`, { cookie, body: { title: itemTitle } }),
      `create an item in ${space.title}`,
    );
    return { spaceId: space.id, itemId: item.id, itemTitle, docId: item.docId, watcher };
  };
  const spaceWhere = (list: SpaceSummary[], test: (space: SpaceSummary) => boolean) => {
    const found = list.find(test);
    if (!found) throw new Error('a space of the demo partnership is missing');
    return found;
  };

  // Partnership B, and its pupil Ola in the team "Bridges".
  const b = await createSecondPartnership(server);
  const { bea } = b;
  const bId = b.partnershipId;
  const [ola] = await expectOk(
    sendJson<PupilCredentials[]>(url, 'POST', `/api/partnerships/${bId}/schools/${b.schoolId}/pupils`, {
      cookie: bea.cookie,
      body: { names: ['Ola'] },
    }),
    'create a pupil in B',
  );
  const olaSession = await login(url, ola!.username, ola!.password);
  await expectOk(
    sendJson<Team>(url, 'PATCH', `/api/teams/${b.team.id}`, { cookie: bea.cookie, body: { memberIds: [bea.me.id, ola!.id] } }),
    'put Ola in the team',
  );
  const bSpaces = await expectOk(getJson<SpaceSummary[]>(url, '/api/spaces', bea.cookie), 'list spaces of B');

  const harbour = await expectOk(
    sendJson<Team>(url, 'POST', `/api/partnerships/${aId}/teams`, { cookie: ilze!.cookie, body: { name: 'Harbour', memberIds: [janis!.me.id] } }),
    'create the team Harbour in A',
  );
  const postIn = async (spaceId: string, writer: string, teacher: string): Promise<PostUnderTest> => {
    const post = await publishPost(url, { writer, teacher }, spaceId, 'Matrix post');
    return { itemId: post.id, spaceId, writer, teacher };
  };

  const boardIn = async (spaceId: string, title: string, locked: boolean): Promise<BoardUnderTest> => {
    const board = await expectOk(
      sendJson<{ id: string; docId: string }>(url, 'POST', `/api/spaces/${spaceId}/items`, { cookie: janis!.cookie, body: { type: 'board', title } }),
      `create the board ${title}`,
    );
    if (locked) {
      await expectOk(sendJson(url, 'PATCH', `/api/items/${board.id}`, { cookie: carmen!.cookie, body: { locked: true } }), `lock the board ${title}`);
    }
    return { itemId: board.id, docId: board.docId, locked };
  };
  const welcome = spaceWhere(spaces, (space) => space.title === 'Welcome');

  return {
    server,
    actors: {
      nobody: undefined,
      ilze: ilze!.cookie,
      carmen: carmen!.cookie,
      janis: janis!.cookie,
      lucia: lucia!.cookie,
      guest: guest!.cookie,
      bea: bea.cookie,
      ola: olaSession.cookie,
    },
    partnerships: { A: { id: aId, title: a.title }, B: { id: bId, title: b.title } },
    schools: { LV: schoolOf('LV'), ES: schoolOf('ES') },
    pupils: { LV: janis!.me.id, ES: lucia!.me.id },
    teams: { welcome: teams.find((team) => team.name === 'Welcome')!.id },
    spaces: {
      aPartnership: await withItem(spaceWhere(spaces, (space) => space.kind === 'partnership'), ilze!.cookie, 'ilze'),
      aTeam: await withItem(welcome, ilze!.cookie, 'ilze'),
      aDiary: await withItem(spaceWhere(spaces, (space) => space.kind === 'mobility' && space.title.includes('Gijón')), ilze!.cookie, 'ilze'),
      bTeam: await withItem(spaceWhere(bSpaces, (space) => space.id === b.team.spaceId), bea.cookie, 'bea'),
    },
    posts: {
      aHarbour: await postIn(harbour.spaceId, janis!.cookie, ilze!.cookie),
      bBridges: await postIn(b.team.spaceId, olaSession.cookie, bea.cookie),
    },
    boards: {
      aOpen: await boardIn(welcome.id, 'Matrix board', false),
      aLocked: await boardIn(welcome.id, 'Locked matrix board', true),
    },
  };
}
