import { randomUUID } from 'node:crypto';
import type { LiveChatMessage, LiveLock, LivePerson, LiveSpotlight, LiveTimer, LockScope, Role } from '@kopa/protocol';
import type { SqliteDatabase } from '../db/open-database.js';

export interface LiveSessionRecord {
  id: string;
  partnershipId: string;
  spaceId: string;
  title: string;
  startedBy: string;
  startedByName: string;
  startedAt: number;
  endedAt: number | null;
  summaryItemId: string | null;
  spotlight: LiveSpotlight | null;
  timer: LiveTimer | null;
  slowModeSeconds: number;
  keepTranscript: boolean;
}

export interface ParticipantRecord extends LivePerson {
  host: boolean;
  muted: boolean;
  handRaisedAt: number | null;
  firstJoinedAt: number | null;
  lastSeenAt: number | null;
}

export interface PollRecord {
  id: string;
  question: string;
  options: { id: string; label: string }[];
  multiple: boolean;
  anonymous: boolean;
  open: boolean;
  revealed: boolean;
  createdAt: number;
  /** userId → option ids */
  votes: Map<string, string[]>;
}

export interface ActivityRecord {
  itemId: string;
  userId: string;
  displayName: string;
  changes: number;
  lastAt: number;
}

interface SessionRow {
  id: string;
  partnership_id: string;
  space_id: string;
  title: string;
  started_by: string | null;
  started_by_name: string | null;
  started_at: number;
  ended_at: number | null;
  summary_item_id: string | null;
  spotlight: string | null;
  timer: string | null;
  slow_mode_seconds: number;
  keep_transcript: number;
}

interface ParticipantRow {
  user_id: string;
  display_name: string;
  role: Role | null;
  country: string | null;
  school_id: string | null;
  school_name: string | null;
  team_ids: string;
  host: number;
  muted: number;
  hand_raised_at: number | null;
  first_joined_at: number | null;
  last_seen_at: number | null;
}

interface LockRow {
  id: string;
  scope: LockScope;
  target_id: string | null;
  item_id: string | null;
  created_by: string | null;
  by_name: string | null;
  created_at: number;
}

interface ChatRow {
  id: string;
  user_id: string | null;
  display_name: string | null;
  country: string | null;
  host: number | null;
  body: string;
  created_at: number;
}

const SESSION_COLUMNS = `id, partnership_id, space_id, title, started_by,
  (SELECT display_name FROM users WHERE users.id = started_by) AS started_by_name, started_at, ended_at, summary_item_id,
  spotlight, timer, slow_mode_seconds, keep_transcript`;

const CHAT_SELECT = `SELECT c.id, c.user_id, u.display_name, s.country, lp.host, c.body, c.created_at
  FROM live_chat c LEFT JOIN users u ON u.id = c.user_id LEFT JOIN schools s ON s.id = u.school_id
  LEFT JOIN live_participants lp ON lp.session_id = c.session_id AND lp.user_id = c.user_id`;

