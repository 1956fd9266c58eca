import type { LivePoll } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { pollAnswers, pollDraftProblem, pollOrder, pollResults, pollsBadge, toggleChoice } from './live-polls';

const poll = (over: Partial<LivePoll> = {}): LivePoll => ({
  id: 'p1',
  question: 'Which city?',
  options: [
    { id: 'a', label: 'Rīga', votes: 3 },
    { id: 'b', label: 'Valencia', votes: 1 },
    { id: 'c', label: 'Porto', votes: 0 },
  ],
  multiple: false,
  anonymous: true,
  open: true,
  revealed: false,
  voters: 4,
  mine: [],
  createdAt: 1,
  ...over,
});

describe('pollResults', () => {
  it('gives each answer its share of the voters and marks the leader', () => {
    const rows = pollResults(poll())!;
    expect(rows.map((row) => [row.id, row.votes, row.share, row.leading])).toEqual([
      ['a', 3, 0.75, true],
      ['b', 1, 0.25, false],
      ['c', 0, 0, false],
    ]);
  });

  it('is hidden while the counts are', () => {
    expect(pollResults(poll({ options: [{ id: 'a', label: 'A', votes: null }, { id: 'b', label: 'B', votes: null }] }))).toBeNull();
  });

  it('leads nobody and divides by nothing when nobody voted', () => {
    const rows = pollResults(poll({ voters: 0, options: [{ id: 'a', label: 'A', votes: 0 }, { id: 'b', label: 'B', votes: 0 }] }))!;
    expect(rows.every((row) => row.share === 0 && !row.leading)).toBe(true);
  });

  it('marks ties and keeps who voted (for hosts of polls with names)', () => {
    const rows = pollResults(
      poll({ multiple: true, voters: 2, options: [{ id: 'a', label: 'A', votes: 2, voters: ['u1', 'u2'] }, { id: 'b', label: 'B', votes: 2 }] }),
    )!;
    expect(rows.map((row) => [row.share, row.leading, row.voters])).toEqual([
      [1, true, ['u1', 'u2']],
      [1, true, []],
    ]);
  });
});

describe('toggleChoice', () => {
  it('replaces the choice when only one answer is allowed', () => {
    expect(toggleChoice(['a'], 'b', false)).toEqual(['b']);
  });

  it('toggles when several are allowed', () => {
    expect(toggleChoice(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleChoice(['a', 'b'], 'a', true)).toEqual(['b']);
  });
});

describe('pollOrder', () => {
  it('puts open polls first, newest first', () => {
    const polls = [poll({ id: 'old', createdAt: 1 }), poll({ id: 'closed', open: false, createdAt: 9 }), poll({ id: 'new', createdAt: 5 })];
    expect(pollOrder(polls).map((p) => p.id)).toEqual(['new', 'old', 'closed']);
  });
});

describe('pollDraftProblem', () => {
  it('accepts a question with two different answers', () => {
    expect(pollDraftProblem('Ready?', ['Yes', 'Not yet', '  '])).toBeNull();
    expect(pollAnswers(['Yes', ' Not yet ', '  '])).toEqual(['Yes', 'Not yet']);
  });

  it('says what is missing, as the server would', () => {
    expect(pollDraftProblem('  ', ['a', 'b'])).toBe('questionMissing');
    expect(pollDraftProblem('x'.repeat(201), ['a', 'b'])).toBe('questionTooLong');
    expect(pollDraftProblem('Q', ['a', ''])).toBe('tooFewAnswers');
    expect(pollDraftProblem('Q', ['1', '2', '3', '4', '5', '6', '7', '8', '9'])).toBe('tooManyAnswers');
    expect(pollDraftProblem('Q', ['a', 'x'.repeat(81)])).toBe('answerTooLong');
    expect(pollDraftProblem('Q', ['Yes', 'yes '])).toBe('sameAnswers');
  });
});

describe('pollsBadge', () => {
  const polls = [poll({ id: 'voted', mine: ['a'] }), poll({ id: 'waiting' }), poll({ id: 'closed', open: false })];

  it('counts, for someone who votes, the open polls they have not answered yet', () => {
    expect(pollsBadge(polls, { host: false, voter: true })).toEqual({ count: 1, kind: 'toAnswer' });
    expect(pollsBadge([poll({ mine: ['b'] })], { host: false, voter: true }).count).toBe(0);
  });

  it('counts the open polls for hosts and for guests, who cannot vote', () => {
    expect(pollsBadge(polls, { host: true, voter: true })).toEqual({ count: 2, kind: 'open' });
    expect(pollsBadge(polls, { host: false, voter: false })).toEqual({ count: 2, kind: 'open' });
  });
});
