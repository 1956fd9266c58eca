import type { ItemSummary, VersionDetail, VersionSummary } from '@kopa/protocol';
import { readDocumentContent } from '@kopa/editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitFor } from '@kopa/testkit';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { isStored } from '../support/edit-probe.js';
import { readStoredText } from '../support/stored-document.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { listVersions, nameVersion, newTeamItem, replaceWord } from './history-fixture.js';

const stateVector = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc));

/** Nothing was taken back: every client's clock is where it was or further. */
function onlyGrew(before: Map<number, number>, after: Map<number, number>): boolean {
  return [...before].every(([client, clock]) => (after.get(client) ?? -1) >= clock);
}

describe('restoring a version', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let lucia: LoggedIn;
  let item: ItemSummary;
  let janisClient: CollabClient;
  let luciaClient: CollabClient;

  beforeAll(async () => {
    server = await startTestServer();
    [janis, lucia] = await Promise.all([login(server.url, 'janis'), login(server.url, 'lucia')]);
    item = await newTeamItem(server, janis.cookie, 'A rainy day', 'post');
    janisClient = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    luciaClient = connectCollabClient(server.url, item.docId, { cookie: lucia.cookie });
    await Promise.all([janisClient.synced(), luciaClient.synced()]);
  });

  afterAll(async () => {
    janisClient?.destroy();
    luciaClient?.destroy();
    await server?.stop();
  });

  it('brings the version back as a new change every connected writer sees at once, rewinding nothing', async () => {
    janisClient.appendParagraph('We walked to the harbour.');
    await waitFor(() => luciaClient.text().includes('harbour'), { message: 'Lucía to see the first sentence' });
    await waitFor(() => isStored(server, item.docId, 'harbour'), { message: 'the first sentence to be stored' });
    const versionN = await nameVersion(server, item.id, janis.cookie, 'Before the rain');
    const { body: versionContent } = await getJson<VersionDetail>(server.url, `/api/items/${item.id}/versions/${versionN.id}`, janis.cookie);

    // Lucía keeps writing after version N: changes a word and adds a paragraph.
    replaceWord(luciaClient, 'harbour', 'beach');
    luciaClient.appendParagraph('Then it rained all day.');
    await waitFor(() => janisClient.text().includes('rained all day') && janisClient.text().includes('beach'), {
      message: 'Jānis to see Lucía’s changes',
    });
    await waitFor(() => isStored(server, item.docId, 'rained all day'), { message: 'Lucía’s changes to be stored' });
    const before = stateVector(luciaClient.doc);

    const restored = await sendJson<VersionSummary>(server.url, 'POST', `/api/items/${item.id}/versions/${versionN.id}/restore`, {
      cookie: janis.cookie,
    });
    expect(restored.status).toBe(201);
    expect(restored.body).toMatchObject({ kind: 'restored', name: 'Before the rain', createdBy: { userId: janis.me.id } });

    // Lucía, connected all along, sees version N again without reloading.
    await waitFor(() => luciaClient.text() === '\n\nWe walked to the harbour.', {
      message: `Lucía to see version N: ${JSON.stringify(luciaClient.text())}`,
    });
    expect(await readDocumentContent(Y.encodeStateAsUpdate(luciaClient.doc))).toEqual(versionContent.content);
    // It is a change on top: her state vector only grew, and it is on disk.
    expect(onlyGrew(before, stateVector(luciaClient.doc))).toBe(true);
    expect(stateVector(luciaClient.doc).size).toBeGreaterThan(before.size);
    const stored = await readStoredText(server.dataDir, item.docId);
    expect(stored).toContain('harbour');
    expect(stored).not.toContain('rained');

    // The restored version holds the same content, and is the newest.
    const [newest] = await listVersions(server, item.id, janis.cookie);
    expect(newest!.id).toBe(restored.body.id);
    const restoredPath = `/api/items/${item.id}/versions/${restored.body.id}`;
    const { body: restoredDetail } = await getJson<VersionDetail>(server.url, restoredPath, lucia.cookie);
    expect(restoredDetail.content).toEqual(versionContent.content);

    // Writing goes on as usual after the restore.
    luciaClient.appendParagraph('The sun came back.');
    await waitFor(() => janisClient.text().includes('The sun came back.'), { message: 'Jānis to see Lucía write after the restore' });
  });

  it('restores a document nobody has open, leaving an unnamed version unnamed', async () => {
    const quiet = await newTeamItem(server, janis.cookie, 'A quiet page');
    const writer = connectCollabClient(server.url, quiet.docId, { cookie: lucia.cookie });
    await writer.synced();
    writer.appendParagraph('Only this line.');
    await waitFor(() => isStored(server, quiet.docId, 'Only this line.'), { message: 'the line to be stored' });
    writer.destroy();
    // The last writer left a changed document: an automatic version holds "Only this line."
    const auto = await waitFor(async () => (await listVersions(server, quiet.id, janis.cookie)).find((version) => version.kind === 'auto'), {
      message: 'the automatic version taken when Lucía left',
    });

    const later = connectCollabClient(server.url, quiet.docId, { cookie: lucia.cookie });
    await later.synced();
    later.appendParagraph('A line to take back.');
    await waitFor(() => isStored(server, quiet.docId, 'take back'), { message: 'the second line to be stored' });
    later.destroy();
    await waitFor(() => server.collab.connectionCount === 2, { message: 'the server to see Lucía leave' });

    const restorePath = `/api/items/${quiet.id}/versions/${auto.id}/restore`;
    const restored = await sendJson<VersionSummary>(server.url, 'POST', restorePath, { cookie: janis.cookie });
    expect(restored.status).toBe(201);
    // No machine-made name: the web says in the reader's language which version came back.
    expect(restored.body).toMatchObject({ name: '', sourceVersionId: auto.id });
    // Releasing the document afterwards adds no automatic copy of the restored version.
    expect((await listVersions(server, quiet.id, janis.cookie)).map((version) => version.kind)).toEqual(['restored', 'auto', 'auto']);
    const text = await readStoredText(server.dataDir, quiet.docId);
    expect(text).toContain('Only this line.');
    expect(text).not.toContain('take back');
  });
});
