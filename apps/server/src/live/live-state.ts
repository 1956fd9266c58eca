import type { LiveLock, LivePoll, LiveSessionState, RaisedHand } from '@kopa/protocol';
import type { PollRecord } from './live-poll-repository.js';
import type { LiveSessionRecord, ParticipantRecord } from './live-repository.js';

/** Who is connected to the session now, and which item each has open (from the sockets in its room). */
export type LivePresence = ReadonlyMap<string, { itemId: string | null; itemTitle?: string | null }>;

export interface LiveSnapshot {
  session: LiveSessionRecord;
  spaceName: string;
  participants: ParticipantRecord[];
  locks: LiveLock[];
  polls: PollRecord[];
  presence: LivePresence;
}

/**
 * The session as one viewer may see it. Hosts see poll results as votes come in
 * (and who voted what, unless the poll is anonymous); everyone else sees results
 * once a host reveals them, and always their own choice.
 */
export function liveStateFor(snapshot: LiveSnapshot, viewerId: string): LiveSessionState {
  const { session, participants, presence } = snapshot;
  const youHost = participants.some((person) => person.userId === viewerId && person.host);
  const hands: RaisedHand[] = participants
    .filter((person) => person.handRaisedAt !== null)
    .map((person) => ({ userId: person.userId, raisedAt: person.handRaisedAt! }))
    .sort((a, b) => a.raisedAt - b.raisedAt || a.userId.localeCompare(b.userId));
  return {
    id: session.id,
    spaceId: session.spaceId,
    spaceName: snapshot.spaceName,
    partnershipId: session.partnershipId,
    title: session.title,
    startedAt: session.startedAt,
    startedBy: session.startedBy,
    endedAt: session.endedAt,
    summaryItemId: session.summaryItemId,
    youHost,
    participants: participants.map(({ handRaisedAt: _hand, firstJoinedAt: _first, lastSeenAt: _last, ...person }) => ({
      ...person,
      present: presence.has(person.userId),
      itemId: presence.get(person.userId)?.itemId ?? null,
      itemTitle: presence.get(person.userId)?.itemTitle ?? null,
    })),
    locks: snapshot.locks,
    spotlight: session.spotlight,
    hands,
    timer: session.timer,
    polls: snapshot.polls.map((poll) => pollFor(poll, viewerId, youHost)),
    chat: { slowModeSeconds: session.slowModeSeconds, keepTranscript: session.keepTranscript },
    now: Date.now(),
  };
}

function pollFor(poll: PollRecord, viewerId: string, host: boolean): LivePoll {
  const showCounts = host || poll.revealed;
  const showVoters = host && !poll.anonymous;
  const ballots = [...poll.votes.entries()];
  return {
    id: poll.id,
    question: poll.question,
    multiple: poll.multiple,
    anonymous: poll.anonymous,
    open: poll.open,
    revealed: poll.revealed,
    createdAt: poll.createdAt,
    voters: ballots.length,
    mine: poll.votes.get(viewerId) ?? [],
    options: poll.options.map((option) => {
      const chosenBy = ballots.filter(([, choices]) => choices.includes(option.id)).map(([userId]) => userId);
      return {
        id: option.id,
        label: option.label,
        votes: showCounts ? chosenBy.length : null,
        ...(showVoters ? { voters: chosenBy } : {}),
      };
    }),
  };
}
