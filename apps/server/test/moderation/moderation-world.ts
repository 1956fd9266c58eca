import type { ItemSummary, PostComment, ReactionCount, Team } from '@kopa/protocol';
import { login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectControlClient, connected, type ControlClient } from '../support/control-client.js';
import { publishPost } from '../support/published-post.js';
import { expectOk } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

export const PEOPLE = ['ilze', 'carmen', 'marco', 'ana', 'janis', 'lucia', 'giulia', 'andrei', 'guest'] as const;
export type Person = (typeof PEOPLE)[number];

export interface ModerationWorld {
  server: TestServer;
  as: Record<Person, LoggedIn>;
  partnershipId: string;
  /** A second team, "Harbour": Jānis (LV) and Lucía (ES) only, so Marco (IT) teaches none of its pupils. */
  harbour: Team;
  /** Published in Harbour's space: written and submitted by Lucía, published by Carmen. */
  post: ItemSummary;
}

/** The demo partnership on a real server, with a team of two schools and a published post in its space. */
export async function buildModerationWorld(): Promise<ModerationWorld> {
  const server = await startTestServer();
  const as = {} as Record<Person, LoggedIn>;
  await Promise.all(PEOPLE.map(async (name) => (as[name] = await login(server.url, name))));
  const partnershipId = as.ilze.me.partnershipId!;
  const harbour = await expectOk(
    sendJson<Team>(server.url, 'POST', `/api/partnerships/${partnershipId}/teams`, {
      cookie: as.ilze.cookie,
      body: { name: 'Harbour', memberIds: [as.janis.me.id, as.lucia.me.id] },
    }),
    'create the team Harbour',
  );
  const post = await publishPost(server.url, { writer: as.lucia.cookie, teacher: as.carmen.cookie }, harbour.spaceId, 'Our day at the harbour');
  return { server, as, partnershipId, harbour, post };
}

export type CommentEvent = { itemId: string; comment: PostComment } | { itemId: string; deleted: string };

/** A reader with the post open: a real Socket.IO client that has watched the post and records what it hears. */
export interface Watcher {
  socket: ControlClient;
  comments: CommentEvent[];
  reactions: ReactionCount[][];
  changed: string[];
}

export async function watchPost(baseUrl: string, cookie: string, itemId: string): Promise<Watcher> {
  const socket = connectControlClient(baseUrl, { cookie });
  const watcher: Watcher = { socket, comments: [], reactions: [], changed: [] };
  socket.on('post:comment', (event) => watcher.comments.push(event));
  socket.on('post:reactions', (event) => watcher.reactions.push(event.reactions));
  socket.on('post:changed', (event) => watcher.changed.push(event.itemId));
  await connected(socket);
  const ack = await socket.emitWithAck('post:watch', { itemId });
  if (!ack.ok) throw new Error(`watching ${itemId} failed: ${JSON.stringify(ack)}`);
  return watcher;
}

/** The last version of a comment a watcher heard of, or 'deleted' when the last word was that it is gone. */
export function lastHeard(watcher: Watcher, commentId: string): PostComment | 'deleted' | undefined {
  for (const event of [...watcher.comments].reverse()) {
    if ('deleted' in event && event.deleted === commentId) return 'deleted';
    if ('comment' in event && event.comment.id === commentId) return event.comment;
  }
  return undefined;
}
