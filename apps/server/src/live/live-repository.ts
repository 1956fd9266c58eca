import { randomUUID } from 'node:crypto';
import type { LiveLock, LivePerson, LiveSpotlight, LiveTimer, LockScope, Role } from '@kopa/protocol';
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


const PARTICIPANT_SELECT = `SELECT lp.user_id, u.display_name, m.role, s.country, u.school_id, s.name AS school_name,
    (SELECT json_group_array(t.id) FROM team_members tm JOIN teams t ON t.id = tm.team_id
      WHERE tm.user_id = lp.user_id AND t.partnership_id = ls.partnership_id) AS team_ids,
    lp.host, lp.muted, lp.hand_raised_at, lp.first_joined_at, lp.last_seen_at
  FROM live_participants lp
  JOIN live_sessions ls ON ls.id = lp.session_id
  JOIN users u ON u.id = lp.user_id
  LEFT JOIN memberships m ON m.user_id = lp.user_id AND m.partnership_id = ls.partnership_id
  LEFT JOIN schools s ON s.id = u.school_id`;

const SESSION_COLUMNS = `id, partnership_id, space_id, title, started_by,
  (SELECT display_name FROM users WHERE users.id = started_by) AS started_by_name, started_at, ended_at, summary_item_id,
  spotlight, timer, slow_mode_seconds, keep_transcript`;


/** The stored state of live sessions: one row per session, and rows for its people (hosts, attendance, hands, mutes) and locks. */
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
      participants: db.prepare<[string], ParticipantRow>(`${PARTICIPANT_SELECT} WHERE lp.session_id = ? ORDER BY u.display_name COLLATE NOCASE`),
      participant: db.prepare<[string, string], ParticipantRow>(`${PARTICIPANT_SELECT} WHERE lp.session_id = ? AND lp.user_id = ?`),
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

  /** Ends the session: its locks go (pupils write again), hands go down, the spotlight goes out. */
  end(sessionId: string, summaryItemId: string | null): void {
    this.db.transaction(() => {
      this.statements.end.run(Date.now(), summaryItemId, sessionId);
      this.statements.deleteLocks.run(sessionId);
      this.statements.lowerAllHands.run(sessionId);
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
    return this.statements.participants.all(sessionId).map(toParticipant);
  }

  /** One person of the session (asked on every command: whether they host, whether they are muted). */
  participant(sessionId: string, userId: string): ParticipantRecord | null {
    const row = this.statements.participant.get(sessionId, userId);
    return row ? toParticipant(row) : null;
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
}

function toParticipant(row: ParticipantRow): ParticipantRecord {
  return {
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
  };
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

