import type { MessageId } from '@kopa/i18n';
import type { LiveSessionState } from '@kopa/protocol';
import { nameOf } from './live-roster';

/** Something worth saying out loud (to screen readers) when a new state arrives. */
export type LiveNews =
  | { kind: 'handRaised'; name: string }
  | { kind: 'myHandLowered' }
  | { kind: 'spotlight'; name: string; title: string }
  | { kind: 'released' }
  | { kind: 'pollOpened'; question: string }
  | { kind: 'pollRevealed'; question: string }
  | { kind: 'muted' }
  | { kind: 'unmuted' }
  | { kind: 'nowHost' }
  | { kind: 'timerStarted' };

/**
 * What changed for this person between two states, kept to what they need to
 * hear: hosts hear hands going up; participants hear the spotlight, a new poll,
 * revealed results, a timer starting, and what happened to them (hand lowered,
 * muted, made co-host). Chat is announced by the chat's own log.
 */
export function liveNews(previous: LiveSessionState | null, next: LiveSessionState, myId: string): LiveNews[] {
  if (!previous || previous.id !== next.id) return [];
  const news: LiveNews[] = [];
  const someone = (userId: string) => nameOf(next.participants, userId) ?? nameOf(previous.participants, userId) ?? '';

  if (next.youHost) {
    const before = new Set(previous.hands.map((hand) => hand.userId));
    for (const hand of next.hands) if (!before.has(hand.userId) && hand.userId !== myId) news.push({ kind: 'handRaised', name: someone(hand.userId) });
  }
  if (previous.hands.some((hand) => hand.userId === myId) && !next.hands.some((hand) => hand.userId === myId)) news.push({ kind: 'myHandLowered' });

  if (!next.youHost) {
    if (next.spotlight && next.spotlight.at !== previous.spotlight?.at) {
      news.push({ kind: 'spotlight', name: someone(next.spotlight.byUserId), title: next.spotlight.title });
    } else if (!next.spotlight && previous.spotlight) {
      news.push({ kind: 'released' });
    }
    const known = new Map(previous.polls.map((poll) => [poll.id, poll]));
    for (const poll of next.polls) {
      const was = known.get(poll.id);
      if (!was && poll.open) news.push({ kind: 'pollOpened', question: poll.question });
      else if (was && !was.revealed && poll.revealed) news.push({ kind: 'pollRevealed', question: poll.question });
    }
    // A new timer (not a paused one going on again).
    if (next.timer && (!previous.timer || previous.timer.durationMs !== next.timer.durationMs)) news.push({ kind: 'timerStarted' });
  }

  const meBefore = previous.participants.find((person) => person.userId === myId);
  const meNow = next.participants.find((person) => person.userId === myId);
  if (meBefore && meNow && meBefore.muted !== meNow.muted) news.push({ kind: meNow.muted ? 'muted' : 'unmuted' });
  if (!previous.youHost && next.youHost) news.push({ kind: 'nowHost' });
  return news;
}

/** The words for one piece of news: a message of the catalog and its values. */
export interface NewsMessage {
  id: MessageId;
  values?: Record<string, string>;
}

/** How each piece of news is said: the same words for screen readers and on screen. */
export function newsMessage(news: LiveNews): NewsMessage {
  switch (news.kind) {
    case 'handRaised':
      return { id: 'live.news.handRaised', values: { name: news.name } };
    case 'spotlight':
      return { id: 'live.news.spotlight', values: { name: news.name, title: news.title } };
    case 'pollOpened':
      return { id: 'live.news.pollOpened', values: { question: news.question } };
    case 'pollRevealed':
      return { id: 'live.news.pollRevealed', values: { question: news.question } };
    case 'myHandLowered':
      return { id: 'live.news.myHandLowered' };
    case 'released':
      return { id: 'live.news.released' };
    case 'muted':
      return { id: 'live.news.muted' };
    case 'unmuted':
      return { id: 'live.news.unmuted' };
    case 'nowHost':
      return { id: 'live.news.nowHost' };
    case 'timerStarted':
      return { id: 'live.news.timerStarted' };
  }
}

/** A batch of news as one short text (what the live region says, and the notice shows). */
export function newsText(news: readonly LiveNews[], t: (id: MessageId, values?: Record<string, string>) => string): string {
  return news
    .map((item) => {
      const message = newsMessage(item);
      return t(message.id, message.values);
    })
    .join(' ');
}
