import { bindHeadlessEditor, readDocumentText } from '@kopa/editor';
import { SaveTracker } from '@kopa/sync-client';
import type { Binding, Provider } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from '@kopa/testkit';

/** A `ws` WebSocket that sends a session cookie (and optionally an Origin), as a browser would. */
export function webSocketWithHeaders(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
}

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  editor: LexicalEditor;
  /** The Lexical ↔ Yjs binding: the origin of this editor's own transactions. */
  binding: Binding;
  /** Whether the server has stored this client's changes (Kopa's save checks). */
  saves: SaveTracker;
  /** The document's plain text as this client's Lexical editor shows it. */
  text(): string;
  /** Types a new paragraph at the end, as a user pressing Enter and typing would. */
  appendParagraph(text: string): void;
  /** Resolves once the first sync with the server is done. */
  synced(): Promise<void>;
  destroy(): void;
}

export interface CollabClientOptions {
  cookie?: string;
  origin?: string;
}

/**
 * A real collaborator: y-websocket's WebsocketProvider (no BroadcastChannel, so
 * everything goes through the server) bound to a headless Lexical editor exactly
 * as the browser's CollaborationPlugin binds it.
 */
export function connectCollabClient(baseUrl: string, docId: string, options: CollabClientOptions = {}): CollabClient {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;

  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/yjs`, docId, doc, {
    WebSocketPolyfill: webSocketWithHeaders(headers) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: false,
  });
  const saves = new SaveTracker(provider);
  const headless = bindHeadlessEditor(doc, provider as unknown as Provider, docId);
  provider.connect();

  return {
    doc,
    provider,
    editor: headless.editor,
    binding: headless.binding,
    saves,
    text: () => readDocumentText(headless.editor),
    appendParagraph(text) {
      headless.editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(text))), {
        discrete: true,
      });
    },
    synced: async () => {
      await waitFor(() => provider.synced, { message: `first sync of ${docId}` });
    },
    destroy() {
      headless.dispose();
      saves.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
