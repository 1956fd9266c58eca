/** How long ago something happened in a running lesson, to the second: "12 s ago", "3 min ago". */
export interface TimeAgo {
  /** Negative: in the past, as Intl.RelativeTimeFormat expects (0 seconds is "now"). */
  value: number;
  unit: 'second' | 'minute' | 'hour';
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Under this, it is "now": the overview refreshes every few seconds, so counting 1, 2, 3 would only flicker. */
export const JUST_NOW_MS = 5 * SECOND;

/**
 * `then` and `now` on the same clock (the server's, corrected for this device's
 * skew). A moment slightly in the future (clocks disagree by a little) is "now".
 */
export function timeAgo(then: number, now: number): TimeAgo {
  const elapsed = Math.max(0, now - then);
  if (elapsed < JUST_NOW_MS) return { value: 0, unit: 'second' };
  if (elapsed < MINUTE) return { value: -Math.floor(elapsed / SECOND), unit: 'second' };
  if (elapsed < HOUR) return { value: -Math.floor(elapsed / MINUTE), unit: 'minute' };
  return { value: -Math.floor(elapsed / HOUR), unit: 'hour' };
}
