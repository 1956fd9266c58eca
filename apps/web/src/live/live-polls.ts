import { LIVE_LIMITS, type LivePoll } from '@kopa/protocol';

export interface PollResultRow {
  id: string;
  label: string;
  votes: number;
  /** Of the people who voted, how many chose this (0–1); with several answers allowed they add up to more than 1. */
  share: number;
  /** Has the most votes (ties: all of them); none when nobody voted. */
  leading: boolean;
  voters: string[];
}

/** The counts of a poll, or null when this viewer may not see them yet (pupils, before the reveal). */
export function pollResults(poll: LivePoll): PollResultRow[] | null {
  if (poll.options.some((option) => option.votes === null)) return null;
  const counts = poll.options.map((option) => option.votes ?? 0);
  const most = Math.max(0, ...counts);
  const turnout = Math.max(poll.voters, 0);
  return poll.options.map((option, index) => {
    const votes = counts[index] ?? 0;
    return {
      id: option.id,
      label: option.label,
      votes,
      share: turnout === 0 ? 0 : Math.min(1, votes / turnout),
      leading: most > 0 && votes === most,
      voters: option.voters ?? [],
    };
  });
}

/** Choosing an answer: one replaces the other, unless several are allowed (then it toggles). */
export function toggleChoice(choices: readonly string[], optionId: string, multiple: boolean): string[] {
  if (!multiple) return [optionId];
  return choices.includes(optionId) ? choices.filter((id) => id !== optionId) : [...choices, optionId];
}

/** Open polls first, newest first within each group. */
export function pollOrder(polls: readonly LivePoll[]): LivePoll[] {
  return [...polls].sort((a, b) => Number(b.open) - Number(a.open) || b.createdAt - a.createdAt);
}

export type PollDraftProblem = 'questionMissing' | 'questionTooLong' | 'tooFewAnswers' | 'tooManyAnswers' | 'answerTooLong' | 'sameAnswers';

/**
 * What the host's new poll still needs, checked as the server will check it
 * (`live:poll-create`), so the form can say so before sending. Empty answer
 * fields are left out, not counted as answers.
 */
export function pollDraftProblem(question: string, answers: readonly string[]): PollDraftProblem | null {
  const asked = question.trim();
  if (!asked) return 'questionMissing';
  if (asked.length > LIVE_LIMITS.pollQuestionMaxLength) return 'questionTooLong';
  const given = pollAnswers(answers);
  if (given.length < LIVE_LIMITS.pollOptionsMin) return 'tooFewAnswers';
  if (given.length > LIVE_LIMITS.pollOptionsMax) return 'tooManyAnswers';
  if (given.some((answer) => answer.length > LIVE_LIMITS.pollOptionMaxLength)) return 'answerTooLong';
  if (new Set(given.map((answer) => answer.toLowerCase())).size !== given.length) return 'sameAnswers';
  return null;
}

/** The answers to send: trimmed, the empty fields left out. */
export function pollAnswers(answers: readonly string[]): string[] {
  return answers.map((answer) => answer.trim()).filter(Boolean);
}

/** What the Polls tab's count says: polls waiting for this person's answer, or (hosts, guests) the open ones. */
export interface PollsBadge {
  count: number;
  kind: 'toAnswer' | 'open';
}

/**
 * The Polls tab's count. Someone who votes sees the open polls they have not
 * answered yet (so it goes away once they voted); hosts, who ask, and guests,
 * who cannot vote, see how many are open.
 */
export function pollsBadge(polls: readonly Pick<LivePoll, 'open' | 'mine'>[], viewer: { host: boolean; voter: boolean }): PollsBadge {
  const open = polls.filter((poll) => poll.open);
  if (viewer.host || !viewer.voter) return { count: open.length, kind: 'open' };
  return { count: open.filter((poll) => poll.mine.length === 0).length, kind: 'toAnswer' };
}
