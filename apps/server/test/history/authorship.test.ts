import type { DocumentAuthor, ItemSummary } from '@kopa/protocol';
import { authorshipRuns, bindHeadlessEditor, editorSettled } from '@kopa/editor';
import { $getRoot, $isElementNode } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitFor } from '@kopa/testkit';
import { getJson, login, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { isStored } from '../support/edit-probe.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { newTeamItem, typeInFirstParagraph } from './history-fixture.js';

describe('who wrote what', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let lucia: LoggedIn;
  let giulia: LoggedIn;
  let item: ItemSummary;
  let janisClient: CollabClient;
  let luciaClient: CollabClient;

  const authors = async () => {
    const { status, body } = await getJson<DocumentAuthor[]>(server.url, `/api/items/${item.id}/authors`, janis.cookie);
    expect(status).toBe(200);
    return body;
  };

  beforeAll(async () => {
    server = await startTestServer();
    [janis, lucia, giulia] = await Promise.all([login(server.url, 'janis'), login(server.url, 'lucia'), login(server.url, 'giulia')]);
    item = await newTeamItem(server, janis.cookie, 'Who wrote this?', 'post');
    janisClient = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    luciaClient = connectCollabClient(server.url, item.docId, { cookie: lucia.cookie });
    await Promise.all([janisClient.synced(), luciaClient.synced()]);
    await waitFor(() => luciaClient.editor.getEditorState().read(() => $getRoot().getChildrenSize() === 1), {
      message: 'Lucía’s editor to show the first paragraph',
    });
  });

  afterAll(async () => {
    janisClient?.destroy();
    luciaClient?.destroy();
    await server?.stop();
  });

  it('maps each writer’s client id to them, most visible text first', async () => {
    typeInFirstParagraph(luciaClient, 'Hola, ');
    await waitFor(() => janisClient.text().includes('Hola, '), { message: 'Jānis to see Lucía’s words' });
    typeInFirstParagraph(janisClient, 'labdien, and good morning to everyone!');
    await waitFor(() => luciaClient.text().includes('good morning'), { message: 'Lucía to see Jānis’s words' });
    await waitFor(() => isStored(server, item.docId, 'good morning'), { message: 'both to be stored' });

    // Both wrote in one paragraph: the runs alternate between their client ids.
    const runs = authorshipRuns(luciaClient.doc)[0]!.runs;
    expect(runs).toEqual([
      { text: 'Hola, ', clientId: luciaClient.doc.clientID },
      { text: 'labdien, and good morning to everyone!', clientId: janisClient.doc.clientID },
    ]);

    const people = await authors();
    expect(people.map((person) => person.userId)).toEqual([janis.me.id, lucia.me.id]);
    expect(people[0]).toMatchObject({ displayName: janis.me.displayName, clientIds: [janisClient.doc.clientID] });
    expect(people[0]!.schoolName).toBeTruthy();
    expect(people[1]).toMatchObject({ displayName: lucia.me.displayName, clientIds: [luciaClient.doc.clientID] });
  });

  it('refuses words written under someone else’s client id: nobody can write in another’s name', async () => {
    // Jānis writes from a second tab, then closes it. (A live Yjs client that sees its own id
    // used by someone else takes a new one; a closed tab's id is the one a forger would take.)
    const janisTab = connectCollabClient(server.url, item.docId, { cookie: janis.cookie });
    await janisTab.synced();
    janisTab.appendParagraph('Written in a second tab.');
    await waitFor(() => isStored(server, item.docId, 'second tab'), { message: 'the second tab’s words to be stored' });
    const stolenId = janisTab.doc.clientID;
    janisTab.destroy();

    const tampered = connectCollabClient(server.url, item.docId, { cookie: giulia.cookie });
    try {
      await tampered.synced();
      const closed = new Promise<void>((resolve) => tampered.provider.once('connection-close', () => resolve()));
      // Giulia's tampered client writes under that client id, continuing its clock.
      const forged = new Y.Doc();
      const forger = bindHeadlessEditor(forged);
      Y.applyUpdate(forged, Y.encodeStateAsUpdate(tampered.doc));
      await editorSettled(forger);
      forged.clientID = stolenId;
      forger.editor.update(
        () => {
          const first = $getRoot().getFirstChild();
          if (!$isElementNode(first)) throw new Error('no first paragraph');
          first.selectEnd().insertText(' Giulia says ciao.');
        },
        { discrete: true },
      );
      // Sent over Giulia's own connection: the server closes it and keeps nothing of it.
      Y.applyUpdate(tampered.doc, Y.encodeStateAsUpdate(forged, Y.encodeStateVector(tampered.doc)));
      forger.dispose();
      await closed;
    } finally {
      tampered.destroy();
    }

    // Her honest client writes, and is credited; the forged words never reached anyone.
    const giuliaClient = connectCollabClient(server.url, item.docId, { cookie: giulia.cookie });
    try {
      await giuliaClient.synced();
      await waitFor(() => giuliaClient.text().includes('second tab'), { message: 'Giulia’s editor to load' });
      typeInFirstParagraph(giuliaClient, ' Ciao!');
      await waitFor(() => isStored(server, item.docId, 'Ciao!'), { message: 'Giulia’s own words to be stored' });
      expect(await isStored(server, item.docId, 'Giulia says ciao.')).toBe(false);
      expect(janisClient.text()).not.toContain('Giulia says ciao.');
      const after = await authors();
      expect(after.find((person) => person.userId === giulia.me.id)!.clientIds).toEqual([giuliaClient.doc.clientID]);
      expect(after.find((person) => person.userId === janis.me.id)!.clientIds).toEqual([janisClient.doc.clientID, stolenId]);
    } finally {
      giuliaClient.destroy();
    }
  });
});
