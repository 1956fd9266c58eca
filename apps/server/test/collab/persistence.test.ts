import path from 'node:path';
import Database from 'better-sqlite3';
import { $getRoot } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { firstWords, login } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { countStoredUpdates, readStoredDocument } from '../support/stored-document.js';
import { slowAppends } from '../support/slow-document-store.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { KopaServerOptions } from '../../src/index.js';
import { waitFor } from '@kopa/testkit';

describe('persistence of document updates', () => {
  let server: TestServer | undefined;
  const clients: CollabClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.stop();
    server = undefined;
  });

  async function open(username: string, overrides = {}, options: KopaServerOptions = {}) {
    server ??= await startTestServer(overrides, options);
    const { cookie } = await login(server.url, username);
    const docId = (await firstWords(server.url, cookie)).docId;
    const client = connectCollabClient(server.url, docId, { cookie });
    clients.push(client);
    await client.synced();
    return { client, docId, server };
  }

  it('writes every update to disk before any other client receives it', async () => {
    // A slow disk: were anything relayed before it is written, the reader would see it first.
    const { client: writer, docId, server: running } = await open('janis', {}, { decorateStore: slowAppends(30) });
    const { client: reader } = await open('lucia');
    const violations: string[] = [];
    let checks = 0;
    reader.doc.on('update', () => {
      // Runs the moment the reader applies a relayed update: the disk must already cover it.
      const seen = Y.decodeStateVector(Y.encodeStateVector(reader.doc)).get(writer.doc.clientID) ?? 0;
      const stored = Y.decodeStateVector(Y.encodeStateVector(readStoredDocument(running.dataDir, docId))).get(writer.doc.clientID) ?? 0;
      checks++;
      if (stored < seen) violations.push(`reader saw clock ${seen}, disk had ${stored}`);
    });

    for (let i = 0; i < 40; i++) writer.appendParagraph(`line ${i}`);
    await waitFor(() => reader.text().includes('line 39'), { message: 'all forty lines at the reader' });
    expect(checks).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it('folds the update log into a snapshot without the deleted text, and reloads the same document', async () => {
    const { client, docId, server: running } = await open('janis', { compactAfterUpdates: 20, docUnloadDelayMs: 50 });
    client.appendParagraph('SECRET-WORD-42 should vanish from disk');
    for (let i = 0; i < 30; i++) client.appendParagraph(`kept line ${i}`);
    client.editor.update(
      () => {
        const secret = $getRoot().getChildren().find((node) => node.getTextContent().startsWith('SECRET-WORD-42'));
        secret?.remove();
      },
      { discrete: true },
    );
    const expected = client.text();
    expect(expected).not.toContain('SECRET-WORD-42');

    // Closing the last connection unloads the document, which compacts it first.
    client.destroy();
    clients.length = 0;
    await waitFor(() => !running.registry.isLoaded(docId), { message: 'the document to be unloaded' });

    expect(countStoredUpdates(running.dataDir, docId)).toBe(0);
    const db = new Database(path.join(running.dataDir, 'kopa.db'), { readonly: true });
    try {
      const blobs = db
        .prepare('SELECT data FROM doc_updates WHERE doc_id = ? UNION ALL SELECT data FROM doc_snapshots WHERE doc_id = ?')
        .all(docId, docId) as Array<{ data: Buffer }>;
      expect(blobs).toHaveLength(1);
      expect(blobs.some((row) => row.data.includes('SECRET-WORD-42'))).toBe(false);
      expect(blobs.some((row) => row.data.includes('kept line 29'))).toBe(true);
    } finally {
      db.close();
    }

    const { client: reopened } = await open('lucia');
    await waitFor(() => reopened.text() === expected, { message: 'the reloaded document to match' });
  });

  it('compacts while the document stays open once the log is long', async () => {
    const { client, docId, server: running } = await open('janis', { compactAfterUpdates: 10 });
    for (let i = 0; i < 25; i++) client.appendParagraph(`paragraph ${i}`);
    await waitFor(async () => (await running.registry.queue.idle(), countStoredUpdates(running.dataDir, docId) < 25), {
      message: 'the log to be folded',
    });
    const { client: other } = await open('lucia');
    await waitFor(() => other.text() === client.text(), { message: 'a new client to load the compacted document' });
  });
});

