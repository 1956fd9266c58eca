import {
  canLive,
  isStaffRole,
  type LiveActor,
  type LiveChatMessage,
  type LiveCommand,
  type LiveParsed,
  type LiveSessionAnnouncement,
  type Member,
  type RevertResult,
} from '@kopa/protocol';
import type { AccessChanges } from '../access/access-changes.js';
import type { AccessControl } from '../access/access-control.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { DocumentRegistry } from '../collab/document-registry.js';
import type { AuditLog, AuditRecord } from '../moderation/audit-log.js';
import type { SpaceRecord, SpaceRepository } from '../spaces/space-repository.js';
import type { TeamRepository } from '../teams/team-repository.js';
import { LiveCommandError, notAllowed, sessionNotFound } from './live-command-error.js';
import type { LiveEditTrail } from './live-edit-trail.js';
import type { LiveChatRepository } from './live-chat-repository.js';
import type { LivePollRepository } from './live-poll-repository.js';
import type { LiveRepository, LiveSessionRecord } from './live-repository.js';
import type { LiveTrailRepository } from './live-trail-repository.js';
import { revertPupilChanges } from './live-revert.js';

export interface LiveSessionsDeps {
  db: SqliteDatabase;
  live: LiveRepository;
  polls: LivePollRepository;
  chat: LiveChatRepository;
  trail: LiveTrailRepository;
  editTrail: LiveEditTrail;
  access: AccessControl;
  accessChanges: AccessChanges;
  spaces: SpaceRepository;
  teams: TeamRepository;
  auditLog: AuditLog;
  registry: DocumentRegistry;
}

/** A command's sender inside a running session they may read. */
export interface LiveContext {
  session: LiveSessionRecord;
  space: SpaceRecord;
  member: Member;
  actor: LiveActor;
}

/**
 * The rules of a live session, one method per command. Every method checks who
 * may do it (canLive, the school rule for commands about a pupil), writes the
 * change to the database (with its audit record in the same transaction) and
 * returns; the gateway then tells everyone in the session. Repeating a command
 * changes nothing more: locking twice is one lock, a resent message is one message.
 */
export class LiveSessions {
  constructor(private readonly deps: LiveSessionsDeps) {}

  start(userId: string, { spaceId, title }: LiveParsed<'live:start'>): { session: LiveSessionRecord; started: boolean } {
    const space = this.deps.spaces.findSpace(spaceId);
    const member = space ? this.deps.access.memberIn(userId, space.partnershipId) : null;
    if (!space || !member || !this.mayJoin(userId, space)) throw new LiveCommandError('not_found', 'Space not found.');
    if (!canLive({ member, host: false }, 'live:start') || !this.deps.access.canOnSpace(userId, 'moderate', space)) {
      throw space.archived ? new LiveCommandError('conflict', 'This space is archived.') : notAllowed('teachers start live sessions');
    }
    const running = this.deps.live.runningOnSpace(space.id);
    if (running) {
      // A second teacher starting the lesson on the same space joins it as a host.
      this.deps.live.makeHost(running.id, userId);
      return { session: running, started: false };
    }
    const session = this.deps.db.transaction(() => {
      const started = this.deps.live.start({ partnershipId: space.partnershipId, spaceId: space.id, title: title || space.title, startedBy: userId });
      this.audit(started, userId, 'live.start', { title: started.title, space: space.title });
      return started;
    })();
    this.deps.editTrail.sessionsChanged();
    return { session, started: true };
  }

  /** The sender in a running session whose space they may read; else not found (as for anyone outside). */
  context(userId: string, sessionId: string): LiveContext {
    const session = this.deps.live.find(sessionId);
    if (!session || session.endedAt !== null) throw sessionNotFound();
    const space = this.deps.spaces.findSpace(session.spaceId);
    const member = space ? this.deps.access.memberIn(userId, session.partnershipId) : null;
    if (!space || !member || !this.mayJoin(userId, space)) throw sessionNotFound();
    const host = this.deps.live.participant(sessionId, userId)?.host ?? false;
    return { session, space, member, actor: { member, host } };
  }

