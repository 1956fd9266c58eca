import WebSocket from 'ws';
import { Awareness, outdatedTimeout } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { DeliveryTracker } from './delivery-tracker.js';
import { seedRoom, typeInto, typingTarget } from './lexical-shape.js';
import type { Target } from './types.js';

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;
type WebSocketClass = NonNullable<ProviderOptions['WebSocketPolyfill']>;

const CONNECT_CONCURRENCY = 50;
const CLOSE_TIMEOUT_MS = 5_000;

/** One simulated user: a Y.Doc synced through y-websocket's WebsocketProvider. */
export interface BenchClient {
  index: number;
  room: number;
  doc: Y.Doc;
  /** The Lexical paragraph this client types into (set by prepareRooms). */
  paragraph: Y.XmlText | null;
  provider: WebsocketProvider;
  /** Connections lost after the first sync (the provider reconnects by itself). */
  disconnects: number;
  /** Why they were lost: "code reason" → count. */
  closeReasons: Map<string, number>;
}

/** `ws` WebSocket that sends a session cookie (Node has no browser cookie jar). */
function webSocketWithCookie(cookie: string | undefined): WebSocketClass {
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  return CookieWebSocket as unknown as WebSocketClass;
}

/**
 * Creates (without connecting) `count` clients spread round-robin over the
 * target's rooms and sessions. Each reports remote edits to the tracker.
 */
export function createClients(target: Target, count: number, tracker: DeliveryTracker): BenchClient[] {
  // Every provider adds a process 'exit' listener.
  process.setMaxListeners(Math.max(process.getMaxListeners(), count + 20));
  const polyfills = target.cookies.length > 0 ? target.cookies.map(webSocketWithCookie) : [webSocketWithCookie(undefined)];
  const usedIds = new Set<number>();
  return Array.from({ length: count }, (_, index) => {
    const room = index % target.rooms.length;
    const doc = new Y.Doc();
    // Edits are keyed by client id across all rooms: keep ids unique (collisions are rare but possible).
    while (usedIds.has(doc.clientID)) doc.clientID = Math.floor(Math.random() * 0xffffffff);
    usedIds.add(doc.clientID);
    const seen = tracker.receiver();
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.local) return;
      const now = performance.now();
      transaction.afterState.forEach((clock, clientId) => {
        if (clock > (transaction.beforeState.get(clientId) ?? 0)) seen(clientId, clock, now);
      });
    });
    // y-protocols renews each awareness state every 15 s from a per-client timer; clients created
    // together would all renew in the same instant. renewAwareness() spreads the renewals instead.
    const awareness = new Awareness(doc);
    clearInterval(awareness._checkInterval);
    const provider = new WebsocketProvider(target.serverUrl, target.rooms[room]!, doc, {
      awareness,
      connect: false,
      disableBc: true,
      WebSocketPolyfill: polyfills[index % polyfills.length]!,
    });
    const client: BenchClient = { index, room, doc, paragraph: null, provider, disconnects: 0, closeReasons: new Map() };
    provider.on('status', ({ status }) => {
      if (status === 'disconnected') client.disconnects++;
    });
    provider.on('connection-close', (event) => {
      const key = event ? `${event.code} ${event.reason}`.trim() : 'closed locally';
      client.closeReasons.set(key, (client.closeReasons.get(key) ?? 0) + 1);
    });
    return client;
  });
}

/** Connects every client (at most CONNECT_CONCURRENCY handshakes at once) and waits until all are synced. */
export async function connectAll(clients: BenchClient[], timeoutMs: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < clients.length) await connectOne(clients[next++]!);
  };
  let deadline: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    deadline = setTimeout(() => {
      const synced = clients.filter((client) => client.provider.synced).length;
      reject(new Error(`only ${synced} of ${clients.length} clients synced within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    await Promise.race([Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker)), timedOut]);
  } finally {
    clearTimeout(deadline);
  }
}

/** Connects one client; resolves on its first 'sync', rejects on a connection error. */
function connectOne(client: BenchClient): Promise<void> {
  const { provider } = client;
  return new Promise<void>((resolve, reject) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      done();
      resolve();
    };
    const onError = (event: unknown) => {
      done();
      provider.disconnect();
      const message = (event as { message?: string } | null)?.message ?? 'connection error';
      reject(new Error(`client ${client.index} could not connect to ${provider.url}: ${message}`));
    };
    const done = () => {
      provider.off('sync', onSync);
      provider.off('connection-error', onError);
    };
    provider.on('sync', onSync);
    provider.on('connection-error', onError);
    provider.connect();
  });
}

/** Destroys every provider and document, waiting (bounded) until their sockets are closed. */
export async function closeAll(clients: BenchClient[]): Promise<void> {
  const closing: Promise<void>[] = [];
  for (const { provider, doc } of clients) {
    const ws = provider.ws as unknown as WebSocket | null;
    if (ws && ws.readyState !== WebSocket.CLOSED) {
      closing.push(new Promise((resolve) => ws.once('close', () => resolve())));
    }
    provider.destroy();
    doc.destroy();
  }
  let deadline: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(closing),
    new Promise<void>((resolve) => (deadline = setTimeout(resolve, CLOSE_TIMEOUT_MS))),
  ]);
  clearTimeout(deadline);
}

/**
 * Seeds every room with a paragraph to type into (one client per room does it)
 * and resolves once every client has received it.
 */
export async function prepareRooms(clients: BenchClient[], timeoutMs: number): Promise<void> {
  const seeders = new Map<number, BenchClient>();
  for (const client of clients) if (!seeders.has(client.room)) seeders.set(client.room, client);
  for (const [room, client] of seeders) seedRoom(client.doc, `Bench room ${room + 1} `);
  const pending = new Set(clients);
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => {
      reject(new Error(`${pending.size} of ${clients.length} clients did not receive their room's paragraph within ${timeoutMs} ms (was the seed update refused?)`));
    }, timeoutMs);
    const ready = (client: BenchClient) => {
      pending.delete(client);
      if (pending.size === 0) {
        clearTimeout(deadline);
        resolve();
      }
    };
    for (const client of clients) {
      const check = () => {
        client.paragraph = typingTarget(client.doc);
        if (!client.paragraph) return;
        client.doc.off('afterTransaction', check);
        ready(client);
      };
      client.doc.on('afterTransaction', check);
      check();
    }
  });
}

/** How often y-protocols renews a client's awareness state (every 15 s). */
export const AWARENESS_RENEW_MS = outdatedTimeout / 2;

/** What y-protocols' timer does for one client: re-send its awareness state so peers keep it. */
export function renewAwareness(client: BenchClient): void {
  const { awareness } = client.provider;
  const state = awareness.getLocalState();
  if (state !== null) awareness.setLocalState(state);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz ';

/**
 * One typing burst: 3–6 characters inserted at a random place in the room's paragraph.
 * The provider sends the update synchronously; returns when it was sent and the
 * sender's clock after it (what identifies the edit at the peers).
 */
export function typeBurst(client: BenchClient): { sentAt: number; endClock: number } {
  const { doc, paragraph } = client;
  if (!paragraph) throw new Error(`client ${client.index} has no paragraph: call prepareRooms() first`);
  let burst = '';
  for (let i = 3 + Math.floor(Math.random() * 4); i > 0; i--) burst += LETTERS[Math.floor(Math.random() * LETTERS.length)];
  const sentAt = performance.now();
  typeInto(paragraph, burst);
  return { sentAt, endClock: Y.getState(doc.store, doc.clientID) };
}
