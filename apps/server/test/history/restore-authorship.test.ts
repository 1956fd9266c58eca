import type { DocumentAuthor, ItemSummary, PostDetail, VersionDetail, VersionSummary } from '@kopa/protocol';
import { authorshipRuns, readDocumentContent } from '@kopa/editor';
import { $getRoot } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitFor } from '@kopa/testkit';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { isStored, writerFlushed } from '../support/edit-probe.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { listVersions, nameVersion, newTeamItem, typeInFirstParagraph } from './history-fixture.js';

describe('a teacher restoring the pupils’ version', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let lucia: LoggedIn;
  let carmen: LoggedIn;
  let item: ItemSummary;
  const clients: CollabClient[] = [];

  const connect = async (who: LoggedIn) => {
    const client = connectCollabClient(server.url, item.docId, { cookie: who.cookie });
    clients.push(client);
    await client.synced();
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer();
    [janis, lucia, carmen] = await Promise.all([login(server.url, 'janis'), login(server.url, 'lucia'), login(server.url, 'carmen')]);
    item = await newTeamItem(server, janis.cookie, 'The harbour', 'post');
  });

  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    await server?.stop();
  });

  it('keeps the pupils’ credit, leaves unchanged blocks as they were and keeps the text from just before', async () => {
    const [janisClient, luciaClient, carmenClient] = await Promise.all([connect(janis), connect(lucia), connect(carmen)]);
    await waitFor(() => luciaClient.editor.getEditorState().read(() => $getRoot().getChildrenSize() === 1), {
      message: 'the first paragraph to reach Lucía',
    });
    typeInFirstParagraph(janisClient, 'Our class went to the harbour.');
    await waitFor(() => luciaClient.text().includes('harbour'), { message: 'Lucía to see Jānis’s sentence' });
    luciaClient.appendParagraph('We saw the big ships leave.');
    await waitFor(() => janisClient.text().includes('ships'), { message: 'Jānis to see Lucía’s sentence' });
    janisClient.appendParagraph('Then we ate fish soup.');
    await waitFor(() => isStored(server, item.docId, 'fish soup'), { message: 'the pupils’ text to be stored' });
    const draft = await nameVersion(server, item.id, janis.cookie, 'Pupils’ draft');
    const { body: draftDetail } = await getJson<VersionDetail>(server.url, `/api/items/${item.id}/versions/${draft.id}`, carmen.cookie);

    // Carmen removes both sentences after the first and writes a note of her own.
    await waitFor(() => carmenClient.text().includes('fish soup'), { message: 'Carmen to see the draft' });
    carmenClient.editor.update(
      () => {
        $getRoot().getChildAtIndex(2)?.remove();
        $getRoot().getChildAtIndex(1)?.remove();
      },
      { discrete: true },
    );
    carmenClient.appendParagraph('Teacher’s note: say more about the ships.');
    await waitFor(() => isStored(server, item.docId, 'Teacher’s note'), { message: 'Carmen’s change to be stored' });
    const firstBlockRuns = authorshipRuns(carmenClient.doc)[0]!.runs;
    expect(firstBlockRuns.map((run) => run.clientId)).not.toContain(carmenClient.doc.clientID);

    // Lucía types just before the restore: the server has it, maybe not yet on disk.
    luciaClient.appendParagraph('One more idea.');
    await writerFlushed(luciaClient, carmenClient);
    const restored = await sendJson<VersionSummary>(server.url, 'POST', `/api/items/${item.id}/versions/${draft.id}/restore`, {
      cookie: carmen.cookie,
    });
    expect(restored.status).toBe(201);
    expect(restored.body).toMatchObject({ kind: 'restored', name: 'Pupils’ draft', sourceVersionId: draft.id });

    // One step kept the text as it was, then brought the draft back.
    const versions = await listVersions(server, item.id, carmen.cookie);
    expect(versions.map((version) => version.kind).slice(0, 3)).toEqual(['restored', 'before_restore', 'named']);
    const kept = versions[1]!;
    expect(kept).toMatchObject({ name: '', createdBy: { userId: carmen.me.id } });
    const { body: keptDetail } = await getJson<VersionDetail>(server.url, `/api/items/${item.id}/versions/${kept.id}`, carmen.cookie);
    expect(JSON.stringify(keptDetail.content)).toContain('One more idea.');
    expect(JSON.stringify(keptDetail.content)).toContain('Teacher’s note');

    await waitFor(() => janisClient.text() === 'Our class went to the harbour.\n\nWe saw the big ships leave.\n\nThen we ate fish soup.', {
      message: `Jānis to see the draft again: ${JSON.stringify(janisClient.text())}`,
    });
    expect(await readDocumentContent(Y.encodeStateAsUpdate(janisClient.doc))).toEqual(draftDetail.content);

    // The untouched first paragraph is still the same Yjs text, by the same clients.
    const blocks = authorshipRuns(janisClient.doc);
    expect(blocks[0]!.runs).toEqual(firstBlockRuns);

    // Each block brought back is credited to its pupil, none to Carmen.
    const { body: authors } = await getJson<DocumentAuthor[]>(server.url, `/api/items/${item.id}/authors`, carmen.cookie);
    const ownerOf = (clientId: number) => authors.find((author) => author.clientIds.includes(clientId))?.userId;
    expect(blocks.map((block) => block.runs.map((run) => ownerOf(run.clientId)))).toEqual([[janis.me.id], [lucia.me.id], [janis.me.id]]);
    expect(authors.slice(0, 2).map((author) => author.userId).sort()).toEqual([janis.me.id, lucia.me.id].sort());

    const { body: post } = await getJson<PostDetail>(server.url, `/api/posts/${item.id}`, carmen.cookie);
    expect(post.credits.map((credit) => credit.userId)).toEqual([janis.me.id, lucia.me.id]);
  });
});