  /** The context of a sender who may send `command` (about `pupilId`, for commands about one pupil). */
  authorize(userId: string, command: LiveCommand, sessionId: string, pupilId?: string): LiveContext & { pupil: Member | null } {
    const context = this.context(userId, sessionId);
    const pupil = pupilId === undefined ? undefined : this.deps.access.memberIn(pupilId, context.session.partnershipId);
    if (!canLive(context.actor, command, pupil)) {
      if (!context.actor.host) throw notAllowed('the hosts of the session can do that');
      throw notAllowed('a teacher of the pupil’s own school (or the coordinator) can do that');
    }
    return { ...context, pupil: pupil ?? null };
  }

  join(userId: string, { sessionId }: LiveParsed<'live:join'>): LiveContext {
    const context = this.context(userId, sessionId);
    this.deps.live.markJoined(sessionId, userId);
    return context;
  }

  /** Checks what a participant says they have open: an item of this partnership (every member reads them all), or none. */
  opened(userId: string, { sessionId, itemId }: LiveParsed<'live:open'>): string | null {
    const { session } = this.context(userId, sessionId);
    return itemId === null ? null : this.itemInPartnership(session, itemId).id;
  }

  left(userId: string, sessionId: string): void {
    this.deps.live.markSeen(sessionId, userId);
  }

  cohost(userId: string, { sessionId, userId: cohostId }: LiveParsed<'live:cohost'>): void {
    const { session } = this.authorize(userId, 'live:cohost', sessionId);
    const cohost = this.deps.access.memberIn(cohostId, session.partnershipId);
    if (!cohost?.active || !isStaffRole(cohost.role)) throw new LiveCommandError('invalid_request', 'Only teachers of the partnership can be co-hosts.');
    this.deps.db.transaction(() => {
      this.deps.live.makeHost(sessionId, cohostId);
      this.audit(session, userId, 'live.cohost', {}, cohostId);
    })();
  }

  lock(userId: string, { sessionId, scope, targetId, itemId }: LiveParsed<'live:lock'>): { lockId: string } {
    const { session } = this.authorize(userId, 'live:lock', sessionId, scope === 'pupil' ? (targetId ?? '') : undefined);
    if (scope === 'team' && this.deps.teams.find(targetId ?? '')?.partnershipId !== session.partnershipId) {
      throw new LiveCommandError('not_found', 'Team not found.');
    }
    const item = itemId === null ? null : this.itemInPartnership(session, itemId);
    const { id, added } = this.deps.db.transaction(() => {
      const result = this.deps.live.addLock(sessionId, { scope, targetId, itemId }, userId);
      if (result.added) {
        this.audit(session, userId, 'live.lock', { scope, targetId, itemId, item: item?.title ?? null }, scope === 'pupil' ? targetId : null);
      }
      return result;
    })();
    if (added) this.locksChanged(session);
    return { lockId: id };
  }

  unlock(userId: string, { sessionId, lockId }: LiveParsed<'live:unlock'>): void {
    const lock = this.deps.live.locks(sessionId).find((candidate) => candidate.id === lockId);
    const { session } = this.authorize(userId, 'live:unlock', sessionId, lock?.scope === 'pupil' ? (lock.targetId ?? '') : undefined);
    if (!lock) return; // already unlocked
    this.deps.db.transaction(() => {
      this.deps.live.removeLock(sessionId, lockId);
      this.audit(session, userId, 'live.unlock', { scope: lock.scope, targetId: lock.targetId, itemId: lock.itemId }, lock.scope === 'pupil' ? lock.targetId : null);
    })();
    this.locksChanged(session);
  }

  spotlight(userId: string, { sessionId, itemId, view, follow }: LiveParsed<'live:spotlight'>): void {
    const { session } = this.authorize(userId, 'live:spotlight', sessionId);
    const item = this.itemInPartnership(session, itemId);
    this.deps.live.setSpotlight(sessionId, { itemId, itemType: item.type, title: item.title, view, follow, byUserId: userId, at: Date.now() });
  }

  release(userId: string, { sessionId }: LiveParsed<'live:release'>): void {
    this.authorize(userId, 'live:release', sessionId);
    this.deps.live.setSpotlight(sessionId, null);
  }

  hand(userId: string, { sessionId, raised }: LiveParsed<'live:hand'>): void {
    this.authorize(userId, 'live:hand', sessionId);
    // A raised hand is someone taking part; lowering one's hand (or one never raised) says nothing new.
    if (raised) this.deps.live.markJoined(sessionId, userId);
    this.deps.live.setHand(sessionId, userId, raised);
  }

