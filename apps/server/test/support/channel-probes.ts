import { randomUUID } from 'node:crypto';
import { sendJson } from './api-client.js';
import { connectBoardClient, isNoteStored } from './board-client.js';
import { connectCollabClient } from './collab-client.js';
import { connectControlClient } from './control-client.js';
import { syncUrl, tryUpgrade } from './raw-sync-socket.js';
import { isStored, writerFlushed } from './edit-probe.js';
import type { TestServer } from './test-server.js';
import type { WebsocketProvider } from 'y-websocket';

/**
 * Each probe asks one channel of the real server one question ("may this session do X?")
 * and answers only from what the server did: an HTTP status, a Socket.IO ack, an
 * accepted or refused WebSocket upgrade, an update that did or did not reach the disk.
 */

/** A REST call; allowed when the server answers 2xx, refused on 401/403/404. Anything else fails the test. */
export async function probeRest(server: TestServer, cookie: string | undefined, method: string, path: string, body?: unknown) {
  const { status, body: answer } = await sendJson(server.url, method, path, { cookie, body });
  if (status >= 200 && status < 300) return true;
  if (status === 401 || status === 403 || status === 404) return false;
  throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(answer)}`);
}

/** Socket.IO: joining a space's presence room (the control plane's read of a space). */
export async function probeSpaceJoin(server: TestServer, cookie: string | undefined, spaceId: string): Promise<boolean> {
  const socket = connectControlClient(server.url, cookie ? { cookie } : {});
  try {
    const connectedOrRefused = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      socket.once('connect_error', () => resolve(false));
    });
    if (!connectedOrRefused) return false;
    const ack = await socket.timeout(5000).emitWithAck('presence:join', { spaceId });
    return ack.ok;
  } finally {
    socket.disconnect();
  }
}

/** Yjs read: the upgrade to /yjs/<docId> is accepted (101) rather than refused (401/403/404). */
export async function probeYjsRead(server: TestServer, cookie: string | undefined, docId: string): Promise<boolean> {
  const { status } = await tryUpgrade(syncUrl(server.url, docId), cookie ? { cookie } : {});
  if (status === 101) return true;
  if (status === 401 || status === 403 || status === 404) return false;
  throw new Error(`upgrade to ${docId} answered ${status}`);
}

/** What a write probe needs of one kind of item: a real client, one edit, and a look at the disk. */
interface WriteKit<Client extends { provider: WebsocketProvider; synced(): Promise<void>; destroy(): void }> {
  connect(server: TestServer, docId: string, cookie: string | undefined): Client;
  write(client: Client, marker: string): void;
  isStored(server: TestServer, docId: string, marker: string): Promise<boolean>;
}

/** Yjs write: the actor makes one edit; is it on disk once the server has dealt with it? */
async function probeWrite<Client extends { provider: WebsocketProvider; synced(): Promise<void>; destroy(): void }>(
  kit: WriteKit<Client>,
  server: TestServer,
  cookie: string | undefined,
  docId: string,
  watcherCookie: string,
): Promise<boolean> {
  if (!(await probeYjsRead(server, cookie, docId))) return false;
  const marker = `probe ${randomUUID()}`;
  const actor = kit.connect(server, docId, cookie);
  const watcher = kit.connect(server, docId, watcherCookie);
  try {
    await Promise.all([actor.synced(), watcher.synced()]);
    kit.write(actor, marker);
    await writerFlushed(actor, watcher);
    return await kit.isStored(server, docId, marker);
  } finally {
    actor.destroy();
    watcher.destroy();
  }
}

/** A document: the actor types a paragraph. */
export const probeYjsWrite = (server: TestServer, cookie: string | undefined, docId: string, watcherCookie: string) =>
  probeWrite(
    {
      connect: (at, id, asWho) => connectCollabClient(at.url, id, { cookie: asWho }),
      write: (client, marker) => client.appendParagraph(marker),
      isStored,
    },
    server,
    cookie,
    docId,
    watcherCookie,
  );

/** A board: the actor adds a note through the board model. */
export const probeBoardWrite = (server: TestServer, cookie: string | undefined, docId: string, watcherCookie: string) =>
  probeWrite(
    {
      connect: (at, id, asWho) => connectBoardClient(at.url, id, { cookie: asWho }),
      write: (client, marker) => {
        client.model.add({ type: 'note', x: 0, y: 0, w: 200, h: 160, color: 'yellow', text: marker, column: null });
      },
      isStored: isNoteStored,
    },
    server,
    cookie,
    docId,
    watcherCookie,
  );
