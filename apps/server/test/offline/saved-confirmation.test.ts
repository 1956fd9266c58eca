import { $getRoot } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { firstWords, login } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { slowAppends } from '../support/slow-document-store.js';
import { readStoredDocument, readStoredText } from '../support/stored-document.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { changesDocument } from '../../src/collab/update-novelty.js';
import { waitFor } from '@kopa/testkit';

/** "Saved" means the server has the change on disk: never only "sent". */
describe('the saved confirmation', () => {
  let server: TestServer | undefined;
  const clients: CollabClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.stop();
    server = undefined;
  });

  async function open(username: string, decorate = slowAppends(0)) {
    server ??= await startTestServer({}, { decorateStore: decorate });
    const { cookie } = await login(server.url, username);
    const docId = (await firstWords(server.url, cookie)).docId;
    const client = connectCollabClient(server.url, docId, { cookie });
    clients.push(client);
    await client.synced();
    return { client, docId, dataDir: server.dataDir };
  }

  /** At each moment the client hears "saved": does the disk lack anything the client has? */
  function checkDiskWhenSaved(client: CollabClient, docId: string, dataDir: string): boolean[] {
    const diskLacked: boolean[] = [];
    client.saves.on('change', (state) => {
      if (!state.pending) diskLacked.push(changesDocument(readStoredDocument(dataDir, docId), Y.encodeStateAsUpdate(client.doc)));
    });
    return diskLacked;
  }

  it('turns to saved only once the disk holds the change, with a slow disk', async () => {
    const { client, docId, dataDir } = await open('janis', slowAppends(250));
    await client.saves.whenSaved();

    const diskLacked = checkDiskWhenSaved(client, docId, dataDir);
    client.appendParagraph('Stored before it says saved');
    expect(client.saves.current).toEqual({ connection: 'connected', pending: true });
    const sentAt = Date.now();
    await client.saves.whenSaved();
    // The disk takes 250 ms: "sent" would have been a few milliseconds.
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(200);
    expect(diskLacked).toEqual([false]);
    expect(await readStoredText(dataDir, docId)).toContain('Stored before it says saved');
  });

  it('waits for a deletion too (a deletion does not move the Yjs clock)', async () => {
    const { client, docId, dataDir } = await open('janis', slowAppends(150));
    client.appendParagraph('A line to take away');
    await client.saves.whenSaved();

    const diskLacked = checkDiskWhenSaved(client, docId, dataDir);
    client.editor.update(
      () => $getRoot().getChildren().find((node) => node.getTextContent() === 'A line to take away')?.remove(),
      { discrete: true },
    );
    expect(client.saves.current.pending).toBe(true);
    await client.saves.whenSaved();
    expect(diskLacked).toEqual([false]);
    expect(await readStoredText(dataDir, docId)).not.toContain('A line to take away');
  });

  it('a reader who may not write stays connected and has nothing pending, even when the document holds deletions', async () => {
    const { client: writer, docId } = await open('janis');
    writer.appendParagraph('Soon gone');
    writer.editor.update(() => $getRoot().getLastChild()?.remove(), { discrete: true });
    await writer.saves.whenSaved();

    // The guest's answer to the server's first message carries the whole delete set: not an edit.
    const { cookie } = await login(server!.url, 'guest');
    const guest = connectCollabClient(server!.url, docId, { cookie });
    clients.push(guest);
    await guest.synced();
    writer.appendParagraph('Still reaching the guest');
    await waitFor(() => guest.text().includes('Still reaching the guest'), { message: 'the guest to keep reading' });
    expect(guest.provider.wsconnected).toBe(true);
    expect(guest.saves.current).toEqual({ connection: 'connected', pending: false });
  });
});
