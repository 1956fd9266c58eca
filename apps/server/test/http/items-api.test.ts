import { CLOSE_CODES, type ItemSummary, type SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { connectControlClient, connected } from '../support/control-client.js';
import { readStoredText } from '../support/stored-document.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('items: rename, reorder, archive, delete and restore', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let lucia: LoggedIn;
  let carmen: LoggedIn;
  let guest: LoggedIn;

  const send = (method: string, path: string, who: LoggedIn, body?: unknown) =>
    fetch(`${server.url}/api${path}`, {
      method,
      headers: { cookie: who.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const spaceNamed = async (who: LoggedIn, title: string) =>
    (await getJson<SpaceSummary[]>(server.url, '/api/spaces', who.cookie)).body.find((space) => space.title === title)!;
  const newDocument = async (who: LoggedIn, title: string) =>
    (await (await send('POST', `/spaces/${(await spaceNamed(who, 'Welcome')).id}/items`, who, { title })).json()) as ItemSummary;

  beforeAll(async () => {
    server = await startTestServer();
    [janis, lucia, carmen, guest] = await Promise.all([
      login(server.url, 'janis'),
      login(server.url, 'lucia'),
      login(server.url, 'carmen'),
      login(server.url, 'guest'),
    ]);
  });
  afterAll(() => server?.stop());

  it('team members rename their items; others may not', async () => {
    const item = await newDocument(janis, 'Draft');
    const renamed = await send('PATCH', `/items/${item.id}`, lucia, { title: 'Our recipes' });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ title: 'Our recipes', canEdit: true });
    expect((await send('PATCH', `/items/${item.id}`, guest, { title: 'Guest title' })).status).toBe(403);
    expect((await send('PATCH', `/items/${item.id}`, janis, {})).status).toBe(400);

    const partnershipSpace = await spaceNamed(janis, 'Together in our diversity');
    expect((await send('POST', `/spaces/${partnershipSpace.id}/items`, janis, { title: 'Not here' })).status).toBe(403);
  });

  it('reorders the items of a space', async () => {
    const first = await newDocument(janis, 'First');
    const second = await newDocument(janis, 'Second');
    const space = await spaceNamed(janis, 'Welcome');
    const response = await send('POST', `/spaces/${space.id}/items/order`, janis, { itemIds: [second.id, first.id] });
    expect(response.status).toBe(200);
    const titles = ((await response.json()) as SpaceSummary).items.map((item) => item.title);
    expect(titles.slice(0, 2)).toEqual(['Second', 'First']);
    const stranger = await send('POST', `/spaces/${space.id}/items/order`, janis, { itemIds: ['nope'] });
    expect(stranger.status).toBe(400);
    expect(await stranger.json()).toMatchObject({ field: 'itemIds', problem: { kind: 'not_in_partnership' } });
  });

  it('archiving makes an open document read-only within 2 s, and unarchiving gives writing back', async () => {
    const item = await newDocument(janis, 'To be archived');
    const writer = connectCollabClient(server.url, item.docId, { cookie: lucia.cookie });
    const watcher = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    const control = connectControlClient(server.url, { cookie: lucia.cookie });
    try {
      await Promise.all([writer.synced(), watcher.synced(), connected(control)]);
      writer.appendParagraph('Before the archive');
      await waitFor(async () => (await readStoredText(server.dataDir, item.docId)).includes('Before the archive'));
      const told = new Promise<void>((resolve) => control.once('access:changed', () => resolve()));

      const archived = await send('PATCH', `/items/${item.id}`, janis, { archived: true });
      expect(await archived.json()).toMatchObject({ archived: true, canEdit: false });
      const started = Date.now();
      await told;
      // What Lucía's editor sends now is refused at once (4409): her page must start again from
      // the server's copy, keeping her text to copy, rather than think it was saved.
      const closed = new Promise<number>((resolve) => writer.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
      writer.appendParagraph('After the archive');
      expect(await closed).toBe(CLOSE_CODES.refusedEdits);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(writer.saves.current.pending).toBe(true);
      expect((await send('PATCH', `/items/${item.id}`, janis, { title: 'Renamed while archived' })).status).toBe(403);
      await server.registry.queue.idle();
      expect(await readStoredText(server.dataDir, item.docId)).not.toContain('After the archive');
      expect(watcher.text()).not.toContain('After the archive');

      await send('PATCH', `/items/${item.id}`, janis, { archived: false });
      // Had the old editor reconnected, its refused paragraph would still not get in.
      writer.provider.connect();
      const again = await new Promise<number>((resolve) => writer.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
      expect(again).toBe(CLOSE_CODES.refusedEdits);
      const fresh = connectCollabClient(server.url, item.docId, { cookie: lucia.cookie });
      try {
        await fresh.synced();
        fresh.appendParagraph('Unarchived again');
        await waitFor(async () => (await readStoredText(server.dataDir, item.docId)).includes('Unarchived again'), {
          message: 'writing to work again',
        });
        expect(await readStoredText(server.dataDir, item.docId)).not.toContain('After the archive');
      } finally {
        fresh.destroy();
      }
    } finally {
      writer.destroy();
      watcher.destroy();
      control.disconnect();
    }
  });

  it('deleting closes open connections (4403); only a teacher restores it from the bin', async () => {
    const item = await newDocument(janis, 'To be deleted');
    const reader = connectCollabClient(server.url, item.docId, { cookie: carmen.cookie });
    try {
      await reader.synced();
      const closedWith = new Promise<number>((resolve) => reader.provider.ws?.addEventListener('close', (event) => resolve(event.code)));
      expect((await send('DELETE', `/items/${item.id}`, lucia)).status).toBe(204);
      expect(await closedWith).toBe(CLOSE_CODES.accessRevoked);
    } finally {
      reader.destroy();
    }
    expect((await getJson(server.url, `/api/items/${item.id}`, janis.cookie)).status).toBe(404);

    const space = await spaceNamed(janis, 'Welcome');
    expect((await getJson(server.url, `/api/spaces/${space.id}/bin`, janis.cookie)).status).toBe(403);
    const bin = await getJson<ItemSummary[]>(server.url, `/api/spaces/${space.id}/bin`, carmen.cookie);
    expect(bin.body.map((entry) => entry.title)).toContain('To be deleted');

    expect((await send('POST', `/items/${item.id}/restore`, janis)).status).toBe(403);
    const restored = await send('POST', `/items/${item.id}/restore`, carmen);
    expect(restored.status).toBe(200);
    expect((await send('POST', `/items/${item.id}/restore`, carmen)).status).toBe(409);
    expect((await getJson(server.url, `/api/items/${item.id}`, janis.cookie)).status).toBe(200);
  });
});
