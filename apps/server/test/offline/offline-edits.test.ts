import { CLOSE_CODES } from '@kopa/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { firstWords, login, sendJson } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { readStoredText } from '../support/stored-document.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { startKopaServer, type KopaServer } from '../../src/index.js';
import { waitFor } from '@kopa/testkit';

/** Weak school Wi-Fi: what a pupil writes while the connection is gone is never lost, nor forced in. */
describe('editing while the connection is gone', () => {
  let server: TestServer | undefined;
  let restarted: KopaServer | undefined;
  const clients: CollabClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await restarted?.close();
    restarted = undefined;
    await server?.stop();
    server = undefined;
  });

  async function join(running: { url: string }, username: string) {
    const { cookie } = await login(running.url, username);
    const item = await firstWords(running.url, cookie);
    const client = connectCollabClient(running.url, item.docId, { cookie });
    clients.push(client);
    await client.synced();
    return { client, item, cookie };
  }

  it('keeps what was written while the socket was closed and merges it with a peer’s concurrent edits', async () => {
    server = await startTestServer();
    const { client: janis, item } = await join(server, 'janis');
    const { client: lucia } = await join(server, 'lucia');

    janis.provider.disconnect();
    await waitFor(() => janis.saves.current.connection === 'disconnected', { message: 'Jānis to be offline' });
    janis.appendParagraph('Written on the coach');
    lucia.appendParagraph('Written at school meanwhile');
    expect(janis.saves.current).toEqual({ connection: 'disconnected', pending: true });
    await lucia.saves.whenSaved();
    expect(lucia.text()).not.toContain('Written on the coach');

    janis.provider.connect();
    await janis.saves.whenSaved();
    await waitFor(() => lucia.text().includes('Written on the coach'), { message: 'Lucía to get the offline line' });
    expect(janis.text()).toContain('Written at school meanwhile');
    expect(janis.text()).toBe(lucia.text());
    const stored = await readStoredText(server.dataDir, item.docId);
    expect(stored).toContain('Written on the coach');
    expect(stored).toContain('Written at school meanwhile');
  });

  it('keeps writing through a server restart and sends it all when the server is back', async () => {
    server = await startTestServer();
    const { client: janis, item } = await join(server, 'janis');
    const port = Number(new URL(server.url).port);

    await server.close();
    await waitFor(() => janis.saves.current.connection !== 'connected', { message: 'Jānis to notice the server is gone' });
    janis.appendParagraph('Written while the server was down');
    expect(janis.saves.current.pending).toBe(true);

    // Same data, same address: the provider reconnects on its own.
    restarted = await startKopaServer({ ...server.config, port });
    await janis.saves.whenSaved();
    expect(janis.saves.current.connection).toBe('connected');
    const { client: lucia } = await join(restarted, 'lucia');
    await waitFor(() => lucia.text().includes('Written while the server was down'), { message: 'Lucía to read it after the restart' });
    await restarted.close();
    restarted = undefined;
    expect(await readStoredText(server.dataDir, item.docId)).toContain('Written while the server was down');
  });

  it('refuses edits made offline once a teacher has locked the item, and the pupil keeps them on the device', async () => {
    server = await startTestServer();
    const { client: janis, item } = await join(server, 'janis');
    const ilze = await login(server.url, 'ilze');

    janis.provider.disconnect();
    janis.appendParagraph('Typed offline before the lock');
    const locked = await sendJson(server.url, 'PATCH', `/api/items/${item.id}`, { cookie: ilze.cookie, body: { locked: true } });
    expect(locked.status).toBe(200);

    janis.provider.connect();
    const closedWith = await new Promise<number>((resolve) => janis.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
    expect(closedWith).toBe(CLOSE_CODES.refusedEdits);
    // Never forced in, never silently dropped: still pending, still in the pupil's copy to give back.
    expect(janis.saves.current.pending).toBe(true);
    expect(janis.text()).toContain('Typed offline before the lock');
    await server.registry.queue.idle();
    expect(await readStoredText(server.dataDir, item.docId)).not.toContain('Typed offline before the lock');

    // Unlocked again, the same copy is still turned away: a fresh copy is the way back.
    await sendJson(server.url, 'PATCH', `/api/items/${item.id}`, { cookie: ilze.cookie, body: { locked: false } });
    janis.provider.connect();
    const again = await new Promise<number>((resolve) => janis.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
    expect(again).toBe(CLOSE_CODES.refusedEdits);
    expect(await readStoredText(server.dataDir, item.docId)).not.toContain('Typed offline before the lock');
  });
});
