import { $createImageNode, bindHeadlessEditor, readDocumentText } from '@kopa/editor';
import type { ItemSummary, Me, Mobility, PostComment, PostPhase, SpaceSummary, UploadedImage } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { $createHeadingNode } from '@lexical/rich-text';
import type { Provider } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import sharp from 'sharp';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** Someone signed in over the REST API, as the browser would be: the session cookie goes along. */
export interface ApiUser {
  me: Me;
  cookie: string;
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function apiUser(baseUrl: string, username: string, password = 'kopa-demo'): Promise<ApiUser> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login as ${username}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const me = (await response.json()) as Me;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const raw = body instanceof Uint8Array;
    const answer = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': raw ? 'application/octet-stream' : 'application/json' }) },
      body: body === undefined ? undefined : raw ? new Uint8Array(body) : JSON.stringify(body),
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`${username}: ${method} ${path} → ${answer.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return { me, cookie, call };
}

/** A y-websocket connection that carries the session cookie, as a browser's would. */
function cookieSocket(cookie: string) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  };
}

/** A picture in the text, after the first paragraph. */
interface Picture {
  image: UploadedImage;
  alt: string;
}

/** Writes a heading, paragraphs and a picture into a post's live document, and waits until the server holds them. */
async function writeContent(baseUrl: string, writer: ApiUser, docId: string, plan: PostPlan, picture: Picture | null): Promise<void> {
  const connect = () => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/yjs`, docId, doc, {
      WebSocketPolyfill: cookieSocket(writer.cookie) as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: false,
    });
    const headless = bindHeadlessEditor(doc, provider as unknown as Provider, docId);
    provider.connect();
    return { doc, provider, headless };
  };
  const destroy = (client: ReturnType<typeof connect>) => {
    client.headless.dispose();
    client.provider.destroy();
    client.doc.destroy();
  };

  const writing = connect();
  await waitFor(() => writing.provider.synced, { message: `sync of ${docId}` });
  writing.headless.editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.append($createHeadingNode('h2').append($createTextNode(plan.heading)));
      plan.paragraphs.forEach((text, index) => {
        root.append($createParagraphNode().append($createTextNode(text)));
        if (index === 0 && picture) {
          const { id, width, height } = picture.image;
          root.append($createImageNode({ uploadId: id, altText: picture.alt, width, height }));
        }
      });
    },
    { discrete: true },
  );
  // A second, fresh connection sees the words only once the server has them.
  const checking = connect();
  const last = plan.paragraphs.at(-1) ?? plan.heading;
  await waitFor(() => checking.provider.synced && readDocumentText(checking.headless.editor).includes(last), { message: 'the words on the server' });
  destroy(checking);
  destroy(writing);
}

/** A cover picture: a calm landscape drawn as SVG and sent as PNG (the server refuses SVG itself). */
export async function coverPicture(sky: string, hills: string): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <rect width="1600" height="900" fill="${sky}"/>
    <circle cx="1250" cy="230" r="120" fill="#f2b33d"/>
    <path d="M0 620 Q 400 420 800 600 T 1600 560 V 900 H 0 Z" fill="${hills}"/>
    <path d="M0 760 Q 500 620 1000 760 T 1600 720 V 900 H 0 Z" fill="#1d2433" opacity="0.35"/>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

export interface PostPlan {
  title: string;
  heading: string;
  paragraphs: string[];
  language: string;
  themes: string[];
  mobility?: { title: string; phase: PostPhase };
  cover?: { bytes: Uint8Array; alt: string };
  /** A picture in the text, after the first paragraph. */
  picture?: { bytes: Uint8Array; alt: string };
}

/**
 * A blog post taken through the real workflow: a pupil of the team creates it in the team's
 * space, writes it, sets its details and cover, submits it; a teacher publishes it.
 */
export async function publishPost(baseUrl: string, writer: ApiUser, teacher: ApiUser, plan: PostPlan): Promise<ItemSummary> {
  const spaces = await writer.call<SpaceSummary[]>('GET', '/spaces');
  const team = spaces.find((space) => space.kind === 'team' && space.canEdit);
  if (!team) throw new Error(`${writer.me.username} has no team space to write in`);
  const item = await writer.call<ItemSummary>('POST', `/spaces/${team.id}/items`, { type: 'post', title: plan.title });
  const upload = (bytes: Uint8Array) => writer.call<UploadedImage>('POST', `/spaces/${team.id}/uploads`, bytes);
  const picture = plan.picture ? { image: await upload(plan.picture.bytes), alt: plan.picture.alt } : null;
  await writeContent(baseUrl, writer, item.docId, plan, picture);

  let mobilityId: string | null = null;
  if (plan.mobility) {
    const visits = await writer.call<Mobility[]>('GET', `/partnerships/${writer.me.partnershipId}/mobilities`);
    mobilityId = visits.find((visit) => visit.title === plan.mobility!.title)?.id ?? null;
  }
  const cover = plan.cover ? await upload(plan.cover.bytes) : null;
  await writer.call('PATCH', `/posts/${item.id}`, {
    language: plan.language,
    themes: plan.themes,
    mobilityId,
    phase: plan.mobility?.phase ?? null,
    ...(cover ? { coverUploadId: cover.id, coverAlt: plan.cover!.alt } : {}),
  });
  await writer.call('POST', `/posts/${item.id}/submit`, { message: '' });
  await teacher.call('POST', `/posts/${item.id}/publish`, {});
  return item;
}

export const comment = (user: ApiUser, itemId: string, body: string) => user.call<PostComment>('POST', `/posts/${itemId}/comments`, { body });
export const react = (user: ApiUser, itemId: string, emoji: string) => user.call('PUT', `/posts/${itemId}/reactions/${encodeURIComponent(emoji)}`);
