import { makeTempDir, startKopaProcess, stopKopaProcess } from '@kopa/testkit';
import type { ItemSummary, SpaceSummary } from '@kopa/protocol';

export const PUPIL = 'janis';
export const PASSWORD = 'kopa-demo';

export interface KopaServer {
  url: string;
  /** `ws://…/yjs`, where the boards sync. */
  syncUrl: string;
  /** The pupil's session cookie (`name=value`). */
  cookie: string;
  /** The pupil's team space, where the bench creates its boards. */
  spaceId: string;
  stop(): Promise<void>;
}

/**
 * Kopa as `npm start` runs it (the built server, which also serves the built web app) on a
 * fresh data folder (seeded with the demo partnership), with the pupil logged in over REST.
 */
export async function startKopa(): Promise<KopaServer> {
  const temp = await makeTempDir('kopa-bench-boards-');
  const kopa = await startKopaProcess(temp.path, { entry: 'built' }).catch(async (error: unknown) => {
    await temp.remove();
    throw error;
  });
  const stop = async () => {
    await stopKopaProcess(kopa, 'SIGTERM');
    await temp.remove();
  };
  try {
    const cookie = await logIn(kopa.url);
    const spaces = await getJson<SpaceSummary[]>(`${kopa.url}/api/spaces`, cookie);
    const team = spaces.find((space) => space.kind === 'team' && space.mine && space.canEdit);
    if (!team) throw new Error(`${PUPIL} has no team space to create boards in`);
    return { url: kopa.url, syncUrl: `${kopa.url.replace(/^http/, 'ws')}/yjs`, cookie, spaceId: team.id, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function createBoard(server: KopaServer, title: string): Promise<ItemSummary> {
  const response = await fetch(`${server.url}/api/spaces/${server.spaceId}/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.cookie },
    body: JSON.stringify({ type: 'board', title, layout: 'canvas' }),
  });
  if (response.status !== 201) throw new Error(`creating board "${title}" failed: HTTP ${response.status} ${await response.text()}`);
  const item = (await response.json()) as ItemSummary;
  if (!item.canEdit) throw new Error(`${PUPIL} may not edit the board "${title}" just created`);
  return item;
}

async function logIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: PUPIL, password: PASSWORD }),
  });
  const setCookie = response.headers.getSetCookie()[0];
  if (response.status !== 200 || !setCookie) throw new Error(`login as ${PUPIL} failed: HTTP ${response.status} ${await response.text()}`);
  return setCookie.split(';')[0]!;
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${url} failed: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
