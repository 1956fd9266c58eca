import { cpSync } from 'node:fs';
import path from 'node:path';
import { bindHeadlessEditor, readDocumentText } from '@kopa/editor';
import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { makeTempDir, startKopaProcess, stopKopaProcess, waitFor } from '@kopa/testkit';
import type { Provider } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export const PUPIL = 'janis';
export const PASSWORD = 'kopa-demo';

export interface KopaServer {
  url: string;
  /** The pupil's session cookie value (the cookie is `name=value`). */
  cookie: { name: string; value: string };
  /** The pupil's team space, where the bench writes. */
  spaceId: string;
  stop(): Promise<void>;
}

/** A document or post the bench wrote, and the text of its last paragraph (what "shows the stored text" waits for). */
export interface WrittenItem {
  item: ItemSummary;
  paragraphs: string[];
}

/**
 * Kopa as `npm start` runs it (the built server serving the built web app) on a fresh data
 * folder seeded with the demo partnership, with the pupil logged in over REST. The web app is
 * served from a copy of `webDist` in that folder: a build running meanwhile (tests, another
 * terminal) empties apps/web/dist and must not change what is measured.
 */
export async function startKopa(webDist: string): Promise<KopaServer & { webDist: string }> {
  const temp = await makeTempDir('kopa-bench-load-');
  const servedDist = path.join(temp.path, 'web');
  cpSync(webDist, servedDist, { recursive: true });
  const kopa = await startKopaProcess(path.join(temp.path, 'data'), { entry: 'built', env: { KOPA_WEB_DIST: servedDist } }).catch(async (error: unknown) => {
    await temp.remove();
    throw error;
  });
  const stop = async () => {
    await stopKopaProcess(kopa, 'SIGTERM');
    await temp.remove();
  };
  try {
    const cookie = await logIn(kopa.url);
    const spaces = await call<SpaceSummary[]>(kopa.url, cookie, 'GET', '/spaces');
    const team = spaces.find((space) => space.kind === 'team' && space.mine && space.canEdit);
    if (!team) throw new Error(`${PUPIL} has no team space to write in`);
    return { url: kopa.url, cookie, spaceId: team.id, stop, webDist: servedDist };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Creates a document or blog post through the REST API and writes its paragraphs through a
 * real client (y-websocket's WebsocketProvider bound to a headless Lexical editor, as the
 * tests write); resolves once a second, fresh connection reads them from the server.
 */
export async function writeItem(server: KopaServer, type: 'doc' | 'post', title: string, paragraphs: string[]): Promise<WrittenItem> {
  const item = await call<ItemSummary>(server.url, server.cookie, 'POST', `/spaces/${server.spaceId}/items`, { type, title });
  if (!item.canEdit) throw new Error(`${PUPIL} may not edit "${title}" just created`);
  const writing = connect(server, item.docId);
  try {
    await waitFor(() => writing.provider.synced, { timeout: 30_000, message: `first sync of ${title}` });
    writing.editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        for (const text of paragraphs) root.append($createParagraphNode().append($createTextNode(text)));
      },
      { discrete: true },
    );
    const checking = connect(server, item.docId);
    try {
      const last = paragraphs.at(-1)!;
      await waitFor(() => checking.provider.synced && readDocumentText(checking.editor).includes(last), {
        timeout: 30_000,
        message: `the paragraphs of "${title}" on the server`,
      });
    } finally {
      checking.destroy();
    }
  } finally {
    writing.destroy();
  }
  return { item, paragraphs };
}

const SENTENCES = [
  'On Monday we walked from the school to the harbour and counted the fishing boats.',
  'Lucía showed us the market, where the cheese is older than some of the teachers.',
  'In the afternoon every team wrote down three words that sound the same in our four languages.',
  'The bus to the mountains left at eight, and nobody was late, which surprised our teachers.',
  'We compared our school days: in Daugavpils lunch is at noon, in Gijón much later.',
  'Andrei taught everyone a Romanian song, and we sang it badly but happily on the beach.',
  'Our host families cooked so much that we could not finish dinner even once.',
  'Giulia interviewed the mayor, who answered in Spanish, Italian and a little Latvian.',
];

/** Blog-like paragraphs of two or three sentences (about 150–250 characters), numbered so each is unique. */
export function paragraphsOf(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const sentences = [0, 1, 2].slice(0, 2 + (index % 2)).map((offset) => SENTENCES[(index * 3 + offset) % SENTENCES.length]);
    return `${index + 1}. ${sentences.join(' ')}`;
  });
}

function connect(server: KopaServer, docId: string) {
  const cookieHeader = `${server.cookie.name}=${server.cookie.value}`;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/yjs`, docId, doc, {
    WebSocketPolyfill: class extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie: cookieHeader } });
      }
    } as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: false,
  });
  const headless = bindHeadlessEditor(doc, provider as unknown as Provider, docId);
  provider.connect();
  return {
    provider,
    editor: headless.editor,
    destroy() {
      headless.dispose();
      provider.destroy();
      doc.destroy();
    },
  };
}

async function logIn(url: string): Promise<{ name: string; value: string }> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: PUPIL, password: PASSWORD }),
  });
  const setCookie = response.headers.getSetCookie()[0];
  if (response.status !== 200 || !setCookie) throw new Error(`login as ${PUPIL} failed: HTTP ${response.status} ${await response.text()}`);
  const pair = setCookie.split(';')[0]!;
  const equals = pair.indexOf('=');
  return { name: pair.slice(0, equals), value: pair.slice(equals + 1) };
}

async function call<T>(url: string, cookie: { name: string; value: string }, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers: { cookie: `${cookie.name}=${cookie.value}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} failed: HTTP ${response.status} ${text}`);
  return JSON.parse(text) as T;
}
