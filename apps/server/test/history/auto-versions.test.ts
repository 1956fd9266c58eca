import type { VersionDetail } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@kopa/testkit';
import { getJson, login, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { isStored } from '../support/edit-probe.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { listVersions, nameVersion, newTeamItem } from './history-fixture.js';

const contentText = (detail: VersionDetail) => JSON.stringify(detail.content);

describe('automatic versions during long work', () => {
  let server: TestServer;
  let janis: LoggedIn;

  beforeAll(async () => {
    server = await startTestServer({ autoVersionIntervalMs: 300 });
    janis = await login(server.url, 'janis');
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('takes an automatic version once the first unversioned change is an interval old, while the writer stays', async () => {
    const item = await newTeamItem(server, janis.cookie, 'A long session');
    const writer = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    try {
      await writer.synced();
      const startedAt = Date.now();
      writer.appendParagraph('Minute one.');
      await waitFor(() => isStored(server, item.docId, 'Minute one.'), { message: 'the first change to be stored' });
      expect(await listVersions(server, item.id, janis.cookie)).toEqual([]);

      const [auto] = await waitFor(async () => {
        const versions = await listVersions(server, item.id, janis.cookie);
        return versions.length > 0 ? versions : null;
      }, { message: 'an automatic version' });
      expect(auto).toMatchObject({ kind: 'auto', name: '', createdBy: null });
      expect(auto!.createdAt - startedAt).toBeGreaterThanOrEqual(300);
      const { body } = await getJson<VersionDetail>(server.url, `/api/items/${item.id}/versions/${auto!.id}`, janis.cookie);
      expect(contentText(body)).toContain('Minute one.');

      // Next stretch of work: one more automatic version with the new text.
      writer.appendParagraph('Minute two.');
      const second = await waitFor(async () => (await listVersions(server, item.id, janis.cookie)).find((version) => version.id !== auto!.id), {
        message: 'a second automatic version',
      });
      const { body: secondBody } = await getJson<VersionDetail>(server.url, `/api/items/${item.id}/versions/${second.id}`, janis.cookie);
      expect(contentText(secondBody)).toContain('Minute two.');
    } finally {
      writer.destroy();
    }
  });
});

describe('automatic versions when the last writer leaves', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let lucia: LoggedIn;

  beforeAll(async () => {
    // The interval is long: only leaving can trigger a version here.
    server = await startTestServer();
    [janis, lucia] = await Promise.all([login(server.url, 'janis'), login(server.url, 'lucia')]);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('keeps a version when the last of several writers leaves a changed document, not before', async () => {
    const item = await newTeamItem(server, janis.cookie, 'Written together');
    const first = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    const second = connectCollabClient(server.url, item.docId, { cookie: lucia.cookie });
    await Promise.all([first.synced(), second.synced()]);
    first.appendParagraph('Jānis was here.');
    await waitFor(() => second.text().includes('Jānis was here.'), { message: 'Lucía to see the line' });

    first.destroy();
    // The server closes a connection before it counts it gone.
    await waitFor(() => server.collab.connectionCount === 1, { message: 'the server to see Jānis leave' });
    // Lucía is still writing: one leaving is not the end of the session.
    second.appendParagraph('Lucía too.');
    await waitFor(() => isStored(server, item.docId, 'Lucía too.'), { message: 'Lucía’s line to be stored' });
    expect(await listVersions(server, item.id, janis.cookie)).toEqual([]);

    second.destroy();
    const [auto] = await waitFor(async () => {
      const versions = await listVersions(server, item.id, janis.cookie);
      return versions.length > 0 ? versions : null;
    }, { message: 'the version kept when the last writer left' });
    expect(auto!.kind).toBe('auto');
    const { body } = await getJson<VersionDetail>(server.url, `/api/items/${item.id}/versions/${auto!.id}`, janis.cookie);
    expect(contentText(body)).toContain('Lucía too.');
  });

  it('adds no automatic version equal to the one just named', async () => {
    const item = await newTeamItem(server, janis.cookie, 'Named then left');
    const writer = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    await writer.synced();
    writer.appendParagraph('Finished.');
    await waitFor(() => isStored(server, item.docId, 'Finished.'), { message: 'the line to be stored' });
    const named = await nameVersion(server, item.id, janis.cookie, 'Final');
    writer.destroy();
    await waitFor(() => server.collab.connectionCount === 0, { message: 'the server to see Jānis leave' });

    expect((await listVersions(server, item.id, janis.cookie)).map((version) => version.id)).toEqual([named.id]);
  });
});
