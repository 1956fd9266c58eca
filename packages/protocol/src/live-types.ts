import type { ItemType } from './api-types.js';
import type { Role } from './roles.js';

/** Live sessions: a teacher-led lesson on a space, as every participant sees it. */

/** Whom a lock keeps from editing: every pupil, the pupils of one team, or one pupil. */
export const LOCK_SCOPES = ['everyone', 'team', 'pupil'] as const;
export type LockScope = (typeof LOCK_SCOPES)[number];

/**
 * What a lock says, for the permission rule: pupils it matches may not edit the
 * item it names, or (itemId null) anything the session covers.
 */
export interface LiveLockRule {
  scope: LockScope;
  /** The team's id (scope team) or the pupil's user id (scope pupil); null for everyone. */
  targetId: string | null;
  itemId: string | null;
}

export interface LiveLock extends LiveLockRule {
  id: string;
  /** Shown in the lock banner: "Carmen paused editing". */
  byUserId: string;
  byName: string;
  at: number;
}

export interface LivePerson {
  userId: string;
  displayName: string;
  role: Role;
  country: string | null;
  schoolId: string | null;
  schoolName: string | null;
  teamIds: string[];
}

export interface LiveParticipant extends LivePerson {
  host: boolean;
  /** Connected right now (the roster keeps those who left, greyed, for attendance). */
  present: boolean;
  /** The item this person has open, if any, and its title (in any space of the partnership). */
  itemId: string | null;
  itemTitle: string | null;
  muted: boolean;
}

/**
 * A board's view to bring everyone to: the centre of the host's screen in board units, the zoom,
 * and how much of the board the host sees (board units), so a phone can show the same part.
 */
export interface BoardView {
  x: number;
  y: number;
  zoom: number;
  width?: number;
  height?: number;
}

export interface LiveSpotlight {
  itemId: string;
  itemType: ItemType;
  title: string;
  view: BoardView | null;
  /** While true, pupils are kept on the item (and the host's view of a board) until released. */
  follow: boolean;
  byUserId: string;
  at: number;
}

export interface RaisedHand {
  userId: string;
  raisedAt: number;
}

export interface LiveTimer {
  /** Running: when it reaches zero. Paused: null. */
  endsAt: number | null;
  /** Paused: what was left. Running: null. */
  remainingMs: number | null;
  durationMs: number;
}

export interface LivePollOption {
  id: string;
  label: string;
  /** Counts are null for pupils until the host reveals them. */
  votes: number | null;
  /** Who chose it: for hosts, on polls that are not anonymous. */
  voters?: string[];
}

export interface LivePoll {
  id: string;
  question: string;
  options: LivePollOption[];
  multiple: boolean;
  anonymous: boolean;
  open: boolean;
  revealed: boolean;
  /** How many people have voted (everyone sees the turnout). */
  voters: number;
  /** This viewer's own choices. */
  mine: string[];
  createdAt: number;
}

export interface LiveChatMessage {
  id: string;
  userId: string;
  displayName: string;
  country: string | null;
  host: boolean;
  /** Plain text, shown as text (links are never made clickable). */
  body: string;
  at: number;
}

export interface LiveChatSettings {
  /** Pupils wait this long between two messages; 0 is off. */
  slowModeSeconds: number;
  /** Whether the transcript goes into the session's summary. */
  keepTranscript: boolean;
}

/** Everything a participant needs to draw the session; sent again after every change. */
export interface LiveSessionState {
  id: string;
  spaceId: string;
  spaceName: string;
  partnershipId: string;
  title: string;
  startedAt: number;
  startedBy: string;
  endedAt: number | null;
  /** The summary document written when the session ended. */
  summaryItemId: string | null;
  /** Is the viewer a host of this session? */
  youHost: boolean;
  participants: LiveParticipant[];
  locks: LiveLock[];
  spotlight: LiveSpotlight | null;
  hands: RaisedHand[];
  timer: LiveTimer | null;
  polls: LivePoll[];
  chat: LiveChatSettings;
  /** The server's clock when this was sent: clients correct their countdown by it. */
  now: number;
}

/** A running session as the banner announces it. */
export interface LiveSessionAnnouncement {
  id: string;
  spaceId: string;
  spaceName: string;
  title: string;
  startedBy: string;
  startedByName: string;
  startedAt: number;
}

/** Supervision: one item of the session as a host's overview shows it. */
export interface SupervisedItem {
  itemId: string;
  itemType: ItemType;
  title: string;
  spaceId: string;
  spaceName: string;
  /** A few words of the start of a document, for its card. */
  excerpt: string;
  /** Boards: the thumbnail's version, for its URL; null without one. */
  thumbnailVersion: number | null;
  /** Who changed it during the session, most recent first. */
  activity: { userId: string; displayName: string; lastAt: number; changes: number }[];
  /** Who has it open right now. */
  openBy: string[];
}

/** What revert did, for the host's confirmation and the audit log. */
export interface RevertResult {
  /** Characters (or board objects) of the pupil's that were taken out or brought back. */
  removed: number;
  restored: number;
}
