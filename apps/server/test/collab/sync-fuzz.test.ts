import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { bindHeadlessEditor } from '@kopa/editor';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { connectCollabClient } from '../support/collab-client.js';
import { documentWithBystander, type DocumentWithBystander } from '../support/document-with-bystander.js';
import { openRawSocket, syncUrl } from '../support/raw-sync-socket.js';
import { seededRandom } from '../support/seeded-random.js';
import { readStoredDocument, stateFingerprint } from '../support/stored-document.js';
import { waitFor } from '@kopa/testkit';

const MESSAGES = 10_000;
const SEED = Number(process.env.KOPA_FUZZ_SEED ?? 20261123);

/**
 * 10,000 random, truncated and bit-flipped y-websocket messages against a live
 * document, from a user who may edit it. Afterwards the server must still be up,
 * the document must hold everything it held before, disk and memory must agree,
 * and ordinary clients must still sync.
 */
describe(`sync fuzz (seed ${SEED})`, () => {
  let setup: DocumentWithBystander;

  beforeAll(async () => {
    setup = await documentWithBystander('janis', 'lucia');
    setup.bystander.appendParagraph('Anchor paragraph written before the fuzz');
    await setup.server.registry.queue.idle();
  });
  afterAll(() => setup?.close());

  it('survives with the document intact', async () => {
    const { server, docId, cookie, bystander } = setup;
    const random = seededRandom(SEED);
    const corpus = validMessages(readStoredDocument(server.dataDir, docId));
    let socket = await openRawSocket(syncUrl(server.url, docId), { cookie });
    let closedByServer = 0;

    for (let i = 0; i < MESSAGES; i++) {
      socket.send(mutate(random, random.pick(corpus)));
      // Ask for awareness: an answer means the connection survived that message.
      const survived = await probe(socket);
      if (!survived) {
        closedByServer++;
        socket = await openRawSocket(syncUrl(server.url, docId), { cookie });
      }
    }
    socket.close();

    expect(closedByServer).toBeGreaterThan(MESSAGES / 2); // most mutations are garbage and cost the connection
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);

    // The bystander, connected all along, still writes; a newcomer sees everything.
    bystander.appendParagraph('Written after the fuzz');
    const newcomer = connectCollabClient(server.url, docId, { cookie });
    try {
      await newcomer.synced();
      await waitFor(() => newcomer.text().includes('Written after the fuzz'), { message: 'the newcomer to sync' });
      expect(newcomer.text()).toContain('Our first words');
      expect(newcomer.text()).toContain('Anchor paragraph written before the fuzz');
      await waitFor(() => bystander.text() === newcomer.text(), { message: 'bystander and newcomer to agree' });

      // What is on disk is exactly what clients see.
      await server.registry.queue.idle();
      expect(stateFingerprint(readStoredDocument(server.dataDir, docId))).toBe(stateFingerprint(newcomer.doc));
    } finally {
      newcomer.destroy();
    }
  });
});

/** Real messages a client would send: sync steps, Lexical edits, awareness. */
function validMessages(current: Y.Doc): Uint8Array[] {
  const doc = new Y.Doc();
  const headless = bindHeadlessEditor(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(current));
  updates.length = 0;
  for (const text of ['fuzz one', 'fuzz two with more words', 'ā ē ī ū ș ț ñ']) {
    headless.editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(text))), {
      discrete: true,
    });
  }
  headless.editor.update(() => $getRoot().getLastChild()?.remove(), { discrete: true });

  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ name: 'fuzzer', color: '#000000', anchorPos: null, focusPos: null });
  const messages = [
    message((e) => syncProtocol.writeSyncStep1(e, doc)),
    message((e) => syncProtocol.writeSyncStep2(e, doc, Y.encodeStateVector(current))),
    ...updates.map((update) => message((e) => syncProtocol.writeUpdate(e, update))),
    message((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
    }, false),
  ];
  headless.dispose();
  awareness.destroy();
  return messages;
}

function message(write: (encoder: encoding.Encoder) => void, sync = true): Uint8Array {
  const encoder = encoding.createEncoder();
  if (sync) encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

type Random = ReturnType<typeof seededRandom>;

function mutate(random: Random, valid: Uint8Array): Uint8Array {
  switch (random.int(5)) {
    case 0: // random bytes
      return random.bytes(random.int(300));
    case 1: // truncated
      return valid.slice(0, random.int(valid.length));
    case 2: {
      // a few flipped bits
      const copy = valid.slice();
      for (let flips = 1 + random.int(4); flips > 0; flips--) {
        const index = random.int(copy.length);
        copy[index]! ^= 1 << random.int(8);
      }
      return copy;
    }
    case 3: {
      // a valid prefix followed by garbage
      const tail = random.bytes(1 + random.int(64));
      const joined = new Uint8Array(valid.length + tail.length);
      joined.set(valid);
      joined.set(tail, valid.length);
      return joined;
    }
    default: {
      // a byte overwritten with an extreme value (lengths and counts become huge)
      const copy = valid.slice();
      copy[random.int(copy.length)] = random.pick([0x00, 0x7f, 0x80, 0xff]);
      return copy;
    }
  }
}

/** Sends "query awareness" and resolves true when the server answers, false when it closes the socket. */
function probe(socket: WebSocket): Promise<boolean> {
  return new Promise((resolve) => {
    if (socket.readyState !== socket.OPEN) return resolve(false);
    const onMessage = (data: Buffer) => {
      if (data[0] !== 1) return; // wait for the awareness answer
      finish(true);
    };
    const onClose = () => finish(false);
    const finish = (alive: boolean) => {
      socket.off('message', onMessage);
      socket.off('close', onClose);
      resolve(alive);
    };
    socket.on('message', onMessage);
    socket.on('close', onClose);
    socket.send(new Uint8Array([3]));
  });
}
