import { CLOSE_CODES, LIMITS } from '@kopa/protocol';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectCollabClient } from '../support/collab-client.js';
import { documentWithBystander, type DocumentWithBystander } from '../support/document-with-bystander.js';
import { closed, openRawSocket, syncUrl } from '../support/raw-sync-socket.js';
import { readStoredDocument, stateFingerprint } from '../support/stored-document.js';
import { waitFor } from '@kopa/testkit';

describe('a bad message costs its sender the connection, nothing else', () => {
  let setup: DocumentWithBystander;
  beforeAll(async () => {
    setup = await documentWithBystander('giulia', 'marco');
  });
  afterAll(() => setup?.close());

  async function expectUntouched(send: (socket: Awaited<ReturnType<typeof openRawSocket>>) => void, code: number) {
    const { server, docId, cookie, bystander } = setup;
    await server.registry.queue.idle();
    const before = stateFingerprint(readStoredDocument(server.dataDir, docId));
    const socket = await openRawSocket(syncUrl(server.url, docId), { cookie });
    const ended = closed(socket);
    send(socket);
    expect((await ended).code).toBe(code);
    await server.registry.queue.idle();
    expect(stateFingerprint(readStoredDocument(server.dataDir, docId))).toBe(before);
    // Everyone else carries on.
    const line = `still syncing after close ${code} at ${Date.now()}`;
    bystander.appendParagraph(line);
    const check = connectCollabClient(server.url, docId, { cookie });
    try {
      await waitFor(() => check.text().includes(line), { message: 'another client to sync' });
    } finally {
      check.destroy();
    }
  }

  it('a message over 2 MiB closes with 1009', async () => {
    const huge = new Uint8Array(LIMITS.maxSyncMessageBytes + 1);
    await expectUntouched((socket) => socket.send(huge), CLOSE_CODES.messageTooBig);
  });

  it('a text frame closes with 1003', async () => {
    await expectUntouched((socket) => socket.send('hello'), CLOSE_CODES.unsupportedData);
  });

  it('an unknown message type closes with 1003', async () => {
    await expectUntouched((socket) => socket.send(new Uint8Array([7, 1, 2])), CLOSE_CODES.unsupportedData);
  });

  it('an update that cannot be decoded closes with 1003', async () => {
    // sync / update / length 4 / bytes that are no Yjs update
    await expectUntouched((socket) => socket.send(new Uint8Array([0, 2, 4, 255, 255, 255, 255])), CLOSE_CODES.unsupportedData);
  });

  it('an update that refers to content nobody has closes with 1003', async () => {
    const { server, docId } = setup;
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(readStoredDocument(server.dataDir, docId)));
    // Two edits by one client; send only the second, whose left neighbour the server never saw.
    const paragraph = copy.get('root', Y.XmlText).toDelta()[1].insert as Y.XmlText;
    paragraph.insert(0, 'a');
    const afterFirst = Y.encodeStateVector(copy);
    paragraph.insert(1, 'b');
    const second = Y.encodeStateAsUpdate(copy, afterFirst);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, second);
    await expectUntouched((socket) => socket.send(encoding.toUint8Array(encoder)), CLOSE_CODES.unsupportedData);
  });
});

