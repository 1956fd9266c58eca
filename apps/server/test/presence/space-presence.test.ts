import type { SpacePresence, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login } from '../support/api-client.js';
import { connectControlClient, connected, type ControlClient } from '../support/control-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitFor } from '@kopa/testkit';

describe('presence in a space over Socket.IO', () => {
  let server: TestServer;
  let spaceId: string;
  const sockets: ControlClient[] = [];

  const join = async (username: string) => {
    const { cookie } = await login(server.url, username);
    const socket = connectControlClient(server.url, { cookie });
    sockets.push(socket);
    await connected(socket);
    const updates: SpacePresence[] = [];
    socket.on('presence:update', (presence) => updates.push(presence));
    const ack = await socket.emitWithAck('presence:join', { spaceId });
    return { socket, ack, updates, cookie };
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { cookie } = await login(server.url, 'ilze');
    spaceId = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', cookie)).body[0]!.id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server?.stop();
  });

  it('works over HTTP long-polling too, as browsers start (the server answers each request once)', async () => {
    const { cookie } = await login(server.url, 'carmen');
    const socket = connectControlClient(server.url, { cookie }, ['polling']);
    sockets.push(socket);
    await connected(socket);
    const ack = await socket.emitWithAck('presence:join', { spaceId });
    expect(ack.ok).toBe(true);
    // Express still serves the API next to Socket.IO.
    expect((await getJson(server.url, '/api/spaces', cookie)).status).toBe(200);
    socket.disconnect();
  });

  it('shows who is here, from which school and country, and who leaves', async () => {
    const janis = await join('janis');
    expect(janis.ack).toMatchObject({ ok: true, spaceId, members: [expect.objectContaining({ displayName: 'Jānis' })] });

    const lucia = await join('lucia');
    expect(lucia.ack.ok && lucia.ack.members.map((m) => m.displayName)).toEqual(['Jānis', 'Lucía']);
    const seenByJanis = await waitFor(() => janis.updates.find((p) => p.members.length === 2), {
      message: 'Jānis to see Lucía arrive',
    });
    expect(seenByJanis.members).toContainEqual({
      userId: expect.any(String),
      displayName: 'Lucía',
      role: 'pupil',
      country: 'ES',
      schoolName: 'IES Gijón',
    });

    // A second tab of the same person does not count twice.
    const luciaAgain = connectControlClient(server.url, { cookie: lucia.cookie });
    sockets.push(luciaAgain);
    await connected(luciaAgain);
    const twice = await luciaAgain.emitWithAck('presence:join', { spaceId });
    expect(twice.ok && twice.members).toHaveLength(2);

    lucia.socket.disconnect();
    luciaAgain.disconnect();
    await waitFor(() => janis.updates.at(-1)?.members.length === 1, { message: 'Jānis to see Lucía leave' });
  });

  it('refuses connections without a session and from other websites', async () => {
    const anonymous = connectControlClient(server.url);
    sockets.push(anonymous);
    await expect(connected(anonymous)).rejects.toThrow(/unauthenticated/);

    const { cookie } = await login(server.url, 'marco');
    const foreign = connectControlClient(server.url, { cookie, origin: 'https://evil.example' });
    sockets.push(foreign);
    await expect(connected(foreign)).rejects.toThrow();
  });

  it('answers joins of unknown spaces and malformed payloads with an error', async () => {
    const { socket } = await join('giulia');
    expect(await socket.emitWithAck('presence:join', { spaceId: 'no-such-space' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await socket.emitWithAck('presence:join', { nope: true } as never)).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(socket.connected).toBe(true);
  });

  it('ends the control connection at logout', async () => {
    const { socket, cookie } = await join('andrei');
    const ended = new Promise<void>((resolve) => socket.once('session:ended', () => resolve()));
    const disconnected = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    await ended;
    await disconnected;
  });
});