/** The stored state of live sessions: one row per session, and rows for its people, locks, polls, chat and activity. */
export class LiveRepository {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      insertSession: db.prepare(
        `INSERT INTO live_sessions (id, partnership_id, space_id, title, started_by, started_at)
         VALUES (@id, @partnershipId, @spaceId, @title, @startedBy, @startedAt)`,
      ),
      find: db.prepare<[string], SessionRow>(`SELECT ${SESSION_COLUMNS} FROM live_sessions WHERE id = ?`),
      runningOnSpace: db.prepare<[string], SessionRow>(`SELECT ${SESSION_COLUMNS} FROM live_sessions WHERE space_id = ? AND ended_at IS NULL`),
      runningIn: db.prepare<[string], SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM live_sessions WHERE partnership_id = ? AND ended_at IS NULL ORDER BY started_at`,
      ),
      allRunning: db.prepare<[], SessionRow>(`SELECT ${SESSION_COLUMNS} FROM live_sessions WHERE ended_at IS NULL`),
      end: db.prepare<[number, string | null, string]>('UPDATE live_sessions SET ended_at = ?, summary_item_id = ?, spotlight = NULL WHERE id = ?'),
      setSpotlight: db.prepare<[string | null, string]>('UPDATE live_sessions SET spotlight = ? WHERE id = ?'),
      setTimer: db.prepare<[string | null, string]>('UPDATE live_sessions SET timer = ? WHERE id = ?'),
      setChatSettings: db.prepare<[number, number, string]>('UPDATE live_sessions SET slow_mode_seconds = ?, keep_transcript = ? WHERE id = ?'),

      participants: db.prepare<[string], ParticipantRow>(
        `SELECT lp.user_id, u.display_name, m.role, s.country, u.school_id, s.name AS school_name,
                (SELECT json_group_array(t.id) FROM team_members tm JOIN teams t ON t.id = tm.team_id
                  WHERE tm.user_id = lp.user_id AND t.partnership_id = ls.partnership_id) AS team_ids,
                lp.host, lp.muted, lp.hand_raised_at, lp.first_joined_at, lp.last_seen_at
         FROM live_participants lp
         JOIN live_sessions ls ON ls.id = lp.session_id
         JOIN users u ON u.id = lp.user_id
         LEFT JOIN memberships m ON m.user_id = lp.user_id AND m.partnership_id = ls.partnership_id
         LEFT JOIN schools s ON s.id = u.school_id
         WHERE lp.session_id = ? ORDER BY u.display_name COLLATE NOCASE`,
      ),
      addParticipant: db.prepare<[string, string, number]>(
        'INSERT INTO live_participants (session_id, user_id, host) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      markJoined: db.prepare<[number, number, string, string]>(
        `UPDATE live_participants SET first_joined_at = IFNULL(first_joined_at, ?), last_seen_at = ?
         WHERE session_id = ? AND user_id = ?`,
      ),
      markSeen: db.prepare<[number, string, string]>('UPDATE live_participants SET last_seen_at = ? WHERE session_id = ? AND user_id = ?'),
      setHost: db.prepare<[string, string]>('UPDATE live_participants SET host = 1 WHERE session_id = ? AND user_id = ?'),
      setMuted: db.prepare<[number, string, string]>('UPDATE live_participants SET muted = ? WHERE session_id = ? AND user_id = ?'),
      raiseHand: db.prepare<[number, string, string]>(
        'UPDATE live_participants SET hand_raised_at = IFNULL(hand_raised_at, ?) WHERE session_id = ? AND user_id = ?',
      ),
      lowerHand: db.prepare<[string, string]>('UPDATE live_participants SET hand_raised_at = NULL WHERE session_id = ? AND user_id = ?'),
      lowerAllHands: db.prepare<[string]>('UPDATE live_participants SET hand_raised_at = NULL WHERE session_id = ?'),

      locks: db.prepare<[string], LockRow>(
        `SELECT l.id, l.scope, l.target_id, l.item_id, l.created_by, u.display_name AS by_name, l.created_at
         FROM live_locks l LEFT JOIN users u ON u.id = l.created_by WHERE l.session_id = ? ORDER BY l.created_at, l.id`,
      ),
      findLock: db.prepare<[string, string, string, string], { id: string }>(
        `SELECT id FROM live_locks WHERE session_id = ? AND scope = ? AND IFNULL(target_id, '') = ? AND IFNULL(item_id, '') = ?`,
      ),
      insertLock: db.prepare(
        `INSERT INTO live_locks (id, session_id, scope, target_id, item_id, created_by, created_at)
         VALUES (@id, @sessionId, @scope, @targetId, @itemId, @createdBy, @createdAt)`,
      ),
      deleteLock: db.prepare<[string, string]>('DELETE FROM live_locks WHERE session_id = ? AND id = ?'),
      deleteLocks: db.prepare<[string]>('DELETE FROM live_locks WHERE session_id = ?'),

      polls: db.prepare<[string], { id: string; question: string; options: string; multiple: number; anonymous: number; open: number; revealed: number; created_at: number }>(
        'SELECT id, question, options, multiple, anonymous, open, revealed, created_at FROM live_polls WHERE session_id = ? ORDER BY created_at, id',
      ),
      votes: db.prepare<[string], { poll_id: string; user_id: string; option_ids: string }>(
        'SELECT v.poll_id, v.user_id, v.option_ids FROM live_votes v JOIN live_polls p ON p.id = v.poll_id WHERE p.session_id = ? ORDER BY v.voted_at',
      ),
      pollByClient: db.prepare<[string, string, string], { id: string }>(
        'SELECT id FROM live_polls WHERE session_id = ? AND created_by = ? AND client_id = ?',
      ),
      insertPoll: db.prepare(
        `INSERT INTO live_polls (id, session_id, client_id, question, options, multiple, anonymous, created_by, created_at)
         VALUES (@id, @sessionId, @clientId, @question, @options, @multiple, @anonymous, @createdBy, @createdAt)`,
      ),
      closePoll: db.prepare<[string, string]>('UPDATE live_polls SET open = 0 WHERE session_id = ? AND id = ?'),
      closeAllPolls: db.prepare<[string]>('UPDATE live_polls SET open = 0 WHERE session_id = ?'),
      revealPoll: db.prepare<[string, string]>('UPDATE live_polls SET revealed = 1 WHERE session_id = ? AND id = ?'),
      vote: db.prepare<[string, string, string, number]>(
        `INSERT INTO live_votes (poll_id, user_id, option_ids, voted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (poll_id, user_id) DO UPDATE SET option_ids = excluded.option_ids`,
      ),

      chat: db.prepare<[string, number], ChatRow>(
        `SELECT * FROM (${CHAT_SELECT} WHERE c.session_id = ? AND c.deleted_at IS NULL ORDER BY c.created_at DESC, c.id DESC LIMIT ?)
         ORDER BY created_at, id`,
      ),
      chatMessage: db.prepare<[string, string], ChatRow>(`${CHAT_SELECT} WHERE c.session_id = ? AND c.id = ?`),
      chatByClient: db.prepare<[string, string, string], { id: string }>(
        'SELECT id FROM live_chat WHERE session_id = ? AND user_id = ? AND client_id = ?',
      ),
      lastMessageAt: db.prepare<[string, string], { at: number | null }>(
        'SELECT MAX(created_at) AS at FROM live_chat WHERE session_id = ? AND user_id = ?',
      ),
      insertChat: db.prepare(
        `INSERT INTO live_chat (id, session_id, client_id, user_id, body, created_at)
         VALUES (@id, @sessionId, @clientId, @userId, @body, @createdAt)`,
      ),
      deleteChat: db.prepare<[number, string, string, string]>(
        'UPDATE live_chat SET deleted_at = ?, deleted_by = ? WHERE session_id = ? AND id = ? AND deleted_at IS NULL',
      ),

      recordActivity: db.prepare<[string, string, string, number]>(
        `INSERT INTO live_activity (session_id, item_id, user_id, changes, last_at) VALUES (?, ?, ?, 1, ?)
         ON CONFLICT (session_id, item_id, user_id) DO UPDATE SET changes = changes + 1, last_at = excluded.last_at`,
      ),
      hasBase: db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM live_item_bases WHERE session_id = ? AND item_id = ?'),
      insertBase: db.prepare<[string, string, Buffer, number]>(
        'INSERT INTO live_item_bases (session_id, item_id, state, taken_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      base: db.prepare<[string, string], { state: Buffer }>('SELECT state FROM live_item_bases WHERE session_id = ? AND item_id = ?'),
      insertEdit: db.prepare<[string, string, string | null, number, Buffer]>(
        'INSERT INTO live_edits (session_id, item_id, user_id, at, data) VALUES (?, ?, ?, ?, ?)',
      ),
      edits: db.prepare<[string, string], { user_id: string | null; at: number; data: Buffer }>(
        'SELECT user_id, at, data FROM live_edits WHERE session_id = ? AND item_id = ? ORDER BY seq',
      ),
      dropTrail: db.prepare<[string]>('DELETE FROM live_edits WHERE session_id = ?'),
      dropBases: db.prepare<[string]>('DELETE FROM live_item_bases WHERE session_id = ?'),
      activity: db.prepare<[string], { item_id: string; user_id: string; display_name: string; changes: number; last_at: number }>(
        `SELECT a.item_id, a.user_id, u.display_name, a.changes, a.last_at FROM live_activity a JOIN users u ON u.id = a.user_id
         WHERE a.session_id = ? ORDER BY a.last_at DESC`,
      ),
    };
  }

  // --- sessions

  start(session: { partnershipId: string; spaceId: string; title: string; startedBy: string }): LiveSessionRecord {
    const id = randomUUID();
    const startedAt = Date.now();
    this.db.transaction(() => {
      this.statements.insertSession.run({ id, ...session, startedAt });
      this.statements.addParticipant.run(id, session.startedBy, 1);
    })();
    return this.find(id)!;
  }

  find(sessionId: string): LiveSessionRecord | null {
    const row = this.statements.find.get(sessionId);
    return row ? toSession(row) : null;
  }

  runningOnSpace(spaceId: string): LiveSessionRecord | null {
    const row = this.statements.runningOnSpace.get(spaceId);
    return row ? toSession(row) : null;
  }

  runningIn(partnershipId: string): LiveSessionRecord[] {
    return this.statements.runningIn.all(partnershipId).map(toSession);
  }

  allRunning(): LiveSessionRecord[] {
    return this.statements.allRunning.all().map(toSession);
  }

  /** Ends the session: its locks go (pupils write again), open polls close, the spotlight goes out. */
  end(sessionId: string, summaryItemId: string | null): void {
    this.db.transaction(() => {
      this.statements.end.run(Date.now(), summaryItemId, sessionId);
      this.statements.deleteLocks.run(sessionId);
      this.statements.closeAllPolls.run(sessionId);
      this.statements.lowerAllHands.run(sessionId);
      this.statements.dropTrail.run(sessionId);
      this.statements.dropBases.run(sessionId);
    })();
  }

  setSpotlight(sessionId: string, spotlight: LiveSpotlight | null): void {
    this.statements.setSpotlight.run(spotlight ? JSON.stringify(spotlight) : null, sessionId);
  }

  setTimer(sessionId: string, timer: LiveTimer | null): void {
    this.statements.setTimer.run(timer ? JSON.stringify(timer) : null, sessionId);
  }

  setChatSettings(sessionId: string, slowModeSeconds: number, keepTranscript: boolean): void {
    this.statements.setChatSettings.run(slowModeSeconds, keepTranscript ? 1 : 0, sessionId);
  }

  // --- people

  participants(sessionId: string): ParticipantRecord[] {
    return this.statements.participants.all(sessionId).map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      role: row.role ?? 'guest',
      country: row.country,
      schoolId: row.school_id,
      schoolName: row.school_name,
      teamIds: (JSON.parse(row.team_ids) as (string | null)[]).filter((id): id is string => id !== null),
      host: row.host === 1,
      muted: row.muted === 1,
      handRaisedAt: row.hand_raised_at,
      firstJoinedAt: row.first_joined_at,
      lastSeenAt: row.last_seen_at,
    }));
  }

  participant(sessionId: string, userId: string): ParticipantRecord | null {
    return this.participants(sessionId).find((person) => person.userId === userId) ?? null;
  }

  markJoined(sessionId: string, userId: string): void {
    const now = Date.now();
    this.db.transaction(() => {
      this.statements.addParticipant.run(sessionId, userId, 0);
      this.statements.markJoined.run(now, now, sessionId, userId);
    })();
  }

  markSeen(sessionId: string, userId: string): void {
    this.statements.markSeen.run(Date.now(), sessionId, userId);
  }

  makeHost(sessionId: string, userId: string): void {
    this.db.transaction(() => {
      this.statements.addParticipant.run(sessionId, userId, 1);
      this.statements.setHost.run(sessionId, userId);
    })();
  }

  setMuted(sessionId: string, userId: string, muted: boolean): void {
    this.db.transaction(() => {
      this.statements.addParticipant.run(sessionId, userId, 0);
      this.statements.setMuted.run(muted ? 1 : 0, sessionId, userId);
    })();
  }

  /** Raising an already raised hand keeps its place in the queue. */
  setHand(sessionId: string, userId: string, raised: boolean): void {
    if (raised) this.statements.raiseHand.run(Date.now(), sessionId, userId);
    else this.statements.lowerHand.run(sessionId, userId);
  }

  lowerAllHands(sessionId: string): void {
    this.statements.lowerAllHands.run(sessionId);
  }

  // --- locks

  locks(sessionId: string): LiveLock[] {
    return this.statements.locks.all(sessionId).map((row) => ({
      id: row.id,
      scope: row.scope,
      targetId: row.target_id,
      itemId: row.item_id,
      byUserId: row.created_by ?? '',
      byName: row.by_name ?? '',
      at: row.created_at,
    }));
  }

  /** Adds the lock, or finds the same one already there (locking twice is locking once). */
  addLock(sessionId: string, lock: { scope: LockScope; targetId: string | null; itemId: string | null }, createdBy: string): { id: string; added: boolean } {
    const existing = this.statements.findLock.get(sessionId, lock.scope, lock.targetId ?? '', lock.itemId ?? '');
    if (existing) return { id: existing.id, added: false };
    const id = randomUUID();
    this.statements.insertLock.run({ id, sessionId, ...lock, createdBy, createdAt: Date.now() });
    return { id, added: true };
  }

  removeLock(sessionId: string, lockId: string): boolean {
    return this.statements.deleteLock.run(sessionId, lockId).changes > 0;
  }

  // --- polls

  polls(sessionId: string): PollRecord[] {
    const votes = new Map<string, Map<string, string[]>>();
    for (const vote of this.statements.votes.all(sessionId)) {
      const byUser = votes.get(vote.poll_id) ?? new Map<string, string[]>();
      byUser.set(vote.user_id, JSON.parse(vote.option_ids) as string[]);
      votes.set(vote.poll_id, byUser);
    }
    return this.statements.polls.all(sessionId).map((row) => ({
      id: row.id,
      question: row.question,
      options: JSON.parse(row.options) as { id: string; label: string }[],
      multiple: row.multiple === 1,
      anonymous: row.anonymous === 1,
      open: row.open === 1,
      revealed: row.revealed === 1,
      createdAt: row.created_at,
      votes: votes.get(row.id) ?? new Map(),
    }));
  }

  /** Creates the poll, or returns the one this client already created with the same client id. */
  addPoll(
    sessionId: string,
    poll: { clientId?: string; question: string; options: readonly string[]; multiple: boolean; anonymous: boolean },
    createdBy: string,
  ): { id: string; added: boolean } {
    if (poll.clientId) {
      const existing = this.statements.pollByClient.get(sessionId, createdBy, poll.clientId);
      if (existing) return { id: existing.id, added: false };
    }
    const id = randomUUID();
    const options = poll.options.map((label, index) => ({ id: `o${index + 1}`, label }));
    this.statements.insertPoll.run({
      id,
      sessionId,
      clientId: poll.clientId ?? null,
      question: poll.question,
      options: JSON.stringify(options),
      multiple: poll.multiple ? 1 : 0,
      anonymous: poll.anonymous ? 1 : 0,
      createdBy,
      createdAt: Date.now(),
    });
    return { id, added: true };
  }

  closePoll(sessionId: string, pollId: string): void {
    this.statements.closePoll.run(sessionId, pollId);
  }

  revealPoll(sessionId: string, pollId: string): void {
    this.statements.revealPoll.run(sessionId, pollId);
  }

  /** Voting again replaces one's earlier choice. */
  vote(pollId: string, userId: string, optionIds: readonly string[]): void {
    this.statements.vote.run(pollId, userId, JSON.stringify(optionIds), Date.now());
  }

  // --- chat

  chat(sessionId: string, limit: number): LiveChatMessage[] {
    return this.statements.chat.all(sessionId, limit).map(toChatMessage);
  }

  lastMessageAt(sessionId: string, userId: string): number | null {
    return this.statements.lastMessageAt.get(sessionId, userId)?.at ?? null;
  }

  /** Adds the message, or returns the one this client already sent with the same client id. */
  addMessage(sessionId: string, userId: string, body: string, clientId: string | undefined): { message: LiveChatMessage; added: boolean } {
    const existing = clientId ? this.statements.chatByClient.get(sessionId, userId, clientId) : undefined;
    const id = existing?.id ?? randomUUID();
    if (!existing) this.statements.insertChat.run({ id, sessionId, clientId: clientId ?? null, userId, body, createdAt: Date.now() });
    return { message: toChatMessage(this.statements.chatMessage.get(sessionId, id)!), added: !existing };
  }

  findMessage(sessionId: string, messageId: string): LiveChatMessage | null {
    const row = this.statements.chatMessage.get(sessionId, messageId);
    return row ? toChatMessage(row) : null;
  }

  deleteMessage(sessionId: string, messageId: string, deletedBy: string): boolean {
    return this.statements.deleteChat.run(Date.now(), deletedBy, sessionId, messageId).changes > 0;
  }

  // --- the edit trail (what revert replays)

  hasBase(sessionId: string, itemId: string): boolean {
    return this.statements.hasBase.get(sessionId, itemId) !== undefined;
  }

  /** The item's whole state just before its first change in the session (kept once). */
  saveBase(sessionId: string, itemId: string, state: Uint8Array): void {
    this.statements.insertBase.run(sessionId, itemId, Buffer.from(state), Date.now());
  }

  base(sessionId: string, itemId: string): Uint8Array | null {
    const row = this.statements.base.get(sessionId, itemId);
    return row ? new Uint8Array(row.state) : null;
  }

  recordEdit(sessionId: string, itemId: string, userId: string | null, update: Uint8Array): void {
    this.statements.insertEdit.run(sessionId, itemId, userId, Date.now(), Buffer.from(update));
  }

  edits(sessionId: string, itemId: string): { userId: string | null; at: number; update: Uint8Array }[] {
    return this.statements.edits.all(sessionId, itemId).map((row) => ({ userId: row.user_id, at: row.at, update: new Uint8Array(row.data) }));
  }

  // --- activity

  recordActivity(sessionId: string, itemId: string, userId: string): void {
    this.statements.recordActivity.run(sessionId, itemId, userId, Date.now());
  }

  activity(sessionId: string): ActivityRecord[] {
    return this.statements.activity.all(sessionId).map((row) => ({
      itemId: row.item_id,
      userId: row.user_id,
      displayName: row.display_name,
      changes: row.changes,
      lastAt: row.last_at,
    }));
  }
}

function toSession(row: SessionRow): LiveSessionRecord {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    spaceId: row.space_id,
    title: row.title,
    startedBy: row.started_by ?? '',
    startedByName: row.started_by_name ?? '',
    startedAt: row.started_at,
    endedAt: row.ended_at,
    summaryItemId: row.summary_item_id,
    spotlight: row.spotlight ? (JSON.parse(row.spotlight) as LiveSpotlight) : null,
    timer: row.timer ? (JSON.parse(row.timer) as LiveTimer) : null,
    slowModeSeconds: row.slow_mode_seconds,
    keepTranscript: row.keep_transcript === 1,
  };
}

function toChatMessage(row: ChatRow): LiveChatMessage {
  return {
    id: row.id,
    userId: row.user_id ?? '',
    displayName: row.display_name ?? '',
    country: row.country,
    host: row.host === 1,
    body: row.body,
    at: row.created_at,
  };
}
