import { objectsOf } from '@kopa/board';
import { CLOSE_CODES, type ItemSummary, type SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectBoardClient, storedBoard } from '../support/board-client.js';
import { closed, openRawSocket, syncUrl } from '../support/raw-sync-socket.js';
import { readStoredDocument, stateFingerprint } from '../support/stored-document.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * A board's document keeps the shape BoardModel writes: an update outside it (a Lexical
 * paragraph, an unknown field, a script where a colour goes) costs its sender the
 * connection and changes nothing on disk or for anyone else.
 */
describe('the server guards the shape of a board', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let board: ItemSummary;

  beforeAll(async () => {
    server = await startTestServer();
    janis = await login(server.url, 'janis');
    const space = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', janis.cookie)).body.find((s) => s.kind === 'team' && s.canEdit)!;
    board = (await sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${space.id}/items`, { cookie: janis.cookie, body: { type: 'board', title: 'Guarded' } })).body;
    const client = connectBoardClient(server.url, board.docId, { cookie: janis.cookie });
    await client.synced();
    client.model.add({ type: 'note', x: 0, y: 0, w: 200, h: 160, color: 'yellow', text: 'Keep me', column: null });
    await waitFor(async () => (await storedBoard(server, board.docId)).objects.length === 1, { message: 'the first note on disk' });
    client.destroy();
  });
  afterAll(() => server?.stop());

  /** Writes `change` on a copy of the stored board and sends just that update over a raw connection. */
  async function sendChange(change: (doc: Y.Doc) => void) {
    await server.registry.queue.idle();
    const copy = readStoredDocument(server.dataDir, board.docId);
    const before = stateFingerprint(copy);
    const vector = Y.encodeStateVector(copy);
    change(copy);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(copy, vector));
    const socket = await openRawSocket(syncUrl(server.url, board.docId), { cookie: janis.cookie });
    const ended = closed(socket);
    socket.send(encoding.toUint8Array(encoder));
    const { code } = await ended;
    await server.registry.queue.idle();
    return { code, unchanged: stateFingerprint(readStoredDocument(server.dataDir, board.docId)) === before };
  }

  it.each([
    ['a Lexical paragraph', (doc: Y.Doc) => doc.get('root', Y.XmlText).insert(0, 'text')],
    ['an unknown field on a note', (doc: Y.Doc) => [...objectsOf(doc).values()][0]!.set('onclick', 'alert(1)')],
    ['a colour that is no colour', (doc: Y.Doc) => [...objectsOf(doc).values()][0]!.set('color', 'url(javascript:alert(1))')],
    ['a coordinate beyond the board', (doc: Y.Doc) => [...objectsOf(doc).values()][0]!.set('x', 1e12)],
    ['an object without a type', (doc: Y.Doc) => objectsOf(doc).set('typeless', new Y.Map())],
  ])('%s is refused (1003) and nothing changes', async (_name, change) => {
    const { code, unchanged } = await sendChange(change);
    expect(code).toBe(CLOSE_CODES.unsupportedData);
    expect(unchanged).toBe(true);
    expect((await storedBoard(server, board.docId)).objects.map((object) => object.type === 'note' && object.text)).toEqual(['Keep me']);
  });
});
