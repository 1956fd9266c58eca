import { BoardModel } from '@kopa/board';
import { bindHeadlessEditor } from '@kopa/editor';
import { waitFor } from '@kopa/testkit';
import type { Provider } from '@lexical/yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ApiUser } from './blog-posts';

/** A y-websocket connection that carries the session cookie, as a browser's would. */
function cookieSocket(cookie: string) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  };
}

function connect(baseUrl: string, user: ApiUser, docId: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/yjs`, docId, doc, {
    WebSocketPolyfill: cookieSocket(user.cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, provider };
}

/**
 * Replaces a document's content with serialized Lexical JSON, as a crafted client could write
 * it through the editor's own binding (a raw Yjs write of whatever Lexical accepts), and waits
 * until a second connection has it from the server.
 */
export async function writeLexicalJson(baseUrl: string, user: ApiUser, docId: string, json: unknown): Promise<void> {
  const writer = connect(baseUrl, user, docId);
  const headless = bindHeadlessEditor(writer.doc, writer.provider as unknown as Provider, docId);
  try {
    await waitFor(() => writer.provider.synced, { message: `sync of ${docId}` });
    headless.editor.setEditorState(headless.editor.parseEditorState(JSON.stringify(json)));
    await stored(baseUrl, user, docId, writer.doc);
  } finally {
    headless.dispose();
    writer.provider.destroy();
    writer.doc.destroy();
  }
}

/** Puts sticky notes with these texts on a board, through the board model, and waits until the server has them. */
export async function addNotes(baseUrl: string, user: ApiUser, docId: string, texts: readonly string[]): Promise<void> {
  const writer = connect(baseUrl, user, docId);
  try {
    await waitFor(() => writer.provider.synced, { message: `sync of board ${docId}` });
    const model = new BoardModel(writer.doc);
    texts.forEach((text, index) => {
      model.add({ type: 'note', x: (index % 8) * 220, y: Math.floor(index / 8) * 180, w: 200, h: 160, color: 'yellow', text, column: null });
    });
    await stored(baseUrl, user, docId, writer.doc);
  } finally {
    writer.provider.destroy();
    writer.doc.destroy();
  }
}

/** Waits until a fresh connection reads from the server everything the writer's copy holds. */
async function stored(baseUrl: string, user: ApiUser, docId: string, written: Y.Doc): Promise<void> {
  const wanted = Buffer.from(Y.encodeStateVector(written)).toString('base64');
  const reader = connect(baseUrl, user, docId);
  try {
    await waitFor(() => reader.provider.synced && Buffer.from(Y.encodeStateVector(reader.doc)).toString('base64') === wanted, {
      message: `${docId} stored on the server`,
    });
  } finally {
    reader.provider.destroy();
    reader.doc.destroy();
  }
}