  lowerHands(userId: string, { sessionId, userId: whose }: LiveParsed<'live:lower-hands'>): void {
    this.authorize(userId, 'live:lower-hands', sessionId);
    if (whose === null) this.deps.live.lowerAllHands(sessionId);
    else this.deps.live.setHand(sessionId, whose, false);
  }

  timer(userId: string, command: LiveParsed<'live:timer'>): void {
    const { session } = this.authorize(userId, 'live:timer', command.sessionId);
    const now = Date.now();
    const timer = session.timer;
    switch (command.action) {
      case 'start':
        return this.deps.live.setTimer(session.id, { endsAt: now + command.seconds * 1000, remainingMs: null, durationMs: command.seconds * 1000 });
      case 'pause':
        if (timer?.endsAt != null) this.deps.live.setTimer(session.id, { ...timer, endsAt: null, remainingMs: Math.max(0, timer.endsAt - now) });
        return;
      case 'resume':
        if (timer?.remainingMs != null) this.deps.live.setTimer(session.id, { ...timer, endsAt: now + timer.remainingMs, remainingMs: null });
        return;
      case 'stop':
        return this.deps.live.setTimer(session.id, null);
    }
  }

  createPoll(userId: string, { sessionId, ...poll }: LiveParsed<'live:poll-create'>): { pollId: string } {
    this.authorize(userId, 'live:poll-create', sessionId);
    return { pollId: this.deps.polls.addPoll(sessionId, poll, userId).id };
  }

  vote(userId: string, { sessionId, pollId, optionIds }: LiveParsed<'live:poll-vote'>): void {
    this.authorize(userId, 'live:poll-vote', sessionId);
    const poll = this.deps.polls.polls(sessionId).find((candidate) => candidate.id === pollId);
    if (!poll) throw new LiveCommandError('not_found', 'Poll not found.');
    if (!poll.open) throw new LiveCommandError('conflict', 'This poll is closed.');
    const chosen = [...new Set(optionIds)];
    if (!chosen.every((id) => poll.options.some((option) => option.id === id))) throw new LiveCommandError('invalid_request', 'That is not one of the answers.');
    if (!poll.multiple && chosen.length !== 1) throw new LiveCommandError('invalid_request', 'Choose one answer.');
    this.deps.live.markJoined(sessionId, userId);
    this.deps.polls.vote(pollId, userId, chosen);
  }

  closePoll(userId: string, { sessionId, pollId }: LiveParsed<'live:poll-close'>): void {
    this.authorize(userId, 'live:poll-close', sessionId);
    this.deps.polls.closePoll(sessionId, pollId);
  }

  revealPoll(userId: string, { sessionId, pollId }: LiveParsed<'live:poll-reveal'>): void {
    this.authorize(userId, 'live:poll-reveal', sessionId);
    this.deps.polls.revealPoll(sessionId, pollId);
  }

  sendMessage(userId: string, { sessionId, body, clientId }: LiveParsed<'live:chat-send'>): { message: LiveChatMessage; added: boolean } {
    const { session, actor } = this.authorize(userId, 'live:chat-send', sessionId);
    const me = this.deps.live.participant(sessionId, userId);
    if (me?.muted) throw new LiveCommandError('muted', 'A teacher has muted you in this chat for now.');
    if (!actor.host && session.slowModeSeconds > 0) {
      const last = this.deps.chat.lastMessageAt(sessionId, userId);
      const waitMs = last === null ? 0 : last + session.slowModeSeconds * 1000 - Date.now();
      if (waitMs > 0) throw new LiveCommandError('too_fast', `Slow mode: wait ${Math.ceil(waitMs / 1000)} s before your next message.`);
    }
    this.deps.live.markJoined(sessionId, userId);
    return this.deps.chat.addMessage(sessionId, userId, body, clientId);
  }

  deleteMessage(userId: string, { sessionId, messageId }: LiveParsed<'live:chat-delete'>): boolean {
    const { session } = this.authorize(userId, 'live:chat-delete', sessionId);
    const message = this.deps.chat.findMessage(sessionId, messageId);
    if (!message) throw new LiveCommandError('not_found', 'Message not found.');
    return this.deps.db.transaction(() => {
      const deleted = this.deps.chat.deleteMessage(sessionId, messageId, userId);
      if (deleted) this.audit(session, userId, 'live.chat.delete', { body: message.body.slice(0, 200) }, message.userId || null);
      return deleted;
    })();
  }

