/** How long ago something happened, in the largest unit that fits ("3 minutes ago", "yesterday"). */
export interface RelativeTime {
  value: number;
  unit: Intl.RelativeTimeFormatUnit;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Negative values lie in the past, as Intl.RelativeTimeFormat expects. */
export function relativeTime(then: number, now: number): RelativeTime {
  const elapsed = now - then;
  const size = Math.abs(elapsed);
  const sign = elapsed >= 0 ? -1 : 1;
  // Within a minute is "now": counting seconds would only make the page flicker.
  if (size < MINUTE) return { value: 0, unit: 'second' };
  if (size < HOUR) return { value: sign * Math.floor(size / MINUTE), unit: 'minute' };
  if (size < DAY) return { value: sign * Math.floor(size / HOUR), unit: 'hour' };
  if (size < 7 * DAY) return { value: sign * Math.floor(size / DAY), unit: 'day' };
  if (size < 30 * DAY) return { value: sign * Math.floor(size / (7 * DAY)), unit: 'week' };
  if (size < 365 * DAY) return { value: sign * Math.floor(size / (30 * DAY)), unit: 'month' };
  return { value: sign * Math.floor(size / (365 * DAY)), unit: 'year' };
}
