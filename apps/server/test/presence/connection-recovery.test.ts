import type { ClientToServerEvents, ServerToClientEvents, SpacePresence, SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { getJson, login } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Socket.IO's connection-state recovery brings a dropped socket back with its rooms
 * (weak school Wi-Fi), but it must not bring back someone whose session ended while
 * they were away: Kopa runs authentication again on recovery.
 */
describe('Socket.IO connection-state recovery', () => {
  let server: TestServer;
  const sockets: Socket<ServerToClientEvents, ClientToServerEvents>[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server?.stop();
  });

  const connect = (cookie: string) => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, {
      transports: ['websocket'],
      extraHeaders: { cookie },
      forceNew: true,
      reconnectionDelay: 50,
      reconnectionDelayMax: 100,
    });
    sockets.push(socket);
    return socket;
  };

  it('a dropped connection comes back with its rooms', async () => {
    const { cookie } = await login(server.url, 'janis');
    const spaceId = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', cookie)).body[0]!.id;
    const socket = connect(cookie);
    await waitFor(() => socket.connected, { message: 'connected' });
    const updates: SpacePresence[] = [];
    socket.on('presence:update', (presence) => updates.push(presence));
    await socket.emitWithAck('presence:join', { spaceId });
    // Recovery resumes from the last broadcast the client received: Giulia arriving is one.
    const giulia = connect((await login(server.url, 'giulia')).cookie);
    await giulia.emitWithAck('presence:join', { spaceId });
    await waitFor(() => updates.length > 0, { message: 'Jānis to see Giulia arrive' });
    const firstId = socket.id;
    socket.io.engine.close(); // the Wi-Fi drops
    await waitFor(() => socket.connected && socket.recovered, { message: 'recovered' });
    expect(socket.id).toBe(firstId);
    // Still in the space's room without joining again: Giulia leaving reaches Jānis.
    giulia.disconnect();
    await waitFor(() => updates.at(-1)?.members.length === 1, { message: 'Jānis to see Giulia leave' });
  });

  it('a session that expired while the connection was down is not recovered', async () => {
    const { cookie } = await login(server.url, 'lucia');
    const spaceId = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', cookie)).body[0]!.id;
    const socket = connect(cookie);
    await waitFor(() => socket.connected, { message: 'connected' });
    // Recoverable: she has received a broadcast (Andrei arriving).
    let heard = 0;
    socket.on('presence:update', () => heard++);
    await socket.emitWithAck('presence:join', { spaceId });
    const andrei = connect((await login(server.url, 'andrei')).cookie);
    await andrei.emitWithAck('presence:join', { spaceId });
    await waitFor(() => heard > 0, { message: 'Lucía to see Andrei arrive' });
    const errors: string[] = [];
    socket.on('connect_error', (error) => errors.push(error.message));
    socket.io.reconnection(false);
    socket.io.engine.close();
    await waitFor(() => !socket.connected, { message: 'dropped' });
    // Her session expires meanwhile (nothing on the server closes sockets for that).
    const db = new Database(path.join(server.dataDir, 'kopa.db'));
    db.prepare('DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)').run('lucia');
    db.close();
    socket.connect();
    await waitFor(() => errors.length > 0, { message: 'the reconnection to be refused' });
    expect(errors).toEqual(['unauthenticated']);
    expect(socket.connected).toBe(false);
  });
});
