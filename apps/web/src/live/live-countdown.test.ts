import { describe, expect, it } from 'vitest';
import { clockOffset, countdownParts, formatCountdown, timerPhase, timerRemaining } from './live-countdown';

describe('timerRemaining', () => {
  it('corrects a device clock that runs behind the server', () => {
    // The server said "now is 10 000" when this device thought it was 7 000: three seconds behind.
    const offset = clockOffset(10_000, 7_000);
    const timer = { endsAt: 70_000, remainingMs: null, durationMs: 60_000 };
    expect(timerRemaining(timer, 7_000, offset)).toBe(60_000);
    expect(timerRemaining(timer, 37_000, offset)).toBe(30_000);
  });

  it('corrects a device clock that runs ahead', () => {
    const offset = clockOffset(10_000, 12_500);
    const timer = { endsAt: 20_000, remainingMs: null, durationMs: 10_000 };
    expect(timerRemaining(timer, 12_500, offset)).toBe(10_000);
  });

  it('stops at zero', () => {
    const timer = { endsAt: 20_000, remainingMs: null, durationMs: 10_000 };
    expect(timerRemaining(timer, 99_000, 0)).toBe(0);
  });

  it('shows what was left while paused, whatever the clock', () => {
    const timer = { endsAt: null, remainingMs: 42_000, durationMs: 60_000 };
    expect(timerRemaining(timer, 1, 0)).toBe(42_000);
    expect(timerRemaining(timer, 1_000_000, -5_000)).toBe(42_000);
  });
});

describe('timerPhase', () => {
  it('tells running, paused and done apart', () => {
    expect(timerPhase({ endsAt: 5, remainingMs: null, durationMs: 5 }, 1)).toBe('running');
    expect(timerPhase({ endsAt: null, remainingMs: 9, durationMs: 10 }, 9)).toBe('paused');
    expect(timerPhase({ endsAt: 5, remainingMs: null, durationMs: 5 }, 0)).toBe('done');
  });
});

describe('formatCountdown', () => {
  it('rounds up to whole seconds', () => {
    expect(formatCountdown(245_000)).toBe('4:05');
    expect(formatCountdown(240_200)).toBe('4:01');
    expect(formatCountdown(9_000)).toBe('0:09');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('adds hours only when there are some', () => {
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(3_600_000)).toBe('1:00:00');
  });

  it('gives minutes and seconds for a sentence', () => {
    expect(countdownParts(245_000)).toEqual({ minutes: 4, seconds: 5 });
    expect(countdownParts(3_723_000)).toEqual({ minutes: 62, seconds: 3 });
  });
});
