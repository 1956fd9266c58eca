import type { ApiError, ItemDetail, ItemSummary, SpaceSummary } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitFor } from '@kopa/testkit';

describe('spaces API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('lists the spaces a user may see, with their documents and what the user may do', async () => {
    const { cookie } = await login(server.url, 'janis');
    const { status, body } = await getJson<SpaceSummary[]>(server.url, '/api/spaces', cookie);
    expect(status).toBe(200);
    expect(body.map((space) => [space.kind, space.title, space.canEdit, space.mine])).toEqual([
      ['partnership', 'Together in our diversity', false, true],
      ['mobility', 'Visit to Gijón', true, true],
      ['mobility', 'Visit to Salerno', true, true],
      ['team', 'Welcome', true, true],
    ]);
    const welcome = body.find((space) => space.title === 'Welcome')!;
    expect(welcome).toMatchObject({ partnershipId: expect.any(String), teamId: expect.any(String), canManage: false });
    expect(welcome.items).toEqual([
      {
        id: expect.any(String),
        type: 'doc',
        title: 'Our first words',
        docId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        canEdit: true,
        archived: false,
        locked: false,
        language: '',
      },
    ]);
  });

  it('a pupil of the host school does not write in the diary of the visit to their own town', async () => {
    const { cookie } = await login(server.url, 'lucia');
    const { body } = await getJson<SpaceSummary[]>(server.url, '/api/spaces', cookie);
    expect(body.find((space) => space.title === 'Visit to Gijón')).toMatchObject({ canEdit: false, mine: false });
  });

  it('tells the guest everything is read-only', async () => {
    const { cookie } = await login(server.url, 'guest');
    const { body } = await getJson<SpaceSummary[]>(server.url, '/api/spaces', cookie);
    expect(body.every((space) => !space.canEdit && space.items.every((item) => !item.canEdit))).toBe(true);
    expect(body.flatMap((space) => space.items).map((item) => item.title)).toContain('Our first words');
  });

  it('requires a session', async () => {
    expect((await getJson<ApiError>(server.url, '/api/spaces')).status).toBe(401);
  });

  it('creates a document that opens with one empty paragraph', async () => {
    const { cookie } = await login(server.url, 'lucia');
    const space = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', cookie)).body.find((s) => s.title === 'Welcome');
    const response = await fetch(`${server.url}/api/spaces/${space!.id}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ title: '  Recipes from Gijón  ' }),
    });
    expect(response.status).toBe(201);
    const item = (await response.json()) as ItemSummary;
    expect(item).toMatchObject({ type: 'doc', title: 'Recipes from Gijón', canEdit: true, archived: false });

    const detail = await getJson<ItemDetail>(server.url, `/api/items/${item.id}`, cookie);
    expect(detail.body.space).toEqual({ id: space!.id, title: 'Welcome', kind: 'team' });

    const client = connectCollabClient(server.url, item.docId, { cookie });
    try {
      await client.synced();
      await waitFor(() => client.editor.getEditorState().toJSON().root.children.length === 1);
      client.appendParagraph('Fabada');
      await waitFor(() => client.text().includes('Fabada'));
    } finally {
      client.destroy();
    }
  });

  it('refuses creation by a read-only member and explains bad titles', async () => {
    const guest = await login(server.url, 'guest');
    const space = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', guest.cookie)).body.find((s) => s.title === 'Welcome');
    const create = (cookie: string, body: unknown) =>
      fetch(`${server.url}/api/spaces/${space!.id}/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
    expect((await create(guest.cookie, { title: 'Nope' })).status).toBe(403);
    const teacher = await login(server.url, 'marco');
    const empty = await create(teacher.cookie, { title: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ field: 'title' });
    const sheet = await create(teacher.cookie, { title: 'Later', type: 'sheet' });
    expect(sheet.status).toBe(400);
    expect(await sheet.json()).toMatchObject({ field: 'type' });
  });

  it('answers 404 for spaces and items that do not exist', async () => {
    const { cookie } = await login(server.url, 'ilze');
    expect((await getJson(server.url, '/api/spaces/nope', cookie)).status).toBe(404);
    expect((await getJson(server.url, '/api/items/nope', cookie)).status).toBe(404);
  });
});
