import { BoardModel } from '@kopa/board';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BoardPlan } from './brainstorm-plan.js';

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;
type WebSocketClass = NonNullable<ProviderOptions['WebSocketPolyfill']>;

/** Objects per transaction: a busy lesson's worth of changes arrives as many small updates, not one. */
const BATCH = 50;
const SYNC_TIMEOUT_MS = 60_000;

/** `ws` WebSocket that sends the session cookie (Node has no browser cookie jar). */
function webSocketWithCookie(cookie: string): WebSocketClass {
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  return CookieWebSocket as unknown as WebSocketClass;
}

interface BoardClient {
  model: BoardModel;
  close(): void;
}

/** A pupil's board connection from Node: the web's own provider and model, without a page. */
async function connect(syncUrl: string, docId: string, cookie: string): Promise<BoardClient> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, docId, doc, { disableBc: true, WebSocketPolyfill: webSocketWithCookie(cookie) });
  const close = () => {
    provider.destroy();
    doc.destroy();
  };
  try {
    await within(SYNC_TIMEOUT_MS, `the first sync of ${docId}`, (resolve, reject) => {
      provider.on('sync', (synced: boolean) => synced && resolve());
      provider.on('connection-close', (event) => event && event.code >= 4000 && reject(new Error(`Kopa closed the connection: ${event.code} ${event.reason}`)));
    });
  } catch (error) {
    close();
    throw error;
  }
  return { model: new BoardModel(doc), close };
}

/**
 * Adds the plan's objects through BoardModel (as the canvas would, batch by batch) and
 * resolves once a second connection sees all of them: the server has stored and relayed them.
 */
export async function fillBoard(syncUrl: string, docId: string, cookie: string, plan: BoardPlan): Promise<void> {
  const writer = await connect(syncUrl, docId, cookie);
  try {
    const ids: string[] = [];
    for (let start = 0; start < plan.objects.length; start += BATCH) {
      writer.model.transact(() => {
        for (const planned of plan.objects.slice(start, start + BATCH)) {
          if (planned.kind === 'object') ids.push(writer.model.add(planned.init));
          else if (planned.kind === 'stroke') {
            const id = writer.model.startStroke(planned.init);
            writer.model.finishStroke(id);
            ids.push(id);
          } else {
            const { from, to, color, arrow } = planned;
            ids.push(writer.model.add({ type: 'connector', fromId: ids[from]!, toId: ids[to]!, color, arrow }));
          }
        }
      });
    }
    const expected = plan.objects.length;
    const written = writer.model.snapshot().objects.length;
    if (written !== expected) throw new Error(`the writer's board holds ${written} objects, not ${expected}`);

    const reader = await connect(syncUrl, docId, cookie);
    try {
      await within(SYNC_TIMEOUT_MS, `a second client to see ${expected} objects (was an update refused?)`, (resolve) => {
        const check = () => reader.model.snapshot().objects.length === expected && resolve();
        reader.model.subscribe(check);
        check();
      });
    } finally {
      reader.close();
    }
  } finally {
    writer.close();
  }
}

/** A promise settled by `start`'s callbacks, rejected after `ms`. */
function within(ms: number, what: string, start: (resolve: () => void, reject: (error: Error) => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    start(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
