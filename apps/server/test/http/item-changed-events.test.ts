import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectControlClient, connected, type ControlClient } from '../support/control-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('item:changed: the open pages of a space hear that an item there was renamed or given another language', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let guest: LoggedIn;
  let spaceId: string;
  const sockets: ControlClient[] = [];

  /** A person with the space open: what their page hears. */
  const inSpace = async (who: LoggedIn) => {
    const socket = connectControlClient(server.url, { cookie: who.cookie });
    sockets.push(socket);
    await connected(socket);
    const heard: { spaceId: string; itemId: string }[] = [];
    socket.on('item:changed', (event) => heard.push(event));
    expect((await socket.emitWithAck('presence:join', { spaceId })).ok).toBe(true);
    return heard;
  };

  beforeAll(async () => {
    server = await startTestServer();
    [janis, guest] = await Promise.all([login(server.url, 'janis'), login(server.url, 'guest')]);
    spaceId = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', janis.cookie)).body.find((space) => space.title === 'Welcome')!.id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server?.stop();
  });

  it('tells readers of the space once per real change, and nothing for refusals or changes to nothing', async () => {
    const lucia = await inSpace(await login(server.url, 'lucia'));
    const guestHears = await inSpace(guest);
    const document = (await sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${spaceId}/items`, { cookie: janis.cookie, body: { title: 'Our towns' } })).body;
    const send = (who: LoggedIn, method: string, path: string, body: unknown) => sendJson(server.url, method, `/api${path}`, { cookie: who.cookie, body });

    expect((await send(janis, 'PUT', `/items/${document.id}/language`, { language: 'lv' })).status).toBe(200);
    await waitFor(() => lucia.length === 1, { message: 'Lucía to hear of the language' });
    expect(lucia[0]).toEqual({ spaceId, itemId: document.id });

    // The same language again, and a guest's refused rename: no change, nothing said.
    expect((await send(janis, 'PUT', `/items/${document.id}/language`, { language: 'lv' })).status).toBe(200);
    expect((await send(guest, 'PATCH', `/items/${document.id}`, { title: 'Hacked' })).status).toBe(403);
    expect((await send(janis, 'PATCH', `/items/${document.id}`, { title: 'Our two towns' })).status).toBe(200);
    await waitFor(() => lucia.length === 2, { message: 'Lucía to hear of the rename' });
    expect(lucia).toEqual([
      { spaceId, itemId: document.id },
      { spaceId, itemId: document.id },
    ]);
    // Guests read the space too: they hear the same (the event says what changed, never to what).
    await waitFor(() => guestHears.length === 2, { message: 'the guest to hear both' });
  });
});
