import { BoardModel, readBoard, type BoardSnapshot } from '@kopa/board';
import { waitFor } from '@kopa/testkit';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { webSocketWithHeaders } from './collab-client.js';
import { readStoredDocument } from './stored-document.js';
import type { TestServer } from './test-server.js';

export interface BoardClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every change goes through the model, as in the browser. */
  model: BoardModel;
  synced(): Promise<void>;
  destroy(): void;
}

/** A real board collaborator: y-websocket's provider and the board model, as the web app uses them. */
export function connectBoardClient(baseUrl: string, docId: string, options: { cookie?: string } = {}): BoardClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/yjs`, docId, doc, {
    WebSocketPolyfill: webSocketWithHeaders(options.cookie ? { cookie: options.cookie } : {}) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return {
    doc,
    provider,
    model: new BoardModel(doc),
    synced: async () => {
      await waitFor(() => provider.synced, { message: `first sync of board ${docId}` });
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The board as stored on disk (after everything queued is written). */
export async function storedBoard(server: TestServer, docId: string): Promise<BoardSnapshot> {
  await server.registry.queue.idle();
  const doc = readStoredDocument(server.dataDir, docId);
  try {
    return readBoard(doc);
  } finally {
    doc.destroy();
  }
}

/** Whether a note with this text made it to the disk. */
export async function isNoteStored(server: TestServer, docId: string, text: string): Promise<boolean> {
  const board = await storedBoard(server, docId);
  return board.objects.some((object) => object.type === 'note' && object.text === text);
}
