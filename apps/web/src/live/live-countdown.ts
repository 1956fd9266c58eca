import type { LiveTimer } from '@kopa/protocol';

/**
 * How far the server's clock is ahead of this device's: `state.now` was the
 * server's time when it sent the state, `receivedAt` this device's when it came.
 * (The trip's delay is counted in: a few milliseconds, less than the one second shown.)
 */
export function clockOffset(serverNow: number, receivedAt: number): number {
  return serverNow - receivedAt;
}

/** What is left of the timer at `clientNow`, in milliseconds, never below zero. */
export function timerRemaining(timer: LiveTimer, clientNow: number, offset: number): number {
  if (timer.endsAt === null) return Math.max(0, timer.remainingMs ?? 0);
  return Math.max(0, timer.endsAt - (clientNow + offset));
}

export type TimerPhase = 'running' | 'paused' | 'done';

export function timerPhase(timer: LiveTimer, remainingMs: number): TimerPhase {
  if (remainingMs <= 0) return 'done';
  return timer.endsAt === null ? 'paused' : 'running';
}

/** Whole seconds still to go, rounded up: 4:00.2 left shows 4:01 so "0:00" means time is up. */
export function secondsLeft(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

/** "4:05", "0:09", "1:02:03": minutes and seconds, hours only when there are some. */
export function formatCountdown(remainingMs: number): string {
  const total = secondsLeft(remainingMs);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** The parts a sentence for screen readers needs ("4 minutes 5 seconds left"). */
export function countdownParts(remainingMs: number): { minutes: number; seconds: number } {
  const total = secondsLeft(remainingMs);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
