import type { Role } from './roles.js';
import type { SpaceRef } from './schemas.js';
import type { PostRef } from './blog-schemas.js';
import type { PostComment, ReactionCount } from './blog-types.js';
import type { LiveCommand, LivePayload } from './live-schemas.js';
import type { LiveChatMessage, LiveSessionAnnouncement, LiveSessionState, RevertResult, SupervisedItem } from './live-types.js';
import type { ExportJob } from './export-types.js';

/** Socket.IO control plane: event names and payloads, typed for both ends. */

export interface PresenceMember {
  userId: string;
  displayName: string;
  role: Role;
  country: string | null;
  schoolName: string | null;
}

export interface SpacePresence {
  spaceId: string;
  members: PresenceMember[];
}

export type Ack<T> = (response: ({ ok: true } & T) | { ok: false; error: string; code?: string }) => void;

type Empty = Record<never, never>;

/** What each live command's acknowledgement carries when it succeeds. */
export interface LiveResults {
  'live:start': { sessionId: string };
  'live:join': { state: LiveSessionState; chat: LiveChatMessage[] };
  'live:poll-create': { pollId: string };
  'live:chat-send': { message: LiveChatMessage };
  'live:lock': { lockId: string };
  'live:overview': { items: SupervisedItem[] };
  'live:revert': RevertResult;
  'live:end': { summaryItemId: string };
}
export type LiveResult<C extends LiveCommand> = C extends keyof LiveResults ? LiveResults[C] : Empty;

/** The live commands as Socket.IO events: a payload (checked by liveCommandSchemas) and an acknowledgement. */
export type LiveCommandEvents = { [C in LiveCommand]: (payload: LivePayload<C>, ack: Ack<LiveResult<C>>) => void };

export interface ClientToServerEvents extends LiveCommandEvents {
  'presence:join': (payload: SpaceRef, ack: Ack<SpacePresence>) => void;
  'presence:leave': (payload: SpaceRef) => void;
  /** Follow a published post's comments and reactions live (needs read access). */
  'post:watch': (payload: PostRef, ack: Ack<Record<never, never>>) => void;
  'post:unwatch': (payload: PostRef) => void;
}

export interface ServerToClientEvents {
  'presence:update': (presence: SpacePresence) => void;
  /** The session was ended elsewhere (logout, account switched off): return to the login page. */
  'session:ended': () => void;
  /** What this user may see or change in a partnership has changed: fetch spaces and items again. */
  'access:changed': (change: { partnershipId: string }) => void;
  /** A comment was added, hidden, shown again or deleted (`deleted` then carries only the id). */
  'post:comment': (event: { itemId: string; comment: PostComment } | { itemId: string; deleted: string }) => void;
  /** The reaction counts changed; `mine` is false here: each client keeps its own. */
  'post:reactions': (event: { itemId: string; reactions: ReactionCount[] }) => void;
  /** To a space's open pages: an item there was renamed or given another language. Fetch it again (the event carries neither). */
  'item:changed': (event: { spaceId: string; itemId: string }) => void;
  /** The post was published, unpublished or changed status: fetch it again. */
  'post:changed': (event: { itemId: string }) => void;
  /** A live session this user is in changed: the whole state again, as this user may see it. */
  'live:state': (state: LiveSessionState) => void;
  'live:chat': (event: { sessionId: string; message: LiveChatMessage }) => void;
  'live:chat-deleted': (event: { sessionId: string; messageId: string }) => void;
  /** A live session started on a space this user may read (the banner offers to join). */
  'live:announce': (session: LiveSessionAnnouncement) => void;
  'live:ended': (event: { sessionId: string; spaceId: string; summaryItemId: string | null }) => void;
  /** To the pupil whose changes a host took back: so they know why their words went (and do not type them again). */
  'live:reverted': (event: { sessionId: string; itemId: string; itemTitle: string; byName: string }) => void;
  /** To the person who started an export, while it runs (a few times a second at most). */
  'export:progress': (job: ExportJob) => void;
  /** To the person who started an export: it is done (with its download link) or failed (with why). */
  'export:finished': (job: ExportJob) => void;
  /** A term of the partnership's glossary was proposed, approved, changed or deleted: fetch the glossary again. */
  'glossary:changed': (event: { partnershipId: string }) => void;
}

export const spaceRoom = (spaceId: string): string => `space:${spaceId}`;
export const userRoom = (userId: string): string => `user:${userId}`;
export const postRoom = (itemId: string): string => `post:${itemId}`;
export const liveRoom = (sessionId: string): string => `live:${sessionId}`;
