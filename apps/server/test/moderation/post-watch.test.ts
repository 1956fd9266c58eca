import type { ItemSummary, PostComment, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@kopa/testkit';
import { getJson, sendJson } from '../support/api-client.js';
import { connectControlClient, connected, type ControlClient } from '../support/control-client.js';
import { publishPost } from '../support/published-post.js';
import { createSecondPartnership, type SecondPartnership } from '../support/second-partnership.js';
import { buildModerationWorld, lastHeard, watchPost, type ModerationWorld, type Watcher } from './moderation-world.js';

/** Following a post live over the Socket.IO control plane: who may, and what happens when access goes. */
describe("'post:watch' on the control plane", () => {
  let world: ModerationWorld;
  let bridges: SecondPartnership;
  const sockets: ControlClient[] = [];

  const connect = async (cookie: string) => {
    const socket = connectControlClient(world.server.url, { cookie });
    sockets.push(socket);
    await connected(socket);
    return socket;
  };
  const track = (watcher: Watcher) => {
    sockets.push(watcher.socket);
    return watcher;
  };
  const comment = async (cookie: string, itemId: string, body: string) =>
    (await sendJson<PostComment>(world.server.url, 'POST', `/api/posts/${itemId}/comments`, { cookie, body: { body } })).body;

  beforeAll(async () => {
    world = await buildModerationWorld();
    bridges = await createSecondPartnership(world.server);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await world?.server.stop();
  });

  it('answers not_found for posts the user cannot read, unknown ids and items that are not posts', async () => {
    const bea = await connect(bridges.bea.cookie);
    expect(await bea.emitWithAck('post:watch', { itemId: world.post.id })).toMatchObject({ ok: false, code: 'not_found' });
    // She hears nothing of the post she was refused.
    const heard: unknown[] = [];
    bea.on('post:comment', (event) => heard.push(event));
    const giulia = track(await watchPost(world.server.url, world.as.giulia.cookie, world.post.id));
    const written = await comment(world.as.janis.cookie, world.post.id, 'Only for the partnership');
    await waitFor(() => lastHeard(giulia, written.id), { message: 'Giulia to hear the comment' });
    expect(heard).toEqual([]);

    const janis = await connect(world.as.janis.cookie);
    expect(await janis.emitWithAck('post:watch', { itemId: 'no-such-item' })).toMatchObject({ ok: false, code: 'not_found' });
    const { body: spaces } = await getJson<SpaceSummary[]>(world.server.url, '/api/spaces', world.as.janis.cookie);
    const doc = spaces.flatMap((space) => space.items).find((item) => item.type === 'doc')!;
    expect(await janis.emitWithAck('post:watch', { itemId: doc.id })).toMatchObject({ ok: false, code: 'not_found' });
    // Guests read, so they may follow a post.
    expect(await (await connect(world.as.guest.cookie)).emitWithAck('post:watch', { itemId: world.post.id })).toEqual({ ok: true });
  });

  it('refuses malformed payloads without harm and keeps the connection working', async () => {
    const socket = await connect(world.as.andrei.cookie);
    expect(await socket.emitWithAck('post:watch', { nope: true } as never)).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(await socket.emitWithAck('post:watch', { itemId: 'x'.repeat(1000) })).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(await socket.emitWithAck('post:watch', 'just a string' as never)).toMatchObject({ ok: false, code: 'invalid_request' });
    // No acknowledgement function, odd payloads for unwatch: ignored.
    socket.emit('post:watch', { itemId: world.post.id } as never, undefined as never);
    socket.emit('post:unwatch', null as never);
    socket.emit('post:unwatch', 42 as never);
    expect(await socket.emitWithAck('post:watch', { itemId: world.post.id })).toEqual({ ok: true });
    expect(socket.connected).toBe(true);
    const { status } = await getJson(world.server.url, '/api/health');
    expect(status).toBe(200);
  });

  it('stops telling a reader once they unwatch', async () => {
    const reader = track(await watchPost(world.server.url, world.as.lucia.cookie, world.post.id));
    const control = track(await watchPost(world.server.url, world.as.giulia.cookie, world.post.id));
    reader.socket.emit('post:unwatch', { itemId: world.post.id });
    // The unwatch is handled before anything later on the same connection.
    expect(await reader.socket.emitWithAck('post:watch', { itemId: 'no-such-item' })).toMatchObject({ ok: false });
    const after = await comment(world.as.janis.cookie, world.post.id, 'After Lucía left');
    await waitFor(() => lastHeard(control, after.id), { message: 'the other reader to hear the comment' });
    expect(lastHeard(reader, after.id)).toBeUndefined();
  });

  it('lets a reader go when the post is deleted, so they hear nothing of it after it comes back', async () => {
    const post = await publishPost(world.server.url, { writer: world.as.janis.cookie, teacher: world.as.marco.cookie }, world.harbour.spaceId, 'Short-lived');
    const reader = track(await watchPost(world.server.url, world.as.andrei.cookie, post.id));
    const accessChanged = new Promise<void>((resolve) => reader.socket.once('access:changed', () => resolve()));

    expect((await sendJson(world.server.url, 'DELETE', `/api/items/${post.id}`, { cookie: world.as.janis.cookie })).status).toBe(204);
    // Sent after every open connection of the partnership has been checked again.
    await accessChanged;
    expect((await sendJson<ItemSummary>(world.server.url, 'POST', `/api/items/${post.id}/restore`, { cookie: world.as.ilze.cookie })).status).toBe(200);

    const fresh = track(await watchPost(world.server.url, world.as.giulia.cookie, post.id));
    const after = await comment(world.as.lucia.cookie, post.id, 'It is back');
    await waitFor(() => lastHeard(fresh, after.id), { message: 'a new reader to hear the comment' });
    expect(lastHeard(reader, after.id)).toBeUndefined();
  });
});