  mute(userId: string, { sessionId, userId: pupilId, muted }: LiveParsed<'live:mute'>): void {
    const { session } = this.authorize(userId, 'live:mute', sessionId, pupilId);
    this.deps.db.transaction(() => {
      this.deps.live.setMuted(sessionId, pupilId, muted);
      this.audit(session, userId, muted ? 'live.mute' : 'live.unmute', {}, pupilId);
    })();
  }

  chatSettings(userId: string, { sessionId, slowModeSeconds, keepTranscript }: LiveParsed<'live:chat-settings'>): void {
    const { session } = this.authorize(userId, 'live:chat-settings', sessionId);
    const slow = slowModeSeconds ?? session.slowModeSeconds;
    const keep = keepTranscript ?? session.keepTranscript;
    this.deps.db.transaction(() => {
      this.deps.live.setChatSettings(sessionId, slow, keep);
      if (slow !== session.slowModeSeconds) this.audit(session, userId, 'live.slow_mode', { seconds: slow });
    })();
  }

  /**
   * Takes back one pupil's changes to one item since `since` (within this session), leaving
   * everyone else's: the host's own change, seen by all and kept in the audit log.
   */
  async revert(userId: string, { sessionId, userId: pupilId, itemId, since }: LiveParsed<'live:revert'>): Promise<RevertResult> {
    const { session } = this.authorize(userId, 'live:revert', sessionId, pupilId);
    const item = this.itemInPartnership(session, itemId);
    if (item.type !== 'doc' && item.type !== 'post' && item.type !== 'board') throw new LiveCommandError('invalid_request', 'Only documents, posts and boards can be reverted.');
    const result = await revertPupilChanges(this.deps, { sessionId, item, pupilId, since, hostId: userId });
    this.audit(session, userId, 'live.revert', { item: item.title, itemId, since, ...result }, pupilId);
    return result;
  }

  /** Running sessions on spaces this user may read, for the banner. */
  runningFor(userId: string, partnershipId: string): LiveSessionAnnouncement[] {
    return this.deps.live
      .runningIn(partnershipId)
      .map((session) => ({ session, space: this.deps.spaces.findSpace(session.spaceId) }))
      .filter(({ space }) => space && this.mayJoin(userId, space))
      .map(({ session, space }) => announcementOf(session, space!.title));
  }

  /** Anyone who may read a session's space may join it (and is told when one starts there). */
  mayJoin(userId: string, space: SpaceRecord): boolean {
    return this.deps.access.canOnSpace(userId, 'read', space);
  }

  /** Writes the end of a session (after its summary is saved): locks go, so pupils write again. */
  finish(userId: string, session: LiveSessionRecord, summaryItemId: string | null, detail: Record<string, unknown>): void {
    this.deps.db.transaction(() => {
      this.deps.live.end(session.id, summaryItemId);
      this.deps.polls.closeAll(session.id);
      this.deps.trail.drop(session.id);
      this.audit(session, userId, 'live.end', detail);
    })();
    this.deps.editTrail.sessionsChanged();
    this.locksChanged(session);
  }

  private itemInPartnership(session: LiveSessionRecord, itemId: string) {
    const item = this.deps.spaces.findItem(itemId);
    const space = item ? this.deps.spaces.findSpace(item.spaceId) : null;
    if (!item || item.deleted || space?.partnershipId !== session.partnershipId) throw new LiveCommandError('not_found', 'Item not found.');
    return item;
  }

  private locksChanged(session: LiveSessionRecord): void {
    // Locks are read with each space and item (SpaceRepository), so nothing is cached to clear:
    // every open Yjs connection and page in the partnership asks the rule again now.
    this.deps.accessChanges.notify(session.partnershipId);
  }

  private audit(session: LiveSessionRecord, actorId: string, action: string, detail: Record<string, unknown>, subjectUserId: string | null = null): void {
    const record: AuditRecord = {
      partnershipId: session.partnershipId,
      actorId,
      action,
      targetType: 'live_session',
      targetId: session.id,
      subjectUserId,
      detail: { session: session.title, ...detail },
    };
    this.deps.auditLog.record(record);
  }
}

export function announcementOf(session: LiveSessionRecord, spaceName: string): LiveSessionAnnouncement {
  return { id: session.id, spaceId: session.spaceId, spaceName, title: session.title, startedBy: session.startedBy, startedByName: session.startedByName, startedAt: session.startedAt };
}
