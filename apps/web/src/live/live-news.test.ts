import type { LiveParticipant, LivePoll, LiveSessionState } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { liveNews, newsMessage, newsText, type LiveNews } from './live-news';
import { participantFixture } from './live-participant-fixture';

const person = (userId: string, over: Partial<LiveParticipant> = {}) =>
  participantFixture(userId, { displayName: userId.charAt(0).toUpperCase() + userId.slice(1), schoolName: null, ...over });

const state = (over: Partial<LiveSessionState> = {}): LiveSessionState => ({
  id: 'live1',
  spaceId: 's1',
  spaceName: 'Harbour',
  partnershipId: 'p1',
  title: '',
  startedAt: 0,
  startedBy: 'carmen',
  endedAt: null,
  summaryItemId: null,
  youHost: false,
  participants: [person('carmen', { role: 'teacher', host: true }), person('lena'), person('toms')],
  locks: [],
  spotlight: null,
  hands: [],
  timer: null,
  polls: [],
  chat: { slowModeSeconds: 0, keepTranscript: true },
  now: 0,
  ...over,
});

const poll = (over: Partial<LivePoll> = {}): LivePoll => ({
  id: 'p1',
  question: 'Ready?',
  options: [],
  multiple: false,
  anonymous: true,
  open: true,
  revealed: false,
  voters: 0,
  mine: [],
  createdAt: 1,
  ...over,
});

describe('liveNews', () => {
  it('says nothing for the first state', () => {
    expect(liveNews(null, state(), 'lena')).toEqual([]);
  });

  it('tells hosts whose hand went up', () => {
    const before = state({ youHost: true });
    const after = state({ youHost: true, hands: [{ userId: 'lena', raisedAt: 5 }] });
    expect(liveNews(before, after, 'carmen')).toEqual([{ kind: 'handRaised', name: 'Lena' }]);
    // Pupils do not hear every hand.
    expect(liveNews(state(), state({ hands: [{ userId: 'toms', raisedAt: 5 }] }), 'lena')).toEqual([]);
  });

  it('tells a pupil their hand was lowered', () => {
    expect(liveNews(state({ hands: [{ userId: 'lena', raisedAt: 5 }] }), state(), 'lena')).toEqual([{ kind: 'myHandLowered' }]);
  });

  it('tells participants about the spotlight, polls and the timer', () => {
    const spotlight = { itemId: 'b1', itemType: 'board' as const, title: 'Map', view: null, follow: true, byUserId: 'carmen', at: 10 };
    expect(liveNews(state(), state({ spotlight }), 'lena')).toEqual([{ kind: 'spotlight', name: 'Carmen', title: 'Map' }]);
    expect(liveNews(state({ spotlight }), state(), 'lena')).toEqual([{ kind: 'released' }]);
    expect(liveNews(state(), state({ polls: [poll()] }), 'lena')).toEqual([{ kind: 'pollOpened', question: 'Ready?' }]);
    expect(liveNews(state({ polls: [poll()] }), state({ polls: [poll({ revealed: true, open: false })] }), 'lena')).toEqual([
      { kind: 'pollRevealed', question: 'Ready?' },
    ]);
    const running = { endsAt: 60_000, remainingMs: null, durationMs: 60_000 };
    expect(liveNews(state(), state({ timer: running }), 'lena')).toEqual([{ kind: 'timerStarted' }]);
    // Resuming a paused timer is not a new one.
    const paused = { endsAt: null, remainingMs: 30_000, durationMs: 60_000 };
    expect(liveNews(state({ timer: paused }), state({ timer: running }), 'lena')).toEqual([]);
  });

  it('tells people what happened to them', () => {
    const muted = state({ participants: [person('lena', { muted: true })] });
    expect(liveNews(state({ participants: [person('lena')] }), muted, 'lena')).toEqual([{ kind: 'muted' }]);
    expect(liveNews(muted, state({ participants: [person('lena')] }), 'lena')).toEqual([{ kind: 'unmuted' }]);
    expect(liveNews(state(), state({ youHost: true }), 'ilze')).toEqual([{ kind: 'nowHost' }]);
  });
});

describe('newsText', () => {
  const fake = (id: string, values?: Record<string, string>) => (values ? `${id}(${Object.values(values).join(',')})` : id);

  it('says each piece of news with its own words, in order, as one text', () => {
    const news: LiveNews[] = [{ kind: 'pollOpened', question: 'Ready?' }, { kind: 'myHandLowered' }, { kind: 'spotlight', name: 'Carmen', title: 'Map' }];
    expect(newsText(news, fake)).toBe('live.news.pollOpened(Ready?) live.news.myHandLowered live.news.spotlight(Carmen,Map)');
    expect(newsText([], fake)).toBe('');
  });

  it('has words for every kind', () => {
    const kinds: LiveNews[] = [
      { kind: 'handRaised', name: 'Lena' },
      { kind: 'myHandLowered' },
      { kind: 'spotlight', name: 'Carmen', title: 'Map' },
      { kind: 'released' },
      { kind: 'pollOpened', question: 'Q' },
      { kind: 'pollRevealed', question: 'Q' },
      { kind: 'muted' },
      { kind: 'unmuted' },
      { kind: 'nowHost' },
      { kind: 'timerStarted' },
    ];
    expect(new Set(kinds.map((news) => newsMessage(news).id)).size).toBe(kinds.length);
  });
});
