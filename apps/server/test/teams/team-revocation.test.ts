import type { ItemSummary, SpaceSummary, Team } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { isStored, writerFlushed } from '../support/edit-probe.js';

/**
 * The revocation promise: a pupil taken out of a team while writing in its
 * document can no longer change it within 2 s, and reconnecting does not bring the
 * right back. Putting her back in the team does.
 */
describe('removing a pupil from a team while she is connected', () => {
  let server: TestServer;
  let carmen: LoggedIn;
  let janis: LoggedIn;
  let lucia: LoggedIn;
  let team: Team;
  let item: ItemSummary;
  const clients: CollabClient[] = [];

  const connect = (who: LoggedIn) => {
    const client = connectCollabClient(server.url, item.docId, { cookie: who.cookie });
    clients.push(client);
    return client;
  };
  const setMembers = async (memberIds: string[]) => {
    const response = await sendJson<Team>(server.url, 'PATCH', `/api/teams/${team.id}`, { cookie: carmen.cookie, body: { memberIds } });
    expect(response.status).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    server = await startTestServer();
    [carmen, janis, lucia] = await Promise.all([login(server.url, 'carmen'), login(server.url, 'janis'), login(server.url, 'lucia')]);
    const pid = carmen.me.partnershipId!;
    team = (
      await sendJson<Team>(server.url, 'POST', `/api/partnerships/${pid}/teams`, {
        cookie: carmen.cookie,
        body: { name: 'Storytellers', memberIds: [janis.me.id, lucia.me.id] },
      })
    ).body;
    item = (await sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${team.spaceId}/items`, { cookie: lucia.cookie, body: { title: 'Our story' } }))
      .body;
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.stop();
  });

  it('her edits stop within 2 s, stay off the disk and away from others; reconnecting stays read-only; re-adding restores writing', async () => {
    const writer = connect(lucia);
    const watcher = connect(janis);
    await Promise.all([writer.synced(), watcher.synced()]);
    writer.appendParagraph('Lucía writes while in the team');
    await waitFor(() => watcher.text().includes('Lucía writes while in the team'), { message: 'her edit to reach Jānis' });
    expect(await isStored(server, item.docId, 'Lucía writes while in the team')).toBe(true);

    // Carmen takes her out; she keeps typing.
    const removedAt = Date.now();
    expect((await setMembers([janis.me.id])).memberIds).toEqual([janis.me.id]);
    writer.appendParagraph('Lucía writes after leaving');
    await writerFlushed(writer, watcher);
    expect(Date.now() - removedAt).toBeLessThan(2000);
    // Jānis's own edits still travel, and hers never arrive.
    watcher.appendParagraph('Jānis goes on writing');
    await waitFor(() => isStored(server, item.docId, 'Jānis goes on writing'), { message: 'Jānis’s edit to be stored' });
    expect(watcher.text()).not.toContain('Lucía writes after leaving');
    expect(await isStored(server, item.docId, 'Lucía writes after leaving')).toBe(false);

    // A fresh connection with the same session is read-only from the start.
    writer.destroy();
    const again = connect(lucia);
    await again.synced();
    await waitFor(() => again.text().includes('Jānis goes on writing'), { message: 'the reconnected client to read the document' });
    again.appendParagraph('Lucía tries again after reconnecting');
    await writerFlushed(again, watcher);
    expect(watcher.text()).not.toContain('Lucía tries again');
    expect(await isStored(server, item.docId, 'Lucía tries again')).toBe(false);
    const space = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', lucia.cookie)).body.find((s) => s.id === team.spaceId);
    expect(space).toMatchObject({ canEdit: false, mine: false });
    again.destroy();

    // Back in the team: a new connection writes again.
    await setMembers([janis.me.id, lucia.me.id]);
    const back = connect(lucia);
    await back.synced();
    back.appendParagraph('Lucía is back in the team');
    await waitFor(() => watcher.text().includes('Lucía is back in the team'), { message: 'her edit after re-adding to reach Jānis' });
    expect(await isStored(server, item.docId, 'Lucía is back in the team')).toBe(true);
    expect(await isStored(server, item.docId, 'Lucía writes after leaving')).toBe(false);
  });
});
